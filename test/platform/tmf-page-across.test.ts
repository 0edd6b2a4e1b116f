import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/platform/context.ts';
import type { TmfSource } from '../../src/platform/module.ts';
import { pageAcross } from '../../src/platform/http/tmf-routes.ts';

/** A source holding `n` items named `${prefix}${i}`, paged as a store would. */
function source(prefix: string, n: number): TmfSource & { asked: object[] } {
  const all = Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
  const asked: object[] = [];
  return {
    asked,
    list: async (_ctx, p) => {
      asked.push(p);
      return { items: all.slice(p.offset, p.offset + p.limit), total: n };
    },
    get: async (_ctx, id) => all.find((i) => i.id === id),
  };
}
const ctx = {} as Ctx;
const ids = (p: { items: object[] }) => p.items.map((i) => (i as { id: string }).id);

// Issue 11 §5: TMF637 products are the mobile lines then the internet subscriptions, one collection.
describe('a TM Forum collection several modules fill, paged as one', () => {
  it.each([
    { offset: 0, limit: 2, expected: ['m0', 'm1'] },
    { offset: 2, limit: 3, expected: ['m2', 'i0', 'i1'] },
    { offset: 3, limit: 10, expected: ['i0', 'i1', 'i2', 'i3'] },
    { offset: 5, limit: 1, expected: ['i2'] },
    { offset: 7, limit: 5, expected: [] },
    { offset: 0, limit: 100, expected: ['m0', 'm1', 'm2', 'i0', 'i1', 'i2', 'i3'] },
  ])('offset $offset limit $limit', async ({ offset, limit, expected }) => {
    const page = await pageAcross([source('m', 3), source('i', 4)], ctx, { offset, limit });
    expect(ids(page)).toEqual(expected);
    expect(page.total).toBe(7);
  });

  it('an empty first source (an internet-only reseller has no mobile line)', async () => {
    const page = await pageAcross([source('m', 0), source('i', 2)], ctx, { offset: 1, limit: 5 });
    expect(ids(page)).toEqual(['i1']);
    expect(page.total).toBe(2);
  });

  it('hands the customer filter to every source and counts a full page’s later sources', async () => {
    const later = source('i', 4);
    const page = await pageAcross([source('m', 3), later], ctx, { offset: 0, limit: 3, accountId: 'a' });
    expect(ids(page)).toEqual(['m0', 'm1', 'm2']);
    expect(page.total).toBe(7);
    expect(later.asked).toEqual([{ offset: 0, limit: 1, accountId: 'a' }]);
  });
});
