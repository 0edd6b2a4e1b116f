/**
 * French texts of the usage limits (issue 12): the roaming cut-offs per zone (USE-05, USE-08,
 * USE-09) and the data pay-as-you-go threshold (CAT-09), on the line page. Relied on by
 * test/e2e/usage-limits.e2e.ts.
 */
export const usageLimitsFr = {
  title: 'Cut-offs et seuils data',
  hint: 'Au-delà de la limite d’une zone, la data y est coupée ; une alerte part à 80 % et à 100 %. Changer la limite rétablit la data aussitôt.',
  zone: 'Zone',
  limit: 'Limite en vigueur',
  used: 'Consommé ce mois-ci',
  state: 'État',
  blocked: 'Data coupée',
  blockedPending: 'Data coupée (envoi à l’opérateur en attente)',
  active: 'Data active',
  alerts: 'Alertes {{list}}',
  noCutoff: 'Aucun cut-off',
  usedOf: '{{used}} sur {{limit}}',
  usedOfPercent: '{{used}} sur {{limit}} ({{percent}} %)',
  change: 'Changer',
  changeCutoffTitle: 'Changer le cut-off {{zone}}',
  newCutoff: 'Nouveau cut-off',
  changeCutoffHint:
    'Le changement prend effet tout de suite et rétablit la data dans la zone si elle était coupée.',
  save: 'Enregistrer',
  cutoffChanged: 'Cut-off modifié',
  noZones: 'Cette offre n’a pas de cut-off roaming.',
  threshold: 'Seuil data (Compteur Data)',
  thresholdNone: 'Aucun seuil',
  thresholdValue: '{{gb}} Go',
  changeThresholdTitle: 'Seuil data de la ligne',
  thresholdField: 'Seuil en Go (de 1 à 100)',
  thresholdHint:
    'La data est coupée quand la consommation du mois atteint le seuil ; une alerte part à 80 % et à 100 %.',
  thresholdInvalid: 'Indiquez un nombre entier de Go, de 1 à 100.',
  thresholdChanged: 'Seuil data enregistré',
  thresholdReached:
    'Seuil atteint : la data est coupée. Une recharge la rétablit aussitôt appliquée par l’opérateur (elle s’ajoute au seuil pour le mois).',
  thresholdRecharge: 'Commander une recharge',
};
