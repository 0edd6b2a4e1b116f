/**
 * French texts of the customer page's charges and pending actions (issue 3 §6), kept apart from
 * fr.ts so that modules built side by side do not edit the same lines. Labels are relied on by
 * test/e2e/customer-charges.e2e.ts.
 */
export const billingFr = {
  charges: {
    title: 'Frais',
    export: 'Exporter (CSV)',
    total: 'Total',
    totalValue: '{{amount}} {{tax}}',
    taxExcluded: 'HT',
    taxIncluded: 'TTC',
    lines: '{{count}} frais',
  },
  pending: {
    title: 'Actions planifiées',
    caption: 'Actions planifiées sur les lignes du client',
    none: 'Aucune action planifiée sur les lignes de ce client.',
    what: 'Action',
    line: 'Ligne',
    when: 'Prise d’effet',
    whenValue: 'le {{date}}',
    cancel: 'Annuler',
    cancelLabel: 'Annuler : {{action}} ({{line}})',
    confirmTitle: 'Annuler cette action ?',
    confirmBody: '« {{action}} » sur la ligne {{line}}, prévue le {{date}}, ne sera pas exécutée.',
    keep: 'Garder l’action',
    confirm: 'Annuler l’action',
    cancelled: 'L’action est annulée.',
  },
};
