import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateEmbeddedKey } from './embedded-key.ts';
import { createSecretBox, parseSecretKey } from './secret-box.ts';

describe('loadOrCreateEmbeddedKey', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'relais-secret-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates the data directory and a 0600 key file once, then reuses it', async () => {
    const dataDir = path.join(root, 'nested', 'data');
    const key = await loadOrCreateEmbeddedKey(dataDir);
    expect(parseSecretKey(key)).toHaveLength(32);

    const file = path.join(dataDir, 'secret.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(key);

    const again = await loadOrCreateEmbeddedKey(dataDir);
    expect(again).toBe(key);
    const ciphertext = createSecretBox({ key }).encrypt('Wifi-1234!');
    expect(createSecretBox({ key: again }).decrypt(ciphertext)).toBe('Wifi-1234!');
  });

  it('gives every data directory its own key', async () => {
    const a = await loadOrCreateEmbeddedKey(path.join(root, 'a'));
    const b = await loadOrCreateEmbeddedKey(path.join(root, 'b'));
    expect(a).not.toBe(b);
  });

  it('agrees on one key when two starts race', async () => {
    const dataDir = path.join(root, 'race');
    const keys = await Promise.all(Array.from({ length: 5 }, () => loadOrCreateEmbeddedKey(dataDir)));
    expect(new Set(keys).size).toBe(1);
  });

  it('reads a key the operator put there, hex included', async () => {
    const hex = 'b2'.repeat(32);
    await writeFile(path.join(root, 'secret.key'), `${hex}\n`);
    expect(await loadOrCreateEmbeddedKey(root)).toBe(hex);
  });

  it('never overwrites a damaged key file', async () => {
    const file = path.join(root, 'secret.key');
    await writeFile(file, 'not a key');
    await expect(loadOrCreateEmbeddedKey(root)).rejects.toThrow(/never overwritten/);
    expect(await readFile(file, 'utf8')).toBe('not a key');
  });
});
