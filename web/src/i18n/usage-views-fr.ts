/**
 * French texts of the usage recharges (USE-06) and views (USE-07: the data chart, the lines near
 * their envelope), apart from usage-fr.ts so that work built side by side does not edit the same
 * lines. Labels are relied on by test/e2e/usage.e2e.ts.
 */
export const usageViewsFr = {
  recharge: {
    open: 'Recharge data',
    title: 'Ajouter une recharge data',
    option: 'Recharge',
    price: '{{name}} — {{amount}} € HT',
    priceToBeSet: '{{name}} — prix à définir',
    none: 'Aucune recharge n’est possible sur ce forfait.',
    delayNote:
      'Attention, une recharge peut mettre jusqu’à 30 minutes à s’appliquer sur la ligne. Elle s’ajoute à l’enveloppe du mois en cours uniquement et débloque la data.',
    submit: 'Commander la recharge',
    confirmSecond: 'Confirmer une seconde recharge',
    ordered: 'Recharge commandée : elle peut mettre jusqu’à 30 minutes à s’appliquer.',
    recharged: 'Rechargé',
    history: 'Recharges du mois',
    pending: 'En cours d’application',
    applied: 'Appliquée',
    item: '{{name}} commandée le {{date}} par {{by}}',
  },
  chart: {
    title: 'Data consommée jour par jour',
    cumulative: 'Data consommée (cumul)',
    mark80: '80 % de l’enveloppe',
    mark100: 'Enveloppe (100 %)',
    axis: 'Go',
    summary: '{{used}} consommés au {{day}} sur une enveloppe de {{envelope}}.',
    summaryNoEnvelope: '{{used}} consommés au {{day}}.',
    loading: 'Chargement du graphique…',
  },
  near: {
    title: 'Lignes proches de leur enveloppe',
    subtitle:
      'Ce mois-ci, les lignes les plus proches de leur enveloppe data ou au-delà : appelez le client avant qu’il ne vous appelle.',
    caption: 'Lignes par part de l’enveloppe consommée',
    line: 'Ligne',
    user: 'Utilisateur',
    account: 'Client',
    plan: 'Forfait',
    percent: 'Part consommée',
    used: 'Data consommée',
    envelope: 'Enveloppe',
    state: 'État',
    normal: 'Normal',
    minPercent: 'Part minimale',
    allShares: 'Toutes les lignes',
    atLeast: 'À partir de {{percent}} %',
    empty: 'Aucune ligne n’a consommé de data ce mois-ci.',
  },
};
