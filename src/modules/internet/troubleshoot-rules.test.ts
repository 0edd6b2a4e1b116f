import { describe, expect, it } from 'vitest';
import { at, internetBox as box } from '../../../test/support/internet.ts';
import { CURRENT_INTERNET_CATALOG as C } from './data/index.ts';
import { renderPartnerMail, type PartnerMailData } from './troubleshoot-mail.ts';
import {
  NO_STEPS,
  SEED_CONTACTS,
  diagnose,
  escalationFor,
  lineVerdict,
  nextStep,
  outageOngoing,
  outageResolvedBy,
  speedVerdict,
  technicianChase,
  upgradesSuggested,
  type Diagnosis,
  type LedReading,
  type NextStep,
  type StepsDone,
  type TroubleKind,
} from './troubleshoot-rules.ts';

describe('troubleshooting verdicts (issue 11 §4)', () => {
  // box model × LED states → diagnosis
  const diagnoses: [string, LedReading, Diagnosis][] = [
    ['hot-box-2', { power: 'off', infrastructure: 'off', internet: 'off' }, 'no_power'],
    ['hot-box-2', { power: 'on', infrastructure: 'blinking', internet: 'off' }, 'sector_outage'],
    ['hot-box-4', { power: 'on', infrastructure: 'blinking', internet: 'off', wifi: 'on' }, 'sector_outage'],
    ['hot-box-5', { power: 'on', infrastructure: 'on', internet: 'off', wifi: 'on' }, 'no_connection'],
    ['hot-box-5f', { power: 'on', infrastructure: 'on', internet: 'blinking', wifi: 'on' }, 'no_connection'],
    [
      'partner-white',
      { power: 'on', infrastructure: 'blinking', internet: 'off', wifi: 'on' },
      'sector_outage',
    ],
    ['partner-white', { power: 'on', infrastructure: 'on', internet: 'on', wifi: 'off' }, 'wifi_disabled'],
    ['partner-black', { power: 'on', infrastructure: 'on', internet: 'off', phone: 'on' }, 'no_connection'],
    // The black Partner box has no Wi-Fi LED: a reading of it is ignored.
    ['partner-black', { power: 'on', infrastructure: 'on', internet: 'on', wifi: 'off' }, 'online'],
    ['hot-box-4', { power: 'on', infrastructure: 'on', internet: 'on', wifi: 'on' }, 'online'],
  ];
  it.each(diagnoses)('NET-01 SET-08 SET-07 %s with LEDs %j: %s', (code, leds, expected) => {
    expect(diagnose(box(code), leds)).toBe(expected);
  });

  const steps = (s: Partial<StepsDone>): StepsDone => ({ ...NO_STEPS, ...s });
  // trouble × box × diagnosis × steps done → next step
  const flow: [string, TroubleKind, string, Diagnosis, Partial<StepsDone>, NextStep][] = [
    ['NET-10', 'no_internet', 'partner-black', 'no_connection', {}, 'power_cycle'],
    ['NET-10', 'no_internet', 'partner-black', 'no_connection', { powerCycled: true }, 'escalate'],
    ['NET-10', 'no_internet', 'hot-box-4', 'no_connection', { powerCycled: true, solved: true }, 'solved'],
    ['NET-10', 'no_internet', 'hot-box-2', 'no_power', { powerCycled: true }, 'check_power_cable'],
    ['SET-08', 'no_internet', 'hot-box-4', 'sector_outage', {}, 'ask_outage_delay'],
    ['SET-08', 'slow', 'partner-white', 'sector_outage', { powerCycled: true }, 'ask_outage_delay'],
    ['NET-21', 'slow', 'hot-box-2', 'online', {}, 'check_conditions'],
    ['NET-21', 'slow', 'hot-box-2', 'online', { conditionsChecked: true }, 'power_cycle'],
    [
      'NET-21',
      'slow',
      'hot-box-2',
      'online',
      { conditionsChecked: true, powerCycled: true },
      'speed_test_over_wifi',
    ],
    [
      'NET-21',
      'slow',
      'hot-box-2',
      'online',
      { conditionsChecked: true, powerCycled: true, speedTest: 'too_slow' },
      'escalate',
    ],
    [
      'NET-21',
      'slow',
      'hot-box-2',
      'online',
      { conditionsChecked: true, powerCycled: true, speedTest: 'ok' },
      'solved',
    ],
    [
      'SET-07',
      'slow',
      'hot-box-4',
      'online',
      { conditionsChecked: true, powerCycled: true, speedTest: 'ok' },
      'split_bands',
    ],
    ['SET-07', 'wifi_led_off', 'hot-box-5', 'wifi_disabled', {}, 'hold_wifi_button'],
    ['SET-07', 'wifi_led_off', 'hot-box-5', 'wifi_disabled', { wifiButtonHeld: true }, 'escalate'],
    ['SET-07', 'split_bands', 'hot-box-5f', 'online', {}, 'split_bands'],
    ['SET-07', 'split_bands', 'partner-black', 'online', {}, 'split_bands'],
    ['SET-07', 'split_bands', 'hot-box-2', 'online', {}, 'escalate'],
  ];
  it.each(flow)('%s %s on %s, %s after %j → %s', (_rule, kind, code, d, done, expected) => {
    expect(nextStep(kind, box(code), d, steps(done))).toBe(expected);
  });

  it('SET-07 the bands split on Hot Box 4, 5, 5f and the Partner boxes, not on the Hot Box 2', () => {
    expect(C.boxes.filter((b) => b.splitsBands).map((b) => b.code)).toEqual([
      'hot-box-4',
      'hot-box-5',
      'hot-box-5f',
      'partner-black',
      'partner-white',
    ]);
  });

  const speeds: [number, number, boolean, 'ok' | 'too_slow'][] = [
    [500, 260, true, 'ok'],
    [500, 240, true, 'too_slow'],
    [500, 410, false, 'ok'],
    [500, 390, false, 'too_slow'],
    [1000, 500, true, 'ok'],
  ];
  it.each(speeds)('NET-21 a %i Mb plan measured at %i Mbit/s (Wi-Fi: %s) is %s', (mb, down, wifi, v) => {
    expect(speedVerdict({ speedMb: mb }, down, wifi)).toBe(v);
  });

  const lines: [boolean, Parameters<typeof lineVerdict>[1], string][] = [
    [true, { ontRxDbm: -19.5 }, 'ok'],
    [true, { ontRxDbm: -28.2 }, 'weak'],
    [true, { ontRxDbm: -5 }, 'weak'],
    [true, { attenuationDb: 20 }, 'not_measured'],
    [false, { attenuationDb: 35, snrDb: 12 }, 'ok'],
    [false, { attenuationDb: 63, snrDb: 12 }, 'weak'],
    [false, { attenuationDb: 35, snrDb: 4 }, 'weak'],
    [false, null, 'not_measured'],
  ];
  it.each(lines)('SET-09 a line test (fibre: %s) reading %j is %s', (fibre, t, v) => {
    expect(lineVerdict(fibre, t)).toBe(v);
  });

  it('NET-10 HOT is called, Partner gets the technical e-mail', () => {
    expect(escalationFor('hot')).toBe('hot_call');
    expect(escalationFor('partner')).toBe('partner_email');
  });

  const now = at('2026-12-06T10:00:00Z');
  const days = (...ds: number[]) => ds.map((d) => new Date(now.getTime() - d * 86_400_000));
  const upgrades: [string, Date[], string[]][] = [
    ['hot', days(0, 20), []],
    ['hot', days(0, 20, 80), ['new_generation_router', 'fibre_or_higher_plan', 'switch_to_partner']],
    ['partner', days(0, 20, 80), ['higher_plan', 'switch_to_hot']],
    ['partner', days(0, 20, 95), []],
  ];
  it.each(upgrades)('NET-10 repeated failures on %s at %j suggest %j', (op, failures, expected) => {
    expect(upgradesSuggested(op as 'hot' | 'partner', failures, now)).toEqual(expected);
  });

  const chases: [string, Date, Date | null, unknown][] = [
    [
      'hot',
      at('2026-12-06T09:00:00Z'),
      null,
      { overdue: true, via: 'contact', who: 'Sharona', informCustomer: true },
    ],
    [
      'partner',
      at('2026-12-06T09:00:00Z'),
      null,
      {
        overdue: true,
        via: 'group',
        who: 'Groupe WhatsApp du service technique Partner',
        informCustomer: true,
      },
    ],
    ['hot', at('2026-12-06T11:00:00Z'), null, { overdue: false }],
    ['partner', at('2026-12-06T09:00:00Z'), at('2026-12-06T09:30:00Z'), { overdue: false }],
  ];
  it.each(chases)('NET-20 a %s technician due %s (done %s) is chased: %j', (op, slot, doneAt, expected) => {
    expect(technicianChase(op as 'hot' | 'partner', { slot, doneAt }, SEED_CONTACTS, now)).toEqual(expected);
  });

  it('SET-08 an outage announced for 6 hours is ongoing until then, not after, nor once closed', () => {
    const resolvedBy = outageResolvedBy(at('2026-12-06T08:00:00Z'), 6);
    expect(resolvedBy.toISOString()).toBe('2026-12-06T14:00:00.000Z');
    expect(outageOngoing({ resolvedBy, closedAt: null }, now)).toBe(true);
    expect(outageOngoing({ resolvedBy, closedAt: null }, at('2026-12-06T14:00:00Z'))).toBe(false);
    expect(outageOngoing({ resolvedBy, closedAt: now }, now)).toBe(false);
  });
});

describe('Partner technical e-mail in Hebrew (NET-10, SET-09)', () => {
  const data: PartnerMailData = {
    kind: 'no_internet',
    customerNumber: 'a4410987',
    customerName: 'Noa Levi',
    address: 'Herzl 12, Haifa',
    phone: '+972 52-555-0101',
    boxCode: 'partner-black',
    boxName: 'Partner black box',
    leds: { power: 'on', infrastructure: 'on', internet: 'off', phone: 'on' },
    ledsShown: ['power', 'infrastructure', 'internet', 'phone'],
    powerCycled: true,
    wifiButtonHeld: false,
    speed: null,
    planSpeedMb: 1000,
    lineTest: { ontRxDbm: -29.1 },
    agentName: 'Agathe Martin',
    tenantName: 'Relais Israël',
    incidentReference: 'INC-000042',
  };
  it('NET-10 SET-09 right-to-left Hebrew with the customer number, the LEDs, the steps, the ONT power and the agent’s signature', () => {
    const m = renderPartnerMail(data);
    expect(m.subject).toBe('תקלה טכנית – אין חיבור לאינטרנט – לקוח a4410987 (INC-000042)');
    expect(m.html).toContain('<html lang="he" dir="rtl">');
    expect(m.text).toContain('מספר לקוח: a4410987');
    expect(m.text).toContain('אינטרנט – כבויה');
    expect(m.text).toContain('דגם הנתב: הנתב השחור');
    expect(m.text).toContain('חשמל – דולקת');
    expect(m.text).not.toContain('Wi-Fi –');
    expect(m.text).toContain('ניתוק וחיבור מחדש של כבל החשמל של הנתב');
    expect(m.text).toContain('עוצמת אות אופטי בקליטה ב-ONT: \u200E-29.1 dBm');
    expect(m.text.trimEnd().endsWith('תודה רבה,\nAgathe Martin\nRelais Israël')).toBe(true);
  });
  it('NET-21 a slowness e-mail carries the Wi-Fi speed test against the plan', () => {
    const m = renderPartnerMail({
      ...data,
      kind: 'slow',
      speed: { downMbps: 180, upMbps: 90, overWifi: true },
      lineTest: null,
    });
    expect(m.subject).toContain('גלישה איטית');
    expect(m.text).toContain(
      'בדיקת מהירות ב-Wi-Fi (speedtest.net): \u200E180 Mbps\u200E בהורדה, \u200E90 Mbps\u200E בהעלאה',
    );
    expect(m.text).not.toContain('ONT');
  });
  it('NET-10 data is escaped in the HTML', () => {
    expect(renderPartnerMail({ ...data, customerName: '<b>x</b>' }).html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
