/**
 * French texts of issue 8 (set-password links, access e-mails withheld from non-admins), kept apart
 * from fr.ts so that work done side by side does not edit the same lines. Labels are relied on by
 * test/e2e/outbox-and-first-login.e2e.ts.
 */
export const securityFr = {
  setPassword: {
    title: 'Choisir votre mot de passe',
    intro: 'Espace {{tenant}} · identifiant {{login}}',
    welcome: 'Bienvenue {{name}} : choisissez le mot de passe de votre compte.',
    reset: 'Bonjour {{name}} : choisissez un nouveau mot de passe.',
    expires: "Ce lien ne sert qu'une fois ; il expire le {{date}}.",
    new: 'Nouveau mot de passe',
    newHint: 'Au moins 12 caractères. Une phrase de plusieurs mots est à la fois sûre et facile à retenir.',
    confirm: 'Confirmation du mot de passe',
    submit: 'Enregistrer le mot de passe',
    tooShort: 'Au moins 12 caractères.',
    mismatch: 'Les deux saisies ne correspondent pas : retapez le mot de passe.',
    checking: 'Vérification du lien…',
    invalidTitle: 'Lien expiré ou déjà utilisé',
    invalidBody:
      'Ce lien ne permet plus de choisir un mot de passe. Demandez à un administrateur de votre espace de vous en envoyer un nouveau.',
    missingBody: 'Ouvrez le lien complet reçu par e-mail : celui-ci est incomplet.',
    doneTitle: 'Mot de passe enregistré',
    doneBody: 'Vous pouvez maintenant vous connecter avec votre identifiant {{login}} et ce mot de passe.',
    signIn: 'Se connecter',
  },
  userLinks: {
    emailHint: 'Un lien pour choisir son mot de passe y sera envoyé.',
    createdIntro:
      '{{name}} va recevoir à {{email}} un lien pour choisir son mot de passe. Aucun mot de passe n’est créé ni affiché.',
    linkExpires: "Le lien ne sert qu'une fois et expire le {{date}}.",
    linkSentOk: 'Compris',
    resetBody:
      'Le mot de passe actuel de {{name}} cessera aussitôt de fonctionner et ses sessions seront fermées. {{name}} recevra par e-mail un lien pour en choisir un nouveau.',
    resetDoneTitle: 'Lien envoyé',
    resetDoneIntro: 'Un lien pour choisir un nouveau mot de passe a été envoyé à {{email}}.',
    passwordNotChosen: 'Mot de passe à choisir',
  },
  outboxAccess: {
    sensitive: 'Accès utilisateur',
    withheldAdmins:
      "Ce message contient un lien d'accès à un compte : seul un administrateur peut en lire le contenu.",
    purged:
      "Le contenu de ce message d'accès a été effacé après son envoi (lien utilisé, remplacé ou expiré).",
  },
};
