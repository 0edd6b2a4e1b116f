import { describe, expect, it } from 'vitest';
import {
  ISRAEL_ZONE as ZONE,
  at,
  internetPlan as plan,
  partnerFacts,
} from '../../../test/support/internet.ts';
import {
  bezeqEstimate,
  bezeqRefusal,
  INSTALLATION_MINUTES,
  installationAppointment,
  subscriptionActions,
  wifiChangeBy,
  type SubscriptionFacts,
} from './rules.ts';

const partnerBooked = partnerFacts('installation_booked');
const prices = { extenderMonthlyMinor: 3000, installationFeeMinor: 0, boxNotReturnedMinor: 25000 };
const action = (s: SubscriptionFacts, type: string, when = '2026-11-12T08:00Z') =>
  subscriptionActions(s, at(when), ZONE, prices).find((a) => a.type === type);

describe('NET-09 Bezeq infrastructure not ready', () => {
  it.each([
    { why: 'a booked Partner installation', f: {}, code: null },
    {
      why: 'HOT does not run on Bezeq',
      f: { operator: 'hot' as const },
      code: 'internet.bezeq_partner_only',
    },
    { why: 'not booked yet', f: { state: 'eligibility_checked' as const }, code: 'internet.wrong_state' },
    { why: 'already installed', f: { state: 'active' as const }, code: 'internet.wrong_state' },
    { why: 'already waiting for Bezeq', f: { bezeqPending: true }, code: 'internet.bezeq_pending' },
  ])('NET-09 reporting it for $why → $code', ({ f, code }) => {
    expect(bezeqRefusal({ ...partnerBooked, ...f })?.code ?? null).toBe(code);
  });

  it('NET-09 while waiting for Bezeq the installation cannot be recorded done, only rescheduled', () => {
    const waiting = { ...partnerBooked, bezeqPending: true };
    expect(action(waiting, 'confirm_installation')?.refusal?.code).toBe('internet.bezeq_pending');
    expect(action(waiting, 'reschedule_installation')?.allowed).toBe(true);
    expect(action(partnerBooked, 'confirm_installation')?.allowed).toBe(true);
    expect(action(partnerBooked, 'reschedule_installation')?.refusal?.code).toBe(
      'internet.bezeq_not_pending',
    );
  });

  it('NET-09 CAL-03 the page shows the estimate’s end (4 Israeli business days), not a deadline', () => {
    // Thursday 12 November 2026: Fri/Sat off, so Sun 15 (1), Mon 16 (2), Tue 17 (3), Wed 18 (4).
    expect(action(partnerBooked, 'report_bezeq')?.effectiveAt).toEqual(at('2026-11-18T10:00+02:00'));
    expect(bezeqEstimate(at('2026-11-12T10:00+02:00'), ZONE)).toEqual({
      from: at('2026-11-17T10:00+02:00'),
      to: at('2026-11-18T10:00+02:00'),
    });
  });

  it('NET-09 CAL-03 reported on the eve of Pesach 2027 (Thu 22 and Wed 28 April are off): Tue 27 to Thu 29', () => {
    expect(bezeqEstimate(at('2027-04-21T10:00+03:00'), ZONE)).toEqual({
      from: at('2027-04-27T10:00+03:00'),
      to: at('2027-04-29T10:00+03:00'),
    });
  });
});

describe('NET-12 Wi-Fi name and password', () => {
  it.each([
    { operator: 'hot' as const, by: 'operator' },
    { operator: 'partner' as const, by: 'us' },
  ])('NET-12 $operator’s Wi-Fi is changed by $by', ({ operator, by }) => {
    expect(wifiChangeBy(operator)).toBe(by);
  });

  it('NET-12 a change handed to HOT blocks a second one until the agent confirms it', () => {
    const hot = {
      ...partnerBooked,
      operator: 'hot' as const,
      state: 'active' as const,
      plan: plan('hot-500'),
    };
    expect(action(hot, 'set_wifi')?.allowed).toBe(true);
    expect(action(hot, 'confirm_wifi')?.refusal?.code).toBe('internet.wifi_not_pending');
    const pending = { ...hot, wifiPending: true };
    expect(action(pending, 'set_wifi')?.refusal?.code).toBe('internet.wifi_pending');
    expect(action(pending, 'confirm_wifi')?.allowed).toBe(true);
  });
});

describe('NET-15 NET-16 the installation appointment', () => {
  it('NET-15 the customer is present for 30 to 45 minutes: the window ends 45 minutes after the slot', () => {
    expect(INSTALLATION_MINUTES).toEqual({ min: 30, max: 45 });
    expect(installationAppointment({ slot: at('2026-11-15T08:00Z'), noExistingInstallation: false })).toEqual(
      {
        ok: true,
        at: at('2026-11-15T08:00Z'),
        until: at('2026-11-15T08:45Z'),
      },
    );
  });

  it('NET-15 an ordinary building needs the slot the customer will be reachable and present at', () => {
    expect(installationAppointment({ slot: null, noExistingInstallation: false })).toEqual({
      ok: false,
      code: 'internet.installation_slot_required',
    });
  });

  it.each([
    { why: 'no slot given', slot: null },
    { why: 'a slot given anyway', slot: at('2026-11-15T08:00Z') },
  ])('NET-16 a building with no existing installation has no due date ($why)', ({ slot }) => {
    expect(installationAppointment({ slot, noExistingInstallation: true })).toEqual({
      ok: true,
      at: null,
      until: null,
    });
  });
});
