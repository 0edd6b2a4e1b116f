import { describe, expect, it } from 'vitest';
import { NAVIGATION } from '../../web/src/app/navigation.ts';

describe('the navigation', () => {
  it('gives each place its own icon (Lignes and Catalogue were both a SIM card)', () => {
    const byIcon = new Map<string, string[]>();
    for (const item of NAVIGATION) byIcon.set(item.icon, [...(byIcon.get(item.icon) ?? []), item.id]);
    const shared = [...byIcon.entries()].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });
});
