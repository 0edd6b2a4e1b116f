import { describe, expect, it } from 'vitest';
import { buildActionRegistry } from '../../src/actions.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fr } from '../../web/src/i18n/fr.ts';

/** The name a kind (`usage.month_close`) reads under in a locale's `actions.kinds`, if any. */
function nameOf(kinds: Record<string, Record<string, string>>, kind: string): string | undefined {
  const [area = '', ...rest] = kind.split('.');
  return kinds[area]?.[rest.join('.')];
}

describe('the scheduled actions page', () => {
  // Users read names, never codes: the actions page showed "usage.month_close" for a kind a module
  // registered without giving it a name (every-page.e2e found it; this finds it without a browser).
  it('names every action kind the modules register, in French and in English', () => {
    const kinds = [...buildActionRegistry().handlers.keys()].sort();
    expect(kinds.length).toBeGreaterThan(10);
    const unnamed = kinds.filter(
      (k) =>
        !nameOf(fr.actions.kinds as Record<string, Record<string, string>>, k) ||
        !nameOf(en.actions.kinds as Record<string, Record<string, string>>, k),
    );
    expect(unnamed).toEqual([]);
  });
});
