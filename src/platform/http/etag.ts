import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** The ETag of a versioned row is its version number; If-Match must name the version being replaced. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Updates require If-Match (428 without it), so a stale screen can never overwrite a newer change. */
export function expectedVersion(req: FastifyRequest): number {
  const raw = req.headers['if-match'];
  if (!raw) throw new AppError('precondition.required');
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(raw.trim());
  if (!m) throw new AppError('conflict.stale_version');
  return Number(m[1]);
}

/** The ETag header of a versioned object a route answers. */
export function versionTag(row: { version: number }): Record<string, string> {
  return { ETag: etagOf(row.version) };
}
