import type { Client } from './app.ts';

/** The token of a set-password link inside a message body (`…/set-password#<token>`). */
export const LINK_TOKEN_RE = /set-password#([0-9a-f]{32}\.[A-Za-z0-9_-]{43})/;

/**
 * The newest set-password link token e-mailed to a user, read as an admin through the outbox (the
 * only role that may read those bodies).
 */
export async function linkTokenFor(admin: Client, userId: string): Promise<string> {
  const list = await admin.get(`/api/outbox?entityType=user&entityId=${userId}&limit=1`);
  const id = list.body.items?.[0]?.id;
  if (typeof id !== 'string') throw new Error(`no message about user ${userId}`);
  const message = await admin.get(`/api/outbox/${id}`);
  const m = LINK_TOKEN_RE.exec(String(message.body.bodyText));
  if (!m?.[1]) throw new Error(`message ${id} holds no set-password link`);
  return m[1];
}
