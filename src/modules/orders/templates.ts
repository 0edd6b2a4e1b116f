import { defineTemplate, paragraph as p } from '../../platform/notify/index.ts';

// The orders module's e-mails (issue 9: declared in its manifest, sent with enqueueModuleEmail).

export const orderReceived = defineTemplate<{
  customerName: string;
  reference: string;
  /** One entry per line: "Julie Martin — Illimité 5 Go bloqué". */
  lines: string[];
  /** ORD-03: "1er décembre 2026 à 07:00" when the request waits for the opening; null when sent at once. */
  submitAt: string | null;
}>({
  name: 'order.received',
  fr: (d) => ({
    subject: `Commande ${d.reference} reçue`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(`Nous avons bien reçu votre commande ${d.reference} (${d.lines.length} ligne(s)) :`),
      ...d.lines.map((l) => p(`• ${l}`)),
      d.submitAt
        ? p(
            `L'opérateur ne traite pas ce type de demande à cette heure : elle lui sera transmise le ${d.submitAt}, à l'ouverture.`,
          )
        : p("La demande est transmise à l'opérateur dès maintenant."),
      p('Un e-mail vous confirmera la mise en service de chaque ligne.'),
    ],
  }),
  en: (d) => ({
    subject: `Order ${d.reference} received`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(`We have received your order ${d.reference} (${d.lines.length} line(s)):`),
      ...d.lines.map((l) => p(`• ${l}`)),
      d.submitAt
        ? p(
            `The operator does not handle this kind of request at this hour: it will be sent on ${d.submitAt}, at the opening.`,
          )
        : p('The request is sent to the operator now.'),
      p('An e-mail will confirm when each line is active.'),
    ],
  }),
});

/** A line is active at the operator (issue 3 §7). */
export const lineActive = defineTemplate<{
  customerName: string;
  userName: string;
  /** The MSISDN, as "07 00 00 00 01". */
  line: string;
  offer: string;
  reference: string;
}>({
  name: 'line.active',
  fr: (d) => ({
    subject: `Ligne ${d.line} active`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(`La ligne de ${d.userName} est active (commande ${d.reference}).`),
      { type: 'field', label: 'Numéro', value: d.line },
      { type: 'field', label: 'Offre', value: d.offer },
    ],
  }),
  en: (d) => ({
    subject: `Line ${d.line} active`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(`The line of ${d.userName} is active (order ${d.reference}).`),
      { type: 'field', label: 'Number', value: d.line },
      { type: 'field', label: 'Plan', value: d.offer },
    ],
  }),
});
