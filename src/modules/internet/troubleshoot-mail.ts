import { escapeHtml } from '../../platform/notify/templates.ts';
import type { LedFunction } from './model.ts';
import type { LedReading, LedState, LineTest, TroubleKind } from './troubleshoot-rules.ts';

/**
 * NET-10, NET-21, SET-09: Partner's technical e-mail, in Hebrew (the seed: « en hébreu, signé avec
 * son nom », a Partner technician calls the customer back). The platform's templates know French and
 * English only, so this message is rendered here: right-to-left HTML (`dir="rtl"`, `lang="he"`), the
 * customer's Partner number, the LEDs, the steps done, the speed and line tests, the agent's name.
 */
export interface PartnerMailData {
  kind: TroubleKind;
  /** Partner's customer number (starts with "a"). */
  customerNumber: string;
  customerName: string;
  address: string;
  phone: string | null;
  boxCode: string;
  /** The model's name where Hebrew has none of its own (the HOT boxes' names are brand names). */
  boxName: string;
  leds: LedReading;
  ledsShown: readonly LedFunction[];
  powerCycled: boolean;
  wifiButtonHeld: boolean;
  speed: { downMbps: number; upMbps: number | null; overWifi: boolean } | null;
  planSpeedMb: number;
  lineTest: LineTest | null;
  agentName: string;
  tenantName: string;
  incidentReference: string;
}

const LED_HE: Record<LedFunction, string> = {
  power: 'חשמל',
  infrastructure: 'תשתית',
  internet: 'אינטרנט',
  wifi: 'Wi-Fi',
  phone: 'טלפון',
};
// The agents name Partner's two boxes by their colour (seed 000).
const BOX_HE: Record<string, string> = { 'partner-black': 'הנתב השחור', 'partner-white': 'הנתב הלבן' };

// "נורית" is feminine: the states agree with it.
const STATE_HE: Record<LedState, string> = { on: 'דולקת', off: 'כבויה', blinking: 'מהבהבת' };

const PROBLEM_HE: Record<TroubleKind, string> = {
  no_internet: 'אין חיבור לאינטרנט',
  slow: 'גלישה איטית',
  wifi_led_off: 'נורית ה-Wi-Fi כבויה',
  split_bands: 'בקשה להפרדת רשתות 2.4GHz ו-5GHz',
};

// Left-to-right mark: keeps numbers with a sign or a unit in order inside right-to-left text.
const LRM = '\u200E';

export function partnerMail(d: PartnerMailData): { subject: string; lines: string[][] } {
  const subject = `תקלה טכנית – ${PROBLEM_HE[d.kind]} – לקוח ${d.customerNumber} (${d.incidentReference})`;
  const steps: string[] = [];
  if (d.powerCycled) steps.push('ניתוק וחיבור מחדש של כבל החשמל של הנתב – הבעיה נמשכת.');
  if (d.wifiButtonHeld) steps.push('לחיצה ממושכת על כפתור ה-Wi-Fi עד להבהוב הנורית – הבעיה נמשכת.');
  if (d.speed)
    steps.push(
      `בדיקת מהירות ${d.speed.overWifi ? 'ב-Wi-Fi' : 'בכבל רשת'} (speedtest.net): ${LRM}${d.speed.downMbps} Mbps${LRM} בהורדה` +
        (d.speed.upMbps == null ? '' : `, ${LRM}${d.speed.upMbps} Mbps${LRM} בהעלאה`) +
        ` – החבילה היא ${LRM}${d.planSpeedMb} Mbps${LRM}.`,
    );
  const tests: string[] = [];
  if (d.lineTest?.ontRxDbm != null)
    tests.push(`עוצמת אות אופטי בקליטה ב-ONT: ${LRM}${d.lineTest.ontRxDbm} dBm`);
  if (d.lineTest?.attenuationDb != null) tests.push(`הנחתה: ${LRM}${d.lineTest.attenuationDb} dB`);
  if (d.lineTest?.snrDb != null) tests.push(`יחס אות לרעש (SNR): ${LRM}${d.lineTest.snrDb} dB`);
  const sections: string[][] = [
    ['שלום רב,', `אנו פונים בנוגע ללקוח שלנו: ${PROBLEM_HE[d.kind]}.`],
    [
      `מספר לקוח: ${d.customerNumber}`,
      `שם הלקוח: ${d.customerName}`,
      `כתובת: ${d.address}`,
      ...(d.phone ? [`טלפון ליצירת קשר: ${LRM}${d.phone}`] : []),
      `דגם הנתב: ${BOX_HE[d.boxCode] ?? d.boxName}`,
    ],
    [
      'מצב הנוריות:',
      ...d.ledsShown.map((f) => `${LED_HE[f]} – ${d.leds[f] ? STATE_HE[d.leds[f]] : 'לא נבדקה'}`),
    ],
  ];
  if (steps.length) sections.push(['פעולות שבוצעו עם הלקוח:', ...steps]);
  if (tests.length) sections.push(['תוצאות בדיקת קו מרחוק:', ...tests]);
  sections.push(['נבקש שטכנאי ייצור קשר עם הלקוח בהקדם.'], ['תודה רבה,', d.agentName, d.tenantName]);
  return { subject, lines: sections };
}

/** The e-mail's text and right-to-left HTML. */
export function renderPartnerMail(d: PartnerMailData): { subject: string; text: string; html: string } {
  const { subject, lines } = partnerMail(d);
  const text = lines.map((s) => s.join('\n')).join('\n\n') + '\n';
  const html =
    `<!doctype html>\n<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body dir="rtl" style="font-family: Arial, sans-serif; line-height: 1.5; text-align: right">\n` +
    lines.map((s) => `<p>${s.map(escapeHtml).join('<br>')}</p>`).join('\n') +
    `\n</body></html>\n`;
  return { subject, text, html };
}
