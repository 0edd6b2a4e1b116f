/**
 * French texts of CAT-05's fair use on the line's usage card (issue 12): how far the month is from
 * the limits of an unlimited plan, the records billed beyond them, Orange's SMS suspension. Relied
 * on by test/e2e/usage-limits.e2e.ts.
 */
export const usageFairUseFr = {
  title: 'Usage raisonnable du forfait illimité',
  hint: 'Au-delà, les consommations sont facturées au compteur.',
  callees: 'Correspondants différents appelés',
  recipients: 'Destinataires SMS/MMS différents',
  usedOf: '{{used}} sur {{max}}',
  calls: 'Durée d’un appel',
  callsValue: 'jusqu’à {{hours}} h par appel',
  smsPerHour: 'SMS par heure',
  smsPerHourValue: '{{max}} au plus (au-delà, SMS suspendus 3 jours)',
  suspended: 'SMS suspendus jusqu’au {{date}}',
  reasons: {
    callees: 'Oui (au-delà de 250 correspondants)',
    recipients: 'Oui (au-delà de 250 destinataires)',
    duration: 'Oui (au-delà de 2 h d’appel)',
  },
};
