import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

// @node-rs/argon2 defaults to Argon2id (memory 19 MiB, 2 passes), OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular: verified against when the login is unknown, so timing tells nothing. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hash('relais-dummy-password-for-timing');
  return dummy;
}

/** The password rule, shared by the API and the UI's hint text. */
export function isAcceptablePassword(password: string, identifiers: string[]): boolean {
  if (password.length < 12 || password.length > 256) return false;
  const lower = password.toLowerCase();
  return !identifiers.some((id) => id && lower === id.toLowerCase());
}

/** Generated passwords avoid look-alike characters so they can be read out over the phone. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function generatePassword(length = 16): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
