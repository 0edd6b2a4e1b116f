import type { internetLifecycleFr } from './internet-lifecycle-fr.ts';

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of the internet lifecycle actions (issue 11 §3). */
export const internetLifecycleEn: Texts<typeof internetLifecycleFr> = {
  title: 'Subscription changes',
  caption: 'Plan change, move, fixed IP, reactivation and provider switch',
  types: {
    change_plan: 'Change plan',
    move: 'Move',
    fixed_ip: 'Add the fixed IP',
    fixed_ip_hot: 'Add the DNS name',
    reactivate: 'Reactivate the subscription',
    switch_provider: 'Switch provider',
  },
  when: {
    billingDay: 'at the Billing Day, {{date}}',
    agreed: 'on the date agreed with the customer',
    now: 'at once',
    operator: 'once the operator confirms',
  },
  late: 'Warning: fewer than 3–4 Israeli business days are left before the Billing Day; the termination may reach the operator too late.',
  plan: 'New plan',
  planRefused: '{{name}} — not possible: {{reason}}',
  price: {
    same_price: 'Same price as the current plan (NET-14).',
    plus_10: '10 ₪ / month more than the current plan.',
    minus_10: '10 ₪ / month less than the current plan.',
    cheaper_non_fibre: 'A HOT plan without fibre: a much smaller bill.',
  },
  planNotice: 'The new plan starts at the Billing Day, {{date}}; the customer gets an e-mail.',
  fibreHint: 'A fibre plan first needs an eligibility check of the installation address.',
  checkHere: 'Check this address’s fibre eligibility',
  moveAddress: 'New address',
  moveDate: 'Date agreed with the customer',
  movePlan: 'Plan at the new address',
  moveSamePlan: 'Keep the current plan (the box moves)',
  moveHint:
    'Same plan: the same box moves, never two addresses at once. Another plan (e.g. fibre, to propose on a move): a new installation; the old subscription ends at the next Billing Day and both addresses work for a few days; the installer brings the new box and takes the old one.',
  moveFlats: 'Flats in the new building',
  fixedIpHot:
    'HOT no longer offers fixed IPs: the DNS name, 20 ₪ / month, is added at once and the customer’s details go to the in-house person who sets it up.',
  fixedIpPartner:
    'The fixed IP request (20 ₪ / month) goes to Partner; the service is added when an agent confirms Partner’s answer.',
  reactivateHint:
    'An e-mail goes to the operator’s termination contact; the reactivation is done when an agent confirms the answer.',
  switchMasap: 'Customer number (MASAP) at the new operator',
  switchPlan: 'Plan at the new operator',
  switchHint:
    'The current subscription ends and the new one starts at the Billing Day, {{date}}. The customer gets the termination e-mail, then the new-installation e-mail, then the slot by SMS.',
  changes: 'Requests',
  changeKinds: {
    plan_change: 'Plan change',
    move: 'Move',
    fixed_ip: 'Fixed IP',
    reactivation: 'Reactivation',
    provider_switch: 'Provider switch',
  },
  changeStates: {
    scheduled: 'Scheduled',
    awaiting_confirmation: 'Awaiting the operator',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  confirmOperator: 'The operator confirmed',
  effective: 'Takes effect',
  none: 'No request.',
  done: 'Request recorded.',
  confirm: 'Confirm',
  events: {
    plan_change_requested: 'Plan change requested',
    plan_change_done: 'Plan changed',
    move_requested: 'Move requested',
    move_done: 'Move done',
    fixed_ip_requested: 'Fixed IP requested from Partner',
    fixed_ip_added: 'Fixed IP / DNS added',
    reactivation_requested: 'Reactivation requested',
    reactivated: 'Subscription reactivated',
    provider_switch_requested: 'Provider switch',
  },
  templates: {
    plan_change_confirmed: 'Internet plan change',
    move_confirmed: 'Internet move',
    operator_request: 'Request to the operator (internet)',
    switch_new_installation: 'New internet installation',
  },
};
