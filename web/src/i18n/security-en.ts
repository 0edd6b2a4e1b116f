import type { securityFr } from './security-fr.ts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** English texts of issue 8 (set-password links); the compiler checks every French key. */
export const securityEn: DeepStrings<typeof securityFr> = {
  setPassword: {
    title: 'Choose your password',
    intro: 'Workspace {{tenant}} · login {{login}}',
    welcome: 'Welcome {{name}}: choose the password of your account.',
    reset: 'Hello {{name}}: choose a new password.',
    expires: 'This link works once; it expires on {{date}}.',
    new: 'New password',
    newHint: 'At least 12 characters. A phrase of several words is both safe and easy to remember.',
    confirm: 'Confirm the password',
    submit: 'Save the password',
    tooShort: 'At least 12 characters.',
    mismatch: 'The two entries differ: type the password again.',
    checking: 'Checking the link…',
    invalidTitle: 'Link expired or already used',
    invalidBody:
      'This link can no longer be used to choose a password. Ask an administrator of your workspace to send you a new one.',
    missingBody: 'Open the whole link you received by e-mail: this one is incomplete.',
    doneTitle: 'Password saved',
    doneBody: 'You can now sign in with your login {{login}} and this password.',
    signIn: 'Sign in',
  },
  userLinks: {
    emailHint: 'A link to choose their password will be sent there.',
    createdIntro:
      '{{name}} will receive at {{email}} a link to choose their password. No password is created or shown.',
    linkExpires: 'The link works once and expires on {{date}}.',
    linkSentOk: 'Got it',
    resetBody:
      "{{name}}'s current password will stop working at once and their sessions will end. {{name}} will get an e-mail with a link to choose a new one.",
    resetDoneTitle: 'Link sent',
    resetDoneIntro: 'A link to choose a new password was sent to {{email}}.',
    passwordNotChosen: 'Password not chosen yet',
  },
  outboxAccess: {
    sensitive: 'User access',
    withheldAdmins: 'This message holds an access link to an account: only an administrator can read it.',
    purged:
      'The content of this access message was erased after it was sent (link used, replaced or expired).',
  },
};
