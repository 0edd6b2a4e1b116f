import { defineTemplate, paragraph } from '../../platform/notify/index.ts';

export interface OutageMail {
  customerName: string;
  operatorName: string;
  area: string;
  /** When the operator expects it resolved, in the tenant's zone, formatted for the locale. */
  resolvedBy: string;
  reference: string;
}

/** SET-08: the customer is told of the sector outage and the resolution delay the operator gave. */
export const outageNotice = defineTemplate<OutageMail>({
  name: 'internet.outage_notice',
  fr: (d) => ({
    subject: `Panne de secteur ${d.operatorName} — internet (${d.reference})`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      paragraph(
        `Votre coupure d’internet vient d’une panne de secteur du réseau ${d.operatorName} (${d.area}), pas de votre installation.`,
      ),
      { type: 'field', label: 'Résolution annoncée par l’opérateur', value: d.resolvedBy },
      paragraph(
        'Si internet ne revient pas après cette date, contactez-nous : nous relancerons l’opérateur.',
      ),
    ],
  }),
  en: (d) => ({
    subject: `${d.operatorName} sector outage — internet (${d.reference})`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      paragraph(
        `Your internet cut comes from a sector outage of the ${d.operatorName} network (${d.area}), not from your installation.`,
      ),
      { type: 'field', label: 'Resolution announced by the operator', value: d.resolvedBy },
      paragraph('If internet is not back after that time, contact us: we will chase the operator.'),
    ],
  }),
});
