/**
 * French texts of the handbook's remaining steps (issue 11 §3/§4): the Bezeq wait of NET-09, HOT's
 * Wi-Fi change of NET-12, the installation window of NET-15/NET-16.
 */
export const internetHandbookFr = {
  events: {
    bezeq_reported: 'Infrastructure Bezeq non prête signalée',
    installation_rescheduled: 'Installation reprogrammée',
    wifi_change_handed_to_operator: 'Changement Wi-Fi transmis à HOT',
  },
  templates: { switch_installation_sms: 'SMS du créneau d’installation (changement d’opérateur)' },
  bezeqRow: 'Infrastructure Bezeq',
  chaseRow: 'Technicien',
  chaseValue: 'Technicien en retard — relance envoyée à {{operator}} ({{who}}) le {{date}} ; client prévenu',
  chaseCallValue: 'Technicien en retard le {{date}} — appelez {{who}} chez {{operator}} ; client prévenu',
  bezeqValue:
    'En attente Bezeq depuis le {{date}} ({{channel}}). Délai estimé : environ 3 à 4 jours ouvrés israéliens, du {{from}} au {{to}} — une estimation, pas une échéance.',
  channels: {
    email: 'signalé par e-mail au contact technique Partner',
    manual: 'étape manuelle : signalé dans le groupe technique Partner',
  },
  estimateWhen: 'estimation : vers le {{date}} (pas une échéance)',
  bezeqIntro:
    'L’installateur a constaté que la fibre Partner passe par une infrastructure Bezeq non prête. Le problème est signalé à Bezeq (par e-mail au contact technique Partner s’il est renseigné dans les contacts opérateurs, sinon dans le groupe technique Partner) ; l’installation sera reprogrammée une fois le problème résolu.',
  bezeqEstimate:
    'Délai estimé : environ 3 à 4 jours ouvrés israéliens, vers le {{date}} — une estimation, pas une échéance.',
  rescheduleIntro: 'Bezeq a résolu le problème : convenez d’un nouveau créneau avec le client.',
  window: '{{date}}, de {{from}} à {{to}} — client joignable et présent (30 à 45 minutes)',
  noDueDateNote: 'Immeuble sans installation existante : aucun délai par défaut, pas d’échéance.',
  wifiHot:
    'Chez HOT, seul HOT change le nom et le mot de passe Wi-Fi : la demande est transmise au contact HOT, et le nouveau Wi-Fi enregistré une fois que HOT l’a fait.',
  wifiPartner:
    'Chez Partner, nous faisons le changement nous-mêmes : le nouveau Wi-Fi est enregistré (chiffré) tout de suite.',
  wifiChangeRow: 'Changement Wi-Fi',
  wifiChangeValue:
    'Transmis à HOT le {{date}}, en attente : appeler {{name}}{{phone}} avec le MASAP {{masap}} et lui donner les nouvelles valeurs, puis enregistrer « HOT a fait le changement Wi-Fi ».',
  wifiShowNew: 'Afficher les nouvelles valeurs',
  wifiNewValue: 'Nouveau réseau « {{ssid}} », mot de passe « {{password}} »',
  confirmWifiIntro:
    'HOT a confirmé le changement : le nouveau nom et le nouveau mot de passe deviennent ceux de l’abonnement.',
  handed: 'Demande transmise à HOT.',
} as const;
