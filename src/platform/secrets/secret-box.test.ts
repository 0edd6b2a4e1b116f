import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, parseSecretKey, secretKeyId } from './secret-box.ts';

const KEY_HEX = 'a1'.repeat(32);
const KEY_B64 = Buffer.from(KEY_HEX, 'hex').toString('base64');
const OTHER_KEY = randomBytes(32).toString('base64');
const FORMAT = /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

/** The message of the error `fn` throws; fails the test when it does not throw. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

/** Replaces one character of a ciphertext part with another base64url character. */
function tamper(ciphertext: string, part: number): string {
  const parts = ciphertext.split('.');
  const p = parts[part] ?? '';
  parts[part] = (p[0] === 'A' ? 'B' : 'A') + p.slice(1);
  return parts.join('.');
}

describe('secret keys', () => {
  it.each([
    { form: '64 hex digits', key: KEY_HEX },
    { form: 'upper-case hex', key: KEY_HEX.toUpperCase() },
    { form: 'base64', key: KEY_B64 },
    { form: 'base64url without padding', key: Buffer.from(KEY_HEX, 'hex').toString('base64url') },
    { form: 'base64 with a trailing newline', key: `${KEY_B64}\n` },
  ])('accepts a 32-byte key as $form, with the same key id', ({ key }) => {
    expect(parseSecretKey(key)).toEqual(Buffer.from(KEY_HEX, 'hex'));
    expect(secretKeyId(key)).toBe(
      createHash('sha256').update(Buffer.from(KEY_HEX, 'hex')).digest('hex').slice(0, 8),
    );
  });

  it.each([
    { form: '31 bytes', key: randomBytes(31).toString('base64') },
    { form: '33 bytes', key: randomBytes(33).toString('base64') },
    { form: '63 hex digits', key: 'a'.repeat(63) },
    { form: 'a passphrase', key: 'correct horse battery staple' },
    { form: 'empty', key: '' },
  ])('refuses a key of $form without echoing it', ({ key }) => {
    const message = messageOf(() => parseSecretKey(key));
    expect(message).toMatch(/32 bytes/);
    if (key) expect(message).not.toContain(key);
  });
});

describe('createSecretBox', () => {
  const box = createSecretBox({ key: KEY_B64 });

  it.each(['Wifi-1234!', '', 'מילה סודית', 'mot de passe accentué 🔑', 'x'.repeat(10_000)])(
    'ACC-04 round-trips %j',
    (plain) => {
      const ciphertext = box.encrypt(plain);
      expect(ciphertext).toMatch(FORMAT);
      expect(ciphertext.split('.')[1]).toBe(box.keyId);
      if (plain) expect(ciphertext).not.toContain(plain);
      expect(box.decrypt(ciphertext)).toBe(plain);
    },
  );

  it('ACC-04 uses a fresh IV each time', () => {
    const ivs = new Set(Array.from({ length: 50 }, () => box.encrypt('same').split('.')[2]));
    expect(ivs.size).toBe(50);
  });

  it('decrypts with the same key written another way', () => {
    expect(createSecretBox({ key: KEY_HEX }).decrypt(box.encrypt('hello'))).toBe('hello');
  });

  it('ACC-04 refuses a ciphertext of another key, naming only its key id', () => {
    const other = createSecretBox({ key: OTHER_KEY });
    const ciphertext = other.encrypt('Wifi-1234!');
    expect(() => box.decrypt(ciphertext)).toThrow(`unknown key id ${other.keyId}`);
  });

  it.each([
    { part: 1, what: 'the key id' },
    { part: 2, what: 'the IV' },
    { part: 3, what: 'the tag' },
    { part: 4, what: 'the data' },
  ])('ACC-04 refuses a ciphertext whose $what was altered, without leaking', ({ part }) => {
    const plain = 'Wifi-1234!';
    const ciphertext = tamper(box.encrypt(plain), part);
    const message = messageOf(() => box.decrypt(ciphertext));
    expect(message).toMatch(/Secret cannot be decrypted/);
    for (const leak of [plain, KEY_B64, KEY_HEX, ciphertext]) expect(message).not.toContain(leak);
  });

  it('refuses a ciphertext whose data was cut short', () => {
    const parts = box.encrypt('Wifi-1234!').split('.');
    parts[4] = (parts[4] ?? '').slice(0, -2);
    expect(() => box.decrypt(parts.join('.'))).toThrow(/altered data or wrong key/);
  });

  it.each([
    '',
    'Wifi-1234!',
    'v2.abcdef12.a.b.c',
    'v1.abcdef12.a.b',
    'v1.ABCDEF12.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.',
  ])('refuses the malformed ciphertext %j', (ciphertext) => {
    expect(() => box.decrypt(ciphertext)).toThrow(/unknown format/);
    expect(() => box.needsRotation(ciphertext)).toThrow(/unknown format/);
  });
});

describe('key rotation', () => {
  const oldBox = createSecretBox({ key: OTHER_KEY });
  const newBox = createSecretBox({ key: KEY_B64, previousKeys: [OTHER_KEY] });

  it('ACC-04 decrypts old ciphertexts with a previous key and re-encrypts them with the current key', () => {
    const old = oldBox.encrypt('Wifi-1234!');
    expect(newBox.needsRotation(old)).toBe(true);
    expect(newBox.decrypt(old)).toBe('Wifi-1234!');

    const rotated = newBox.rotate(old);
    expect(rotated.split('.')[1]).toBe(newBox.keyId);
    expect(newBox.needsRotation(rotated)).toBe(false);
    expect(newBox.decrypt(rotated)).toBe('Wifi-1234!');
    expect(newBox.rotate(rotated)).toBe(rotated);
    // Once the old key is dropped, only rotated ciphertexts remain readable.
    const afterRotation = createSecretBox({ key: KEY_B64 });
    expect(afterRotation.decrypt(rotated)).toBe('Wifi-1234!');
    expect(() => afterRotation.decrypt(old)).toThrow(/unknown key id/);
  });

  it('rotating a ciphertext of an unknown key throws rather than losing it', () => {
    const stranger = createSecretBox({ key: randomBytes(32).toString('hex') }).encrypt('x');
    expect(newBox.needsRotation(stranger)).toBe(true);
    expect(() => newBox.rotate(stranger)).toThrow(/unknown key id/);
  });
});
