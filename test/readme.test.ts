import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOC, loadConfig, ConfigError } from '../src/platform/config.ts';

describe('README and configuration', () => {
  it('documents every environment variable that the configuration reads', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const c of CONFIG_DOC) expect(readme, c.name).toMatch(new RegExp(`\\|\\s*\`${c.name}\`\\s*\\|`));
    const source = await readFile('src/platform/config.ts', 'utf8');
    const read = new Set(
      [...source.matchAll(/env\.([A-Z_]+)|(?:int|bool)\('([A-Z_]+)'/g)].map((m) => m[1] ?? m[2]),
    );
    for (const name of read)
      expect(
        CONFIG_DOC.map((c) => c.name),
        String(name),
      ).toContain(name);
  });

  it('shows the two commands exactly', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every configuration problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', RELAIS_WORKER: 'peut-être' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/LOG_LEVEL/);
      expect(problems).toMatch(/RELAIS_WORKER/);
      expect(problems).toMatch(/RELAIS_SECRET_KEY is required/);
    }
  });

  it('refuses a CDR inbox (RELAIS_USAGE_INBOX) that is not an existing directory', () => {
    expect(() => loadConfig({ RELAIS_USAGE_INBOX: '/nonexistent/relais-inbox' })).toThrow(
      /RELAIS_USAGE_INBOX must be an existing directory/,
    );
    expect(() => loadConfig({ RELAIS_USAGE_INBOX: 'README.md' })).toThrow(/RELAIS_USAGE_INBOX/);
    expect(loadConfig({}).usageInbox).toBeUndefined();
    expect(loadConfig({ RELAIS_USAGE_INBOX: 'docs' }).usageInbox).toMatch(/\/docs$/);
  });

  it('has sensible embedded defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.runWorker).toBe(true);
  });
});
