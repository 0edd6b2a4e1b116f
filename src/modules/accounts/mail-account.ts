import type { Tx } from '../../platform/db/db.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { enqueueModuleEmail, type ModuleTemplate } from '../../platform/notify/index.ts';
import * as store from './store.ts';

/** The account's name and e-mail address, for the customer's e-mails. */
export function accountContact(
  tx: Tx,
  accountId: string,
): Promise<{ display_name: string; email: string } | undefined> {
  return store.accountContact(tx, accountId);
}

/**
 * A module e-mail to the account's customer: to its address, its name as the template's
 * `customerName`, in the caller's transaction (the outbox); none when no such account is found.
 */
export async function mailAccount<D extends { customerName: string }>(
  tx: Tx,
  accountId: string,
  template: ModuleTemplate<D>,
  m: { locale: Locale; entityType: string; entityId: string; now: Date; data: Omit<D, 'customerName'> },
): Promise<void> {
  const account = await store.accountContact(tx, accountId);
  if (!account) return;
  await enqueueModuleEmail(tx, template, {
    to: account.email,
    locale: m.locale,
    data: { customerName: account.display_name, ...m.data } as D,
    entityType: m.entityType,
    entityId: m.entityId,
    now: m.now,
  });
}
