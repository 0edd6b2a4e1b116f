import { createHash, randomBytes } from 'node:crypto';
import { UUID_RE } from '../db/db.ts';

/**
 * Session cookies and API tokens carry their tenant id in clear and a random secret; only the
 * secret's SHA-256 is stored. Knowing the tenant first lets the look-up itself run under
 * row-level security, like every other request.
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatSessionCookie(tenantId: string, secret: string): string {
  return `${tenantId}.${secret}`;
}

export function parseSessionCookie(value: string | undefined): { tenantId: string; secret: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const tenantId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (!UUID_RE.test(tenantId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { tenantId, secret };
}

export const TOKEN_PREFIX = 'relais_';

export function formatApiToken(tenantId: string, secret: string): string {
  return `${TOKEN_PREFIX}${tenantId.replace(/-/g, '')}_${secret}`;
}

export function parseApiToken(value: string): { tenantId: string; secret: string } | null {
  const m = /^relais_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return null;
  const h = m[1] as string;
  const tenantId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { tenantId, secret: m[2] as string };
}

/**
 * Set-password links (issue 8): `<tenant hex>.<secret>`, carried in the URL's fragment so that it
 * never reaches a server log. Only the secret's SHA-256 is stored, like sessions and API tokens.
 */
export function formatLinkToken(tenantId: string, secret: string): string {
  return `${tenantId.replace(/-/g, '')}.${secret}`;
}

export function parseLinkToken(value: string): { tenantId: string; secret: string } | null {
  const m = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return null;
  const h = m[1] as string;
  const tenantId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { tenantId, secret: m[2] as string };
}
