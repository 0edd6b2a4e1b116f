import { defineTemplate, paragraph as p, type Locale } from '../../platform/notify/index.ts';

// The lines module's e-mails (issue 9: declared in its manifest, sent with enqueueModuleEmail).

/** What a SIM swap e-mail says (ACT-07): the line, from which SIM type to which, when. */
export interface SimSwapMail {
  customerName: string;
  line: string;
  from: 'pin' | 'no_pin' | 'esim';
  to: 'pin' | 'no_pin' | 'esim';
  /** The new SIM's ICCID once known (an eSIM profile is drawn when the swap runs). */
  iccid: string;
  /** "lundi 30 novembre 2026 à 07:00", in the tenant's zone. */
  effective: string;
}

const SIM_TYPE_LABELS: Record<SimSwapMail['to'], Record<Locale, string>> = {
  pin: { fr: 'SIM avec PIN', en: 'SIM with PIN' },
  no_pin: { fr: 'SIM sans PIN', en: 'SIM without PIN' },
  esim: { fr: 'eSIM', en: 'eSIM' },
};

/** ACT-07: a SIM swap waiting for the network's opening (ORD-03). */
export const simSwapScheduled = defineTemplate<SimSwapMail>({
  name: 'line.sim_swap_scheduled',
  fr: (d) => ({
    subject: `Action planifiée : Changement de SIM — ${d.line}`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(
        `Changement de SIM planifié sur la ligne ${d.line} : ${SIM_TYPE_LABELS[d.from].fr} → ${SIM_TYPE_LABELS[d.to].fr}. Il sera fait à l'ouverture de l'opérateur.`,
      ),
      ...(d.iccid ? [{ type: 'field', label: 'Nouvelle SIM (ICCID)', value: d.iccid } as const] : []),
      { type: 'field', label: 'Prise d’effet', value: d.effective },
      p("Il peut être annulé jusqu'à cette date."),
    ],
  }),
  en: (d) => ({
    subject: `Action scheduled: SIM swap — ${d.line}`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(
        `SIM swap scheduled on line ${d.line}: ${SIM_TYPE_LABELS[d.from].en} → ${SIM_TYPE_LABELS[d.to].en}. It will be done when the operator opens.`,
      ),
      ...(d.iccid ? [{ type: 'field', label: 'New SIM (ICCID)', value: d.iccid } as const] : []),
      { type: 'field', label: 'Takes effect', value: d.effective },
      p('It can be cancelled until then.'),
    ],
  }),
});

/** ACT-07: a SIM swap done. */
export const simSwapDone = defineTemplate<SimSwapMail>({
  name: 'line.sim_swap_done',
  fr: (d) => ({
    subject: `Action effectuée : Changement de SIM — ${d.line}`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(
        `Action effectuée sur la ligne ${d.line} : changement de SIM (${SIM_TYPE_LABELS[d.from].fr} → ${SIM_TYPE_LABELS[d.to].fr}). L'ancienne SIM ne fonctionne plus.`,
      ),
      { type: 'field', label: 'Nouvelle SIM (ICCID)', value: d.iccid },
      { type: 'field', label: 'Date d’effet', value: d.effective },
      ...(d.to === 'esim'
        ? [p("Les informations d'activation de la nouvelle eSIM sont envoyées à l'e-mail de contact.")]
        : []),
    ],
  }),
  en: (d) => ({
    subject: `Action done: SIM swap — ${d.line}`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(
        `Action done on line ${d.line}: SIM swap (${SIM_TYPE_LABELS[d.from].en} → ${SIM_TYPE_LABELS[d.to].en}). The old SIM no longer works.`,
      ),
      { type: 'field', label: 'New SIM (ICCID)', value: d.iccid },
      { type: 'field', label: 'Effective', value: d.effective },
      ...(d.to === 'esim' ? [p('The new eSIM’s activation details are sent to the contact e-mail.')] : []),
    ],
  }),
});

/** ORD-05: the eSIM activation details, sent at order and re-sent on request. */
// ORD-05 and SET-06 (seed 003, the operator's own activation mail): the QR code in the mail,
// restart the phone, never delete an activated eSIM, contact the provider after an hour.
export const esimActivation = defineTemplate<{
  userName: string;
  line: string;
  activationCode: string;
  smdpAddress: string;
  matchingId: string;
  /** SET-06: the activation code's QR code, a PNG in base64 (shown in the HTML part). */
  qrPng: string;
}>({
  name: 'esim.activation',
  fr: (d) => ({
    subject: `Activation de votre eSIM (${d.line})`,
    blocks: [
      p(`Bonjour ${d.userName},`),
      p('Votre eSIM est prête. Pour l’activer, suivez les étapes ci-dessous :'),
      p(
        '1. Avant de commencer, vérifiez que vous avez reçu par SMS, sur votre mobile de contact, le code de confirmation à 6 chiffres : il vous sera demandé après avoir scanné le QR code. Si vous ne l’avez pas reçu d’ici une heure, contactez votre fournisseur.',
      ),
      p('2. Scannez le QR code ci-dessous avec l’appareil photo ou depuis les réglages de votre mobile.'),
      { type: 'image', alt: `QR code d’activation eSIM : ${d.activationCode}`, png: d.qrPng },
      p(
        '3. Saisissez le code de confirmation reçu par SMS, puis validez (attention : il est bloqué après 3 essais erronés ; contactez alors votre fournisseur).',
      ),
      p('4. Éteignez puis rallumez votre mobile : votre eSIM est activée.'),
      p(
        'Attention : ne supprimez jamais votre eSIM une fois qu’elle est activée. Pour des raisons de sécurité, elle ne peut pas être installée à nouveau : il faudrait demander une nouvelle eSIM à votre fournisseur. L’eSIM ne fonctionne que sur un seul appareil.',
      ),
      p('Si vous ne pouvez pas scanner le QR code, saisissez le code d’activation à la main :'),
      { type: 'field', label: "Code d'activation (Android)", value: d.activationCode },
      { type: 'field', label: 'Adresse SM-DP+ (iPhone)', value: d.smdpAddress },
      { type: 'field', label: "Code d'activation (iPhone)", value: d.matchingId },
    ],
  }),
  en: (d) => ({
    subject: `Activating your eSIM (${d.line})`,
    blocks: [
      p(`Hello ${d.userName},`),
      p('Your eSIM is ready. To activate it, follow these steps:'),
      p(
        '1. Before you start, check that you have received by SMS, on your contact mobile, the 6-digit confirmation code: you will be asked for it after scanning the QR code. If it has not arrived within an hour, contact your provider.',
      ),
      p('2. Scan the QR code below with the camera or from your phone’s settings.'),
      { type: 'image', alt: `eSIM activation QR code: ${d.activationCode}`, png: d.qrPng },
      p(
        '3. Enter the confirmation code received by SMS and confirm (it is locked after 3 wrong tries; then contact your provider).',
      ),
      p('4. Switch your phone off and on again: your eSIM is active.'),
      p(
        'Important: never delete your eSIM once it is activated. For security reasons it cannot be installed again: you would have to ask your provider for a new eSIM. The eSIM works on one device only.',
      ),
      p('If you cannot scan the QR code, enter the activation code by hand:'),
      { type: 'field', label: 'Activation code (Android)', value: d.activationCode },
      { type: 'field', label: 'SM-DP+ address (iPhone)', value: d.smdpAddress },
      { type: 'field', label: 'Activation code (iPhone)', value: d.matchingId },
    ],
  }),
});
