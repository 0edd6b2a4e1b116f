import type { billingFr } from './billing-fr.ts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** English texts of the customer page's charges and pending actions; the compiler checks every French key. */
export const billingEn: DeepStrings<typeof billingFr> = {
  charges: {
    title: 'Charges',
    export: 'Export (CSV)',
    total: 'Total',
    totalValue: '{{amount}} {{tax}}',
    taxExcluded: 'excl. VAT',
    taxIncluded: 'incl. VAT',
    lines: '{{count}} charge(s)',
  },
  pending: {
    title: 'Scheduled actions',
    caption: 'Actions scheduled on the customer’s lines',
    none: 'No action scheduled on this customer’s lines.',
    what: 'Action',
    line: 'Line',
    when: 'Takes effect',
    whenValue: 'on {{date}}',
    cancel: 'Cancel',
    cancelLabel: 'Cancel: {{action}} ({{line}})',
    confirmTitle: 'Cancel this action?',
    confirmBody: '“{{action}}” on line {{line}}, planned on {{date}}, will not be carried out.',
    keep: 'Keep the action',
    confirm: 'Cancel the action',
    cancelled: 'The action is cancelled.',
  },
};
