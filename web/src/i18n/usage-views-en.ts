import type { usageViewsFr } from './usage-views-fr.ts';

/** English texts of the usage recharges (USE-06) and views (USE-07). */
export const usageViewsEn: typeof usageViewsFr = {
  recharge: {
    open: 'Data recharge',
    title: 'Add a data recharge',
    option: 'Recharge',
    price: '{{name}} — €{{amount}} excl. VAT',
    priceToBeSet: '{{name}} — price to be set',
    none: 'No recharge is possible on this plan.',
    delayNote:
      'Note: a recharge can take up to 30 minutes to apply on the line. It adds to the current month’s allowance only and unblocks the data.',
    submit: 'Order the recharge',
    confirmSecond: 'Confirm a second recharge',
    ordered: 'Recharge ordered: it can take up to 30 minutes to apply.',
    recharged: 'Recharged',
    history: 'This month’s recharges',
    pending: 'Being applied',
    applied: 'Applied',
    item: '{{name}} ordered on {{date}} by {{by}}',
  },
  chart: {
    title: 'Data used day by day',
    cumulative: 'Data used (cumulative)',
    mark80: '80% of the allowance',
    mark100: 'Allowance (100%)',
    axis: 'GB',
    summary: '{{used}} used by {{day}} of a {{envelope}} allowance.',
    summaryNoEnvelope: '{{used}} used by {{day}}.',
    loading: 'Loading the chart…',
  },
  near: {
    title: 'Lines near their allowance',
    subtitle:
      'This month, the lines nearest to or over their data allowance: call the customer before they call you.',
    caption: 'Lines by share of the allowance used',
    line: 'Line',
    user: 'User',
    account: 'Customer',
    plan: 'Plan',
    percent: 'Share used',
    used: 'Data used',
    envelope: 'Allowance',
    state: 'State',
    normal: 'Normal',
    minPercent: 'Minimum share',
    allShares: 'All lines',
    atLeast: 'From {{percent}}%',
    empty: 'No line has used data this month.',
  },
};
