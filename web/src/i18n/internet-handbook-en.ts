import type { internetHandbookFr } from './internet-handbook-fr.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of the handbook's remaining steps (issue 11 §3/§4). */
export const internetHandbookEn: Shape<typeof internetHandbookFr> = {
  events: {
    bezeq_reported: 'Bezeq infrastructure not ready reported',
    installation_rescheduled: 'Installation rescheduled',
    wifi_change_handed_to_operator: 'Wi-Fi change handed to HOT',
  },
  templates: { switch_installation_sms: 'Installation slot SMS (provider switch)' },
  bezeqRow: 'Bezeq infrastructure',
  chaseRow: 'Technician',
  chaseValue: 'Technician overdue — chase sent to {{operator}} ({{who}}) on {{date}}; customer told',
  chaseCallValue: 'Technician overdue on {{date}} — call {{who}} at {{operator}}; customer told',
  bezeqValue:
    'Waiting for Bezeq since {{date}} ({{channel}}). Estimated delay: about 3 to 4 Israeli business days, {{from}} to {{to}} — an estimate, not a deadline.',
  channels: {
    email: 'reported by e-mail to Partner’s technical contact',
    manual: 'manual step: reported in Partner’s technical group',
  },
  estimateWhen: 'estimate: around {{date}} (not a deadline)',
  bezeqIntro:
    'The installer found Partner’s fibre runs on a Bezeq infrastructure that is not ready. The problem is reported to Bezeq (by e-mail to Partner’s technical contact when the operator contacts have one, else in Partner’s technical group); the installation is rescheduled once it is resolved.',
  bezeqEstimate:
    'Estimated delay: about 3 to 4 Israeli business days, around {{date}} — an estimate, not a deadline.',
  rescheduleIntro: 'Bezeq has resolved it: agree a new slot with the customer.',
  window: '{{date}}, {{from}} to {{to}} — customer reachable and present (30 to 45 minutes)',
  noDueDateNote: 'Building with no existing installation: no default delay, no due date.',
  wifiHot:
    'At HOT only HOT changes the Wi-Fi name and password: the request goes to the HOT contact, and the new Wi-Fi is recorded once HOT has made the change.',
  wifiPartner: 'At Partner we make the change ourselves: the new Wi-Fi is stored (encrypted) at once.',
  wifiChangeRow: 'Wi-Fi change',
  wifiChangeValue:
    'Handed to HOT on {{date}}, pending: call {{name}}{{phone}} with MASAP {{masap}} and give the new values, then record “HOT made the Wi-Fi change”.',
  wifiShowNew: 'Show the new values',
  wifiNewValue: 'New network “{{ssid}}”, password “{{password}}”',
  confirmWifiIntro: 'HOT confirmed the change: the new name and password become the subscription’s.',
  handed: 'Request handed to HOT.',
};
