import type { BoxDef, InternetCatalogData, LedDef, LedFunction, Operator, PlanDef } from '../model.ts';

// The builders below spare this file from repeating what the seed says once (product names are not
// translated, no plan has a price, every HOT box has the same four LEDs). They write each item's
// keys in the order the version was released with: the loader's checksum is over its JSON, and
// released.test.ts pins it.

/** French and English text. */
interface Text {
  fr: string;
  en: string;
}

/** What is printed on a box (a model name, a sign such as "@") reads the same in both languages. */
type Printed = string | Text;

const fr = (t: Printed): string => (typeof t === 'string' ? t : t.fr);
const en = (t: Printed): string => (typeof t === 'string' ? t : t.en);

/**
 * A plan of the seed: its name is the operator's (not translated) and its monthly price is not
 * given ("à définir").
 */
function plan(
  code: string,
  operator: Operator,
  name: string,
  p: { speedMb: number; fibre: boolean; priceNote?: Text; maxExtenders: number | null },
): PlanDef {
  return {
    code,
    operator,
    nameFr: name,
    nameEn: name,
    speedMb: p.speedMb,
    fibre: p.fibre,
    monthly: null,
    ...(p.priceNote && { priceNoteFr: p.priceNote.fr, priceNoteEn: p.priceNote.en }),
    maxExtenders: p.maxExtenders,
  };
}

function box(
  code: string,
  operator: Operator,
  b: { name: Printed; extenderCompatible: boolean; splitsBands: boolean; note?: Text; leds: LedDef[] },
): BoxDef {
  return {
    code,
    operator,
    nameFr: fr(b.name),
    nameEn: en(b.name),
    extenderCompatible: b.extenderCompatible,
    splitsBands: b.splitsBands,
    ...(b.note && { noteFr: b.note.fr, noteEn: b.note.en }),
    leds: b.leds,
  };
}

/** A box's LEDs by function, in their order on the box. */
function leds(marks: Partial<Record<LedFunction, Printed>>): LedDef[] {
  return Object.entries(marks).map(([f, mark]) => ({
    function: f as LedFunction,
    markFr: fr(mark),
    markEn: en(mark),
  }));
}

/** Every HOT box shows power, infrastructure, internet and Wi-Fi; the model sets two of the marks. */
const hotLeds = (infrastructure: Printed, internet: Printed): LedDef[] =>
  leds({ power: { fr: 'Alimentation', en: 'Power' }, infrastructure, internet, wifi: 'Wi-Fi' });

/** The Hot Box 5 and 5f differ by name only. */
const HOT_BOX_5 = {
  extenderCompatible: true,
  splitsBands: true,
  note: {
    fr: 'Appuyer sur le bouton info pour faire apparaître les voyants.',
    en: 'Press the info button to show the LEDs.',
  },
  leds: hotLeds('DS/US', 'Internet'),
};

/**
 * The HOT and Partner internet catalog of seed 000 (the Israeli reseller's handbook), in ILS. The
 * seed names the plans and box models but gives no monthly plan price: those are null ("à
 * définir"), with what the seed does say (NET-14: HOT 500 MB and 600 MB fibre cost the same;
 * NET-02: Partner's two fibre plans are 10 ₪/month apart). A released version is never edited: add
 * a new file instead (the loader refuses a changed checksum).
 */
export const INTERNET_2026_01: InternetCatalogData = {
  id: 'internet-2026-01',
  effectiveFrom: '2026-01-01',
  currency: 'ILS',
  vatIncluded: true,
  source: 'seed 000 (manuel des agents, HOT et Partner)',
  plans: [
    plan('hot-200', 'hot', 'HOT 200 Mb', { speedMb: 200, fibre: false, maxExtenders: null }),
    plan('hot-500', 'hot', 'HOT 500 Mb', {
      speedMb: 500,
      fibre: false,
      priceNote: {
        fr: 'Même prix que HOT 600 Mb fibre (NET-14).',
        en: 'Same price as HOT 600 Mb fibre (NET-14).',
      },
      maxExtenders: 1,
    }),
    plan('hot-fibre-600', 'hot', 'HOT 600 Mb fibre', {
      speedMb: 600,
      fibre: true,
      priceNote: { fr: 'Même prix que HOT 500 Mb (NET-14).', en: 'Same price as HOT 500 Mb (NET-14).' },
      maxExtenders: null,
    }),
    plan('partner-fibre-600', 'partner', 'Partner 600 Mb fibre', {
      speedMb: 600,
      fibre: true,
      priceNote: {
        fr: '10 ₪/mois de moins que Partner 1000 Mb fibre (NET-02).',
        en: '10 ₪/month less than Partner 1000 Mb fibre (NET-02).',
      },
      maxExtenders: null,
    }),
    plan('partner-fibre-1000', 'partner', 'Partner 1000 Mb fibre', {
      speedMb: 1000,
      fibre: true,
      priceNote: {
        fr: '10 ₪/mois de plus que Partner 600 Mb fibre (NET-02).',
        en: '10 ₪/month more than Partner 600 Mb fibre (NET-02).',
      },
      maxExtenders: null,
    }),
  ],
  boxes: [
    box('hot-box-2', 'hot', {
      name: 'Hot Box 2 (200 Mb)',
      extenderCompatible: false,
      splitsBands: false,
      leds: hotLeds({ fr: 'Deux flèches (haut et bas)', en: 'Two arrows (up and down)' }, '@'),
    }),
    box('hot-box-4', 'hot', {
      name: 'Hot Box 4 (500 Mb)',
      extenderCompatible: false,
      splitsBands: true,
      leds: hotLeds('S', '@'),
    }),
    box('hot-box-5', 'hot', { name: 'Hot Box 5', ...HOT_BOX_5 }),
    box('hot-box-5f', 'hot', { name: 'Hot Box 5f', ...HOT_BOX_5 }),
    box('partner-black', 'partner', {
      name: { fr: 'Box Partner noire', en: 'Partner black box' },
      extenderCompatible: true,
      splitsBands: true,
      leds: leds({
        power: { fr: '1er voyant en haut', en: 'First LED at the top' },
        infrastructure: { fr: '2e voyant (tashtit)', en: 'Second LED (tashtit)' },
        internet: { fr: 'Avant-dernier voyant en bas', en: 'Second-last LED at the bottom' },
        phone: { fr: 'Dernier voyant en bas', en: 'Last LED at the bottom' },
      }),
    }),
    box('partner-white', 'partner', {
      name: { fr: 'Box Partner blanche', en: 'Partner white box' },
      extenderCompatible: true,
      splitsBands: true,
      leds: leds({
        power: { fr: '1er voyant à gauche', en: 'First LED from the left' },
        infrastructure: { fr: '2e voyant (tashtit)', en: 'Second LED (tashtit)' },
        internet: '@',
        wifi: { fr: 'Voyant à l’extrémité droite', en: 'LED at the right end' },
      }),
    }),
  ],
  services: [
    {
      code: 'hot-dns',
      operator: 'hot',
      kind: 'fixed_ip',
      nameFr: 'Nom de domaine (DNS) HOT',
      nameEn: 'HOT domain name (DNS)',
      monthly: '20.00',
      activation: 'immediate',
    },
    {
      code: 'partner-fixed-ip',
      operator: 'partner',
      kind: 'fixed_ip',
      nameFr: 'IP fixe Partner',
      nameEn: 'Partner fixed IP',
      monthly: '20.00',
      activation: 'operator_confirmation',
    },
    {
      code: 'hot-extender',
      operator: 'hot',
      kind: 'extender',
      nameFr: 'Extendeur Wi-Fi HOT',
      nameEn: 'HOT Wi-Fi extender',
      monthly: '20.00',
      activation: 'immediate',
    },
    {
      code: 'partner-extender',
      operator: 'partner',
      kind: 'extender',
      nameFr: 'Extendeur Wi-Fi Partner',
      nameEn: 'Partner Wi-Fi extender',
      monthly: '30.00',
      activation: 'immediate',
    },
  ],
  fees: [
    {
      code: 'box-not-returned',
      operator: null,
      component: 'one_off',
      nameFr: 'Boîtier non rendu',
      nameEn: 'Box not returned',
      amount: '250.00',
    },
    {
      code: 'partner-installation-small-building',
      operator: 'partner',
      component: 'one_off',
      nameFr: 'Installation Partner (immeuble de moins de 4 appartements)',
      nameEn: 'Partner installation (building of fewer than 4 flats)',
      amount: '300.00',
    },
    {
      code: 'box-rental',
      operator: null,
      component: 'monthly',
      nameFr: 'Location du boîtier',
      nameEn: 'Box rental',
      amount: null,
    },
  ],
  ledMeanings: {
    power: { fr: 'Allumé : le boîtier est sous tension.', en: 'On: the box is powered.' },
    infrastructure: {
      fr: 'Fixe : l’infrastructure répond. Clignote avec internet éteint : le plus souvent une panne de secteur.',
      en: 'Steady: the infrastructure answers. Blinking with internet off: most often a sector outage.',
    },
    internet: { fr: 'Allumé : le boîtier est connecté à internet.', en: 'On: the box is online.' },
    wifi: {
      fr: 'Allumé : le Wi-Fi est activé. Éteint : maintenir le bouton Wi-Fi jusqu’à ce qu’il clignote.',
      en: 'On: Wi-Fi is enabled. Off: hold the Wi-Fi button until it blinks.',
    },
    phone: { fr: 'Allumé : la ligne de téléphone fixe fonctionne.', en: 'On: the landline works.' },
  },
};
