import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { DEMO_PASSWORD, demoEmail, seedDemo } from '../../src/modules/demo/seed.ts';

interface Sub {
  operator: string;
  state: string;
  box: { code: string } | null;
  termination: { effectiveDate: string; boxReturnDeadlineDate: string } | null;
}

/**
 * Issue 11 §7: demo-il's internet customers, made once through the internet module's use cases on
 * the demo's first start (Monday 23 November 2026): HOT and Partner subscriptions active, one
 * termination pending with a box to return.
 */
describe(`the internet demo of demo-il (${testEngine})`, () => {
  let t: TestApp;
  let agent: Client;

  const all = async () => {
    const accounts = ((await agent.get('/api/accounts?limit=100')).body.items ?? []) as {
      id: string;
      displayName: string;
    }[];
    const out: Record<string, Sub[]> = {};
    for (const a of accounts)
      out[a.displayName] = ((await agent.get(`/api/internet/subscriptions?accountId=${a.id}`)).body.items ??
        []) as unknown as Sub[];
    return out;
  };

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemo(t.db, t.clock.now(), t.deps)).toBe(true);
    agent = await Client.login(t.url, demoEmail('demo-il', 'agent'), DEMO_PASSWORD);
  }, 300_000);
  afterAll(() => t.close());

  it('NET-06 HOT and Partner customers are active, one HOT termination is pending with its box to return', async () => {
    const subs = await all();
    expect(subs['Cohen Computers']?.map((s) => [s.operator, s.state, s.box?.code])).toEqual([
      ['hot', 'active', 'hot-box-4'],
    ]);
    expect(subs['Noa Levi']?.map((s) => [s.operator, s.state, s.box?.code])).toEqual([
      ['partner', 'active', 'partner-black'],
    ]);
    // Asked on 23 November with Billing Day 20: effective on 20 December, box due by 19 January.
    expect(
      subs['Yossi Mizrahi']?.map((s) => [
        s.operator,
        s.state,
        s.termination?.effectiveDate,
        s.termination?.boxReturnDeadlineDate,
      ]),
    ).toEqual([['hot', 'termination_pending', '2026-12-20', '2027-01-19']]);
  });

  it('seeding again changes nothing', async () => {
    const before = await all();
    expect(await seedDemo(t.db, new Date(t.clock.now().getTime() + 86_400_000), t.deps)).toBe(false);
    expect(await all()).toEqual(before);
  });
});
