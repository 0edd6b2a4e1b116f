import { describe, expect, it } from 'vitest';
import {
  savPlusFreeCancellation,
  incidentServices,
  CHECKS_BY_SERVICE,
  DEFAULT_OPERATORS,
  DEFAULT_TARIFF,
  STATES,
  TRANSITIONS,
  chargesWaivedByExpertise,
  checkContest,
  checkPlanIntervention,
  checkReschedule,
  checkSavPlusStep,
  nextSavPlusStep,
  isOverdue,
  checkOperatorReminder,
  operatorFor,
  toKbps,
  checkTransition,
  contestDeadline,
  costSummary,
  declarationNotice,
  missingInformation,
  qualify,
  savPlusCancellationFee,
  slaStatus,
  toICalendar,
  type IncidentFacts,
} from './rules.ts';

const cal = { country: 'FR', zone: 'Europe/Paris' } as const;
const fullInfo = {
  siteContactName: 'Mme Durand',
  siteContactPhone: '+33142000000',
  siteOpeningHours: 'Lun–Ven 9h–18h',
  modemMakeModel: 'Zyxel VMG8825',
  routerMakeModel: 'Cisco RV340',
  modemLedStates: 'Power vert, DSL clignotant',
};
const allChecks = new Set(CHECKS_BY_SERVICE.adsl);
const facts = (over: Partial<IncidentFacts> = {}): IncidentFacts => ({
  state: 'diagnosis',
  service: 'adsl',
  confirmedChecks: allChecks,
  info: fullInfo,
  hasConsent: true,
  openInterventions: 0,
  ...over,
});

describe('SUP-01 declaration notice', () => {
  it.each([
    ['adsl', 6, 25_000],
    ['sdsl', 5, 25_000],
    ['vga', 4, 25_000],
    ['fibre', 4, 25_000],
    ['cable', 4, 25_000],
    ['mobile', 1, null],
  ] as const)('SUP-01 %s shows %i checks and the minimum %s cents', (service, n, min) => {
    const notice = declarationNotice(service);
    expect(notice.checks).toHaveLength(n);
    expect(notice.minimumCents).toBe(min);
  });

  it('SUP-01 the modem swap is asked for ADSL only', () => {
    expect(CHECKS_BY_SERVICE.adsl).toContain('modem_swap');
    expect(CHECKS_BY_SERVICE.sdsl).not.toContain('modem_swap');
  });
});

describe('incident state machine', () => {
  it('every state is known and closed is final', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATES].sort());
    expect(TRANSITIONS.closed).toEqual([]);
  });

  it.each([
    ['new', 'with_operator'],
    ['new', 'closed'],
    ['closed', 'diagnosis'],
    ['diagnosis', 'intervention_planned'],
    ['resolved', 'with_operator'],
  ] as const)('a transition %s → %s not in the machine is refused', (from, to) => {
    expect(checkTransition(facts({ state: from }), to)).toEqual({
      ok: false,
      code: 'support.transition_not_allowed',
      params: { from, to },
    });
  });

  it('SUP-02 escalation is refused while a check is not confirmed in writing', () => {
    const v = checkTransition(facts({ confirmedChecks: new Set(['restart', 'cabling']) }), 'with_operator');
    expect(v).toEqual({
      ok: false,
      code: 'support.checks_missing',
      params: { checks: 'internal_wiring, electrical_disturbances, modem_head_of_line, modem_swap' },
    });
  });

  it('SUP-02 escalation is refused while required information is missing', () => {
    const v = checkTransition(
      facts({ info: { ...fullInfo, modemLedStates: ' ', siteOpeningHours: null } }),
      'with_operator',
    );
    expect(v).toEqual({
      ok: false,
      code: 'support.information_missing',
      params: { fields: 'siteOpeningHours, modemLedStates' },
    });
  });

  it('SUP-02 escalation is allowed with every check and every field', () => {
    expect(checkTransition(facts(), 'with_operator')).toEqual({ ok: true });
    expect(missingInformation('adsl', fullInfo)).toEqual([]);
    expect(missingInformation('mobile', {})).toEqual([]);
  });

  it('SUP-03 an intervention is refused without written consent', () => {
    expect(checkPlanIntervention(facts({ state: 'with_operator', hasConsent: false }), 'on_site')).toEqual({
      ok: false,
      code: 'support.consent_required',
      params: {},
    });
    expect(checkPlanIntervention(facts({ state: 'with_operator' }), 'on_site')).toEqual({ ok: true });
    expect(
      checkTransition(facts({ state: 'with_operator', hasConsent: false }), 'intervention_planned'),
    ).toMatchObject({
      code: 'support.consent_required',
    });
  });

  it('SUP-06 SUP-08 the expertise and SAV+ are ADSL only', () => {
    const sdsl = facts({ state: 'with_operator', service: 'sdsl' });
    expect(checkPlanIntervention(sdsl, 'expertise')).toMatchObject({ code: 'support.adsl_only' });
    expect(checkPlanIntervention(sdsl, 'sav_plus')).toMatchObject({ code: 'support.adsl_only' });
    expect(checkPlanIntervention(facts({ state: 'with_operator' }), 'expertise')).toEqual({ ok: true });
  });

  it('an incident with an open intervention cannot be resolved', () => {
    expect(
      checkTransition(facts({ state: 'intervention_planned', openInterventions: 1 }), 'resolved'),
    ).toMatchObject({ code: 'support.interventions_open' });
  });
});

describe('SUP-04 SUP-05 tariff and qualification', () => {
  it.each([
    ['sdsl_customer_installation_fault', 25_000],
    ['sdsl_wrongful_modem_replacement', 99_100],
    ['customer_absent_or_refused', 25_000],
    ['no_fault_at_supplier', 25_000],
    ['adsl_no_fault_at_expertise', 40_000],
    ['vga_wrongful_supplier_ticket', 45_000],
    ['vga_wrongful_intervention', 18_000],
    ['adsl_sav_plus', 18_500],
  ])("SUP-04 the seed's %s costs %i cents HT", (code, cents) => {
    expect(DEFAULT_TARIFF.find((l) => l.code === code)?.amountCents).toBe(cents);
  });

  it('SUP-05 a wrongful qualification charges at once', () => {
    expect(qualify(DEFAULT_TARIFF, 'adsl', 'on_site', 'no_fault_at_supplier')).toEqual({
      ok: true,
      charge: { code: 'no_fault_at_supplier', amountCents: 25_000, awaitingAcceptance: false },
    });
    expect(qualify(DEFAULT_TARIFF, 'adsl', 'on_site', 'fault_fixed')).toEqual({ ok: true, charge: null });
  });

  it('SUP-04 a quote-based line needs the amount, then the customer acceptance', () => {
    expect(qualify(DEFAULT_TARIFF, 'sdsl', 'on_site', 'sdsl_internal_wiring_repair')).toMatchObject({
      code: 'support.quote_amount_required',
    });
    expect(qualify(DEFAULT_TARIFF, 'sdsl', 'on_site', 'sdsl_internal_wiring_repair', 32_000)).toEqual({
      ok: true,
      charge: { code: 'sdsl_internal_wiring_repair', amountCents: 32_000, awaitingAcceptance: true },
    });
  });

  it.each([
    ['vga_wrongful_intervention', 'adsl', 'on_site'],
    ['adsl_no_fault_at_expertise', 'adsl', 'on_site'],
    ['no_fault_at_supplier', 'adsl', 'expertise'],
    ['adsl_sav_plus', 'adsl', 'on_site'],
    ['made_up', 'adsl', 'on_site'],
  ] as const)('SUP-04 %s on %s %s is not in the tariff', (q, service, kind) => {
    expect(qualify(DEFAULT_TARIFF, service, kind, q)).toMatchObject({
      ok: false,
      code: 'support.qualification_unknown',
    });
  });

  it('SUP-04 the tariff is data: another tenant amount is used as is', () => {
    const custom = DEFAULT_TARIFF.map((l) =>
      l.code === 'no_fault_at_supplier' ? { ...l, amountCents: 27_000 } : l,
    );
    expect(qualify(custom, 'adsl', 'on_site', 'no_fault_at_supplier')).toMatchObject({
      charge: { amountCents: 27_000 },
    });
  });

  it('SUP-06 an expertise that fixes the fault waives every earlier intervention charge', () => {
    const at = (s: string) => new Date(s);
    const charges = [
      {
        id: 'a',
        interventionId: 'i1',
        interventionPlannedAt: at('2026-11-02T09:00:00Z'),
        status: 'due' as const,
      },
      {
        id: 'b',
        interventionId: 'i2',
        interventionPlannedAt: at('2026-11-03T09:00:00Z'),
        status: 'contested' as const,
      },
      {
        id: 'c',
        interventionId: 'i4',
        interventionPlannedAt: at('2026-11-06T09:00:00Z'),
        status: 'due' as const,
      },
      { id: 'd', interventionId: null, interventionPlannedAt: null, status: 'due' as const },
      {
        id: 'e',
        interventionId: 'i0',
        interventionPlannedAt: at('2026-11-01T09:00:00Z'),
        status: 'waived' as const,
      },
    ];
    expect(chargesWaivedByExpertise(charges, at('2026-11-05T09:00:00Z'))).toEqual(['a', 'b']);
  });

  it('SUP-05 the cost summary totals what is due and what was waived', () => {
    expect(
      costSummary([
        { amountCents: 25_000, status: 'waived' },
        { amountCents: 18_500, status: 'due' },
        { amountCents: 9_500, status: 'awaiting_acceptance' },
      ]),
    ).toEqual({ dueCents: 18_500, waivedCents: 25_000 });
  });
});

describe('SUP-07 contest window (CAL-01, Reading 2)', () => {
  it.each([
    // Thursday 7 May 2026; Friday 8 May is a holiday, then the weekend: Mon 11, Tue 12.
    ['2026-05-07T08:00:00Z', '2026-05-12T21:59:59.999Z', 'a holiday and a weekend'],
    // Tuesday 10 November; Wednesday 11 is Armistice day: Thu 12, Fri 13.
    ['2026-11-10T15:00:00Z', '2026-11-13T22:59:59.999Z', 'Armistice day'],
    // Friday evening: Mon, Tue.
    ['2026-11-20T20:30:00Z', '2026-11-24T22:59:59.999Z', 'a weekend'],
  ])('SUP-07 notified %s: contest until %s (%s)', (notified, deadline) => {
    expect(contestDeadline(new Date(notified), cal).toISOString()).toBe(deadline);
  });

  it('SUP-07 the last millisecond is inside, the next one is out and names customer service', () => {
    const deadline = new Date('2026-05-12T21:59:59.999Z');
    expect(checkContest(deadline, deadline, 'due', 'sc@x.fr')).toEqual({ ok: true });
    expect(checkContest(new Date(deadline.getTime() + 1), deadline, 'due', 'sc@x.fr')).toEqual({
      ok: false,
      code: 'support.contest_window_closed',
      params: { deadline: deadline.toISOString(), email: 'sc@x.fr' },
    });
    expect(checkContest(deadline, deadline, 'waived', 'sc@x.fr')).toMatchObject({
      code: 'support.charge_not_contestable',
    });
  });
});

describe('SUP-08 SUP-09 SAV+', () => {
  // Slot Monday 30 November 2026 10:00 Paris; Sunday is not a jour ouvrable (CAL-02).
  const slot = new Date('2026-11-30T09:00:00Z');
  it.each([
    ['2026-11-27T08:00:00Z', 0, '49 business hours before: free'],
    ['2026-11-27T09:00:00Z', 0, 'exactly 48 business hours before: free (Reading 1)'],
    ['2026-11-27T10:00:00Z', 9_500, '47 business hours before: 95 €'],
    ['2026-11-29T12:00:00Z', 9_500, 'on the Sunday before: 95 €'],
  ])('SUP-09 CAL-02 cancelled at %s costs %i cents (%s)', (at, fee) => {
    expect(savPlusCancellationFee(new Date(at), slot, cal)).toBe(fee);
  });

  it.each([
    // slot (UTC)              free until (UTC)          why
    ['2026-11-30T09:00:00Z', '2026-11-27T09:00:00Z', 'Monday 10:00 Paris: Sunday skipped, Friday 10:00'],
    ['2026-11-12T09:00:00Z', '2026-11-09T09:00:00Z', 'Thursday after 11 November (holiday): Monday 10:00'],
    [
      '2026-03-30T08:00:00Z',
      '2026-03-27T09:00:00Z',
      'Monday after the switch to summer time: Friday 10:00 CET',
    ],
    ['2026-12-05T14:00:00Z', '2026-12-03T14:00:00Z', 'Saturday 15:00: Thursday 15:00, Saturday counts'],
  ])('SUP-09 CAL-02 a SAV+ slot at %s is free to cancel until %s (%s)', (slot, until) => {
    const now = new Date('2026-01-01T00:00:00Z');
    const terms = savPlusFreeCancellation(now, new Date(slot), cal);
    expect(terms.freeUntil.toISOString()).toBe(new Date(until).toISOString());
    // The limit is the fee's: free at the limit, 95 € one second after, whatever the clock says.
    expect(savPlusCancellationFee(terms.freeUntil, new Date(slot), cal)).toBe(0);
    expect(savPlusCancellationFee(new Date(terms.freeUntil.getTime() + 1000), new Date(slot), cal)).toBe(
      9_500,
    );
    expect(
      savPlusFreeCancellation(new Date(terms.freeUntil.getTime() + 1000), new Date(slot), cal).freeNow,
    ).toBe(false);
    expect(terms.freeNow).toBe(true);
  });

  it('SUP-09 a SAV+ appointment cannot be moved', () => {
    expect(checkReschedule('sav_plus')).toMatchObject({ code: 'support.sav_plus_not_movable' });
    expect(checkReschedule('on_site')).toEqual({ ok: true });
  });

  it('SUP-08 the steps follow the line in order, only when the site tests show a fault', () => {
    expect(checkSavPlusStep([], 'site_tests')).toEqual({ ok: true });
    expect(checkSavPlusStep([], 'main_frame')).toMatchObject({ code: 'support.sav_plus_step_order' });
    expect(checkSavPlusStep([{ step: 'site_tests', faultShown: true }], 'main_frame')).toEqual({ ok: true });
    expect(checkSavPlusStep([{ step: 'site_tests', faultShown: false }], 'main_frame')).toMatchObject({
      code: 'support.sav_plus_step_order',
    });
  });

  it('SUP-08 the next point: site tests, then the four points after a fault, none after a clean test', () => {
    expect(nextSavPlusStep([])).toBe('site_tests');
    expect(nextSavPlusStep([{ step: 'site_tests', faultShown: false }])).toBeNull();
    const done = [
      { step: 'site_tests', faultShown: true },
      { step: 'main_frame', faultShown: false },
      { step: 'sub_frame', faultShown: false },
    ] as const;
    expect(nextSavPlusStep(done)).toBe('concentration_point');
    expect(
      nextSavPlusStep([
        ...done,
        { step: 'concentration_point', faultShown: true },
        { step: 'second_site_visit', faultShown: false },
      ]),
    ).toBeNull();
  });

  it('SUP-08 a speed in Mb/s is stored in kbit/s; a negative one is refused', () => {
    expect(toKbps(7.5, 'Mbit/s')).toBe(7500);
    expect(toKbps(512, 'kbit/s')).toBe(512);
    expect(toKbps(-1, 'kbit/s')).toBeNull();
    expect(toKbps(Number.NaN, 'Mbit/s')).toBeNull();
  });
});

describe('SLA on desk hours', () => {
  const openedAt = new Date('2026-11-20T16:00:00Z'); // Friday 17:00 Paris
  it('counts desk hours only: Friday 17:00 to Monday 10:00 is 2 hours', () => {
    const s = slaStatus({
      priority: 'normal',
      openedAt,
      firstResponseAt: null,
      resolvedAt: null,
      pauses: [],
      now: new Date('2026-11-23T09:00:00Z'),
      cal,
    });
    expect(s.firstResponse).toEqual({ state: 'ok', elapsedHours: 2, targetHours: 4 });
  });

  it('flags at risk at 80 %, breached after the target', () => {
    const base = {
      priority: 'critical' as const,
      openedAt: new Date('2026-11-23T08:00:00Z'),
      firstResponseAt: null,
      resolvedAt: null,
      pauses: [],
      cal,
    };
    expect(slaStatus({ ...base, now: new Date('2026-11-23T08:50:00Z') }).firstResponse.state).toBe('at_risk');
    expect(slaStatus({ ...base, now: new Date('2026-11-23T09:30:00Z') }).risk).toBe('breached');
  });

  it('pauses while waiting for the customer', () => {
    const s = slaStatus({
      priority: 'normal',
      openedAt: new Date('2026-11-23T08:00:00Z'),
      firstResponseAt: new Date('2026-11-23T08:30:00Z'),
      resolvedAt: null,
      pauses: [{ from: new Date('2026-11-23T09:00:00Z'), to: new Date('2026-11-23T13:00:00Z') }],
      now: new Date('2026-11-23T15:00:00Z'),
      cal,
    });
    expect(s.resolution.elapsedHours).toBe(3);
    expect(s.firstResponse.state).toBe('met');
  });
});

describe('NET-05 iCalendar', () => {
  it('NET-05 writes an RFC 5545 event with CRLF lines and escaped text', () => {
    const ics = toICalendar({
      uid: 'x@relais',
      stamp: new Date('2026-11-23T09:00:00Z'),
      start: new Date('2026-11-30T09:00:00Z'),
      end: new Date('2026-11-30T11:00:00Z'),
      summary: 'Intervention, ADSL',
      location: '1 rue de la Paix; Paris',
      description: 'Le technicien appelle avant de venir',
    });
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics).toContain('DTSTART:20261130T090000Z\r\n');
    expect(ics).toContain('SUMMARY:Intervention\\, ADSL\r\n');
    expect(ics).toContain('LOCATION:1 rue de la Paix\\; Paris\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('operator escalation (issue 4 item 7)', () => {
  it('SUP-02 the operator is the chosen one, else the one serving the service, else the generic one', () => {
    expect(operatorFor(DEFAULT_OPERATORS, 'adsl', null)?.code).toBe('openip');
    expect(operatorFor(DEFAULT_OPERATORS, 'fibre', null)?.code).toBe('generic');
    expect(operatorFor(DEFAULT_OPERATORS, 'adsl', 'generic')?.template).toBe('generic');
    expect(operatorFor(DEFAULT_OPERATORS, 'adsl', 'nobody')).toBeNull();
    const openipOnly = DEFAULT_OPERATORS.filter((o) => o.code === 'openip');
    expect(operatorFor(openipOnly, 'cable', null)?.code).toBe('openip');
    expect(operatorFor([], 'adsl', null)).toBeNull();
  });
});

describe('overdue appointments (NET-05)', () => {
  const end = new Date('2027-01-05T10:00:00Z');
  it('NET-05 a planned appointment is late only after its slot ends; an outcome ends the lateness', () => {
    expect(isOverdue('planned', end, new Date('2027-01-05T10:00:00Z'))).toBe(false);
    expect(isOverdue('planned', end, new Date('2027-01-05T10:00:00.001Z'))).toBe(true);
    expect(isOverdue('qualified', end, new Date('2027-01-06T10:00:00Z'))).toBe(false);
    expect(isOverdue('cancelled', end, new Date('2027-01-06T10:00:00Z'))).toBe(false);
    expect(checkOperatorReminder('planned', end, new Date('2027-01-05T09:00:00Z'))).toMatchObject({
      code: 'support.appointment_not_overdue',
    });
    expect(checkOperatorReminder('planned', end, new Date('2027-01-05T11:00:00Z'))).toEqual({ ok: true });
  });
});

// Issue 11 §6: the incident form and the API follow the product families the reseller sells.
describe('incident services by the families sold', () => {
  it.each([
    [['mobile'], ['adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile']],
    [
      ['mobile', 'internet'],
      ['adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile'],
    ],
    [['internet'], ['fibre', 'cable']],
  ] as const)('%j → %j', (families, services) => {
    expect(incidentServices(families)).toEqual(services);
  });
});
