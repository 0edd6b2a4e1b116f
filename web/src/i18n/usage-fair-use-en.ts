/** English texts of CAT-05's fair use on the line's usage card (see usage-fair-use-fr.ts). */
export const usageFairUseEn = {
  title: 'Fair use of the unlimited plan',
  hint: 'Beyond it, usage is billed per use.',
  callees: 'Distinct numbers called',
  recipients: 'Distinct SMS/MMS recipients',
  usedOf: '{{used}} of {{max}}',
  calls: 'Call length',
  callsValue: 'up to {{hours}} h per call',
  smsPerHour: 'SMS an hour',
  smsPerHourValue: '{{max}} at most (beyond, SMS suspended for 3 days)',
  suspended: 'SMS suspended until {{date}}',
  reasons: {
    callees: 'Yes (beyond 250 numbers called)',
    recipients: 'Yes (beyond 250 recipients)',
    duration: 'Yes (beyond 2 h of call)',
  },
};
