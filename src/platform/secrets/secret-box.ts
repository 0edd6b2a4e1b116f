import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (ACC-04: Wi-Fi passwords; also operator and platform credentials) encrypted with
 * AES-256-GCM. Ciphertexts describe themselves so that a key rotation needs no migration first:
 *
 *   v1.<keyId>.<iv>.<tag>.<data>
 *
 * keyId is the first 8 hex digits of SHA-256 of the raw key (the same for its hex and base64
 * spellings); iv (12 random bytes, fresh each time), tag (16 bytes) and data are base64url. The
 * "v1.<keyId>" header is authenticated as additional data, so it cannot be swapped either.
 * Errors name the key id at most: never the key, the plaintext or the ciphertext.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  /** Fingerprint of the current key, as it appears in new ciphertexts. */
  readonly keyId: string;
  encrypt(plain: string): string;
  decrypt(ciphertext: string): string;
  /** Whether the ciphertext was made with another key than the current one. */
  needsRotation(ciphertext: string): boolean;
  /** The ciphertext re-encrypted with the current key; unchanged when it already uses it. */
  rotate(ciphertext: string): string;
}

/**
 * The 32 raw bytes of a key given as 64 hex digits or as base64 / base64url (RELAIS_SECRET_KEY,
 * RELAIS_PREVIOUS_SECRET_KEYS). Throws without echoing the value.
 */
export function parseSecretKey(key: string): Buffer {
  const text = key.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) return bytes;
  }
  throw new Error('Secret key must be 32 bytes written as 64 hex digits or in base64');
}

/** The short public fingerprint of a key: first 8 hex digits of SHA-256 of its raw bytes. */
export function secretKeyId(key: string): string {
  return createHash('sha256').update(parseSecretKey(key)).digest('hex').slice(0, 8);
}

interface Parsed {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly data: Buffer;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

function parse(ciphertext: string): Parsed {
  const parts = ciphertext.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new Error('Secret cannot be decrypted: unknown format');
  }
  const [, keyId = '', iv = '', tag = '', data = ''] = parts;
  if (!/^[0-9a-f]{8}$/.test(keyId) || ![iv, tag, data].every((p) => B64URL.test(p))) {
    throw new Error('Secret cannot be decrypted: unknown format');
  }
  const parsed = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    data: Buffer.from(data, 'base64url'),
  };
  if (parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES) {
    throw new Error('Secret cannot be decrypted: unknown format');
  }
  return parsed;
}

function header(keyId: string): Buffer {
  return Buffer.from(`${VERSION}.${keyId}`, 'utf8');
}

/**
 * A box that encrypts with `key` and decrypts with `key` or any of `previousKeys` (during a
 * rotation: deploy the new key with the old one as previous, `rotate` every stored secret, then
 * drop the old key).
 */
export function createSecretBox({
  key,
  previousKeys = [],
}: {
  key: string;
  previousKeys?: string[];
}): SecretBox {
  const current = parseSecretKey(key);
  const currentId = secretKeyId(key);
  const keys = new Map<string, Buffer>();
  for (const k of previousKeys) keys.set(secretKeyId(k), parseSecretKey(k));
  keys.set(currentId, current);

  const encrypt = (plain: string): string => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(header(currentId));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      VERSION,
      currentId,
      iv.toString('base64url'),
      tag.toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  };

  const decrypt = (ciphertext: string): string => {
    const { keyId, iv, tag, data } = parse(ciphertext);
    const k = keys.get(keyId);
    if (!k) throw new Error(`Secret cannot be decrypted: unknown key id ${keyId}`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(header(keyId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    } catch {
      // node:crypto's own message says nothing secret, but ours is the one callers can rely on.
      throw new Error(`Secret cannot be decrypted: altered data or wrong key (key id ${keyId})`);
    }
  };

  const needsRotation = (ciphertext: string): boolean => parse(ciphertext).keyId !== currentId;

  return {
    keyId: currentId,
    encrypt,
    decrypt,
    needsRotation,
    rotate: (ciphertext) => (needsRotation(ciphertext) ? encrypt(decrypt(ciphertext)) : ciphertext),
  };
}
