import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  useAccount,
  useAccountHistory,
  useRemoveAddress,
  useRemoveContact,
  useUpdateAccount,
  type AccountDetail,
} from '../api/accounts.ts';
import { useOutbox } from '../api/outbox.ts';
import { useSession } from '../api/session.ts';
import { useFormat } from '../app/format.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { ConfirmDialog } from '../kit/dialog.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { useToast } from '../kit/toast.tsx';
import { AddAddressDialog, AddContactDialog, EditAccountDialog } from './accounts/account-dialogs.tsx';
import { formatPhone } from './accounts/phone.ts';
import {
  AccountChargesCard,
  AccountLinesCard,
  AccountOrdersCard,
  AccountPendingActionsCard,
} from './lines/account-cards.tsx';
import { AccountIncidentsCard, DeclareIncidentLink } from './incidents/account-incidents-card.tsx';
import { AccountReferralCard } from './referral/account-referral-card.tsx';
import { AccountInternetCard } from './internet/internet-card.tsx';
import { useReadable } from '../app/readable.ts';
import { fr } from '../i18n/fr.ts';
import './accounts/accounts.css';

type Dialogs = 'edit' | 'contact' | 'address' | 'close' | null;
const RECENT = { limit: 10, offset: 0 };

/** "2026-12-01" (a date in the tenant's zone, computed by the server) → "01/12/2026". */
function calendarDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/**
 * The customer page: everything the account has (identity, Billing Day, contacts, addresses,
 * lines, orders, the actions scheduled on its lines, charges, e-mails, history).
 */
export function AccountDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const toast = useToast();
  const query = useAccount(id);
  const update = useUpdateAccount(id);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const { productFamilies } = useSession().tenant;
  const sells = (family: (typeof productFamilies)[number]) => productFamilies.includes(family);

  const back = (
    <Link to="/accounts" className="back-link">
      <Icon name="chevronLeft" size={16} />
      {t('accounts.backToList')}
    </Link>
  );

  if (!query.data) {
    return (
      <div className="page">
        <PageHeader title={t('accounts.title')} back={back} />
        {query.error ? (
          <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Card>
            <Skeleton width="40%" />
            <Skeleton width="60%" />
          </Card>
        )}
      </div>
    );
  }

  const { data: account, etag } = query.data;
  const setStatus = (status: 'active' | 'closed') =>
    update.mutate(
      { patch: { status }, etag },
      {
        onSuccess: () => {
          setDialog(null);
          toast({ title: status === 'closed' ? t('accounts.closedDone') : t('accounts.reopened') });
        },
      },
    );

  return (
    <div className="page">
      <PageHeader
        title={account.displayName}
        back={back}
        status={
          <StatusPill tone={account.status === 'active' ? 'success' : 'neutral'}>
            {t(`accounts.statuses.${account.status}`)}
          </StatusPill>
        }
        subtitle={
          <>
            {account.reference} · {t(`accounts.kinds.${account.kind}`)}
          </>
        }
        actions={
          <>
            <DeclareIncidentLink accountId={account.id} />
            <Button icon="settings" onClick={() => setDialog('edit')}>
              {t('accounts.edit')}
            </Button>
            {account.status === 'active' ? (
              <Button variant="danger" onClick={() => setDialog('close')}>
                {t('accounts.close')}
              </Button>
            ) : (
              <Button variant="primary" loading={update.isPending} onClick={() => setStatus('active')}>
                {t('accounts.reopen')}
              </Button>
            )}
          </>
        }
      />
      {update.error && dialog === null ? <ErrorBanner error={update.error} /> : null}
      <div className="page__columns">
        <IdentityCard account={account} />
        <Card title={t('accounts.billing')}>
          <DescriptionList
            columns={1}
            items={[
              {
                term: t('accounts.billingDay'),
                description: t('accounts.billingDayValue', { day: account.billingDay }),
              },
              { term: t('accounts.nextBillingDate'), description: calendarDate(account.nextBillingDate) },
            ]}
          />
        </Card>
      </div>
      <div className="page__columns">
        <ContactsCard account={account} onAdd={() => setDialog('contact')} />
        <AddressesCard account={account} onAdd={() => setDialog('address')} />
      </div>
      {/* Issue 11 §6: a family the reseller does not sell has no card (nor a way to order it). */}
      {sells('mobile') ? (
        <div className="page__columns">
          <AccountLinesCard accountId={account.id} />
          <AccountOrdersCard accountId={account.id} active={account.status === 'active'} />
        </div>
      ) : null}
      <div className="page__columns">
        <AccountPendingActionsCard accountId={account.id} />
        <AccountIncidentsCard accountId={account.id} />
      </div>
      <AccountReferralCard
        accountId={account.id}
        defaultAddress={account.addresses.find((a) => a.kind === 'billing')}
      />
      {sells('internet') ? (
        <AccountInternetCard accountId={account.id} active={account.status === 'active'} />
      ) : null}
      {/* The ledger has many columns (line, kind, item, period, amount): the page's full width. */}
      <AccountChargesCard accountId={account.id} />
      <div className="page__columns">
        <EmailsCard accountId={account.id} />
        <HistoryCard accountId={account.id} />
      </div>

      {dialog === 'edit' ? (
        <EditAccountDialog
          versioned={query.data}
          onClose={() => setDialog(null)}
          onReload={() => void query.refetch()}
        />
      ) : null}
      {dialog === 'contact' ? (
        <AddContactDialog accountId={account.id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'address' ? (
        <AddAddressDialog
          accountId={account.id}
          hasBilling={account.addresses.some((a) => a.kind === 'billing')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <ConfirmDialog
        open={dialog === 'close'}
        onClose={() => {
          update.reset();
          setDialog(null);
        }}
        onConfirm={() => setStatus('closed')}
        title={t('accounts.closeTitle', { name: account.displayName })}
        description={t('accounts.closeBody')}
        confirmLabel={t('accounts.close')}
        loading={update.isPending}
      >
        {update.error ? <ErrorBanner error={update.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

function IdentityCard({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country =
    account.country === 'FR' || account.country === 'IL'
      ? t(`accounts.countries.${account.country}`)
      : account.country;
  return (
    <Card title={t('accounts.identity')}>
      <DescriptionList
        columns={2}
        items={[
          { term: t('accounts.reference'), description: account.reference, mono: true },
          { term: t('accounts.kind'), description: <Badge>{t(`accounts.kinds.${account.kind}`)}</Badge> },
          ...(account.kind === 'business'
            ? [
                { term: t('accounts.companyName'), description: account.companyName },
                { term: t('accounts.companyType'), description: account.companyType },
                ...(account.nationalIdKind
                  ? []
                  : [
                      {
                        term: t('accounts.siret'),
                        description: account.siret ?? t('common.none'),
                        mono: true,
                      },
                    ]),
              ]
            : [
                { term: t('accounts.firstName'), description: account.firstName ?? t('common.none') },
                { term: t('accounts.lastName'), description: account.lastName },
              ]),
          // Issue 11 §6: an Israeli customer's ח.פ. or ת.ז.
          ...(account.nationalIdKind
            ? [
                {
                  term: t(`market.nationalId.${account.nationalIdKind}`),
                  description: account.nationalId,
                  mono: true,
                },
              ]
            : []),
          { term: t('accounts.email'), description: account.email },
          {
            term: t('accounts.phone'),
            description: account.phone ? formatPhone(account.phone) : t('common.none'),
          },
          { term: t('accounts.country'), description: country },
          { term: t('accounts.createdAt'), description: format.dateTime(account.createdAt) },
          ...(account.closedAt
            ? [{ term: t('accounts.closedAt'), description: format.dateTime(account.closedAt) }]
            : []),
        ]}
      />
    </Card>
  );
}

function ContactsCard({ account, onAdd }: { account: AccountDetail; onAdd: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useRemoveContact(account.id);
  return (
    <Card
      title={t('accounts.contacts')}
      actions={
        <Button size="sm" icon="plus" onClick={onAdd}>
          {t('accounts.addContact')}
        </Button>
      }
    >
      {remove.error ? <ErrorBanner error={remove.error} /> : null}
      {account.contacts.length === 0 ? (
        <p className="muted">{t('accounts.noContacts')}</p>
      ) : (
        <ul className="account-list">
          {account.contacts.map((c) => (
            <li key={c.id} className="account-list__item">
              <div>
                <strong>{c.name}</strong>
                {c.role ? <> · {c.role}</> : null}
                <div className="muted">
                  {[c.email, c.phone ? formatPhone(c.phone) : null, c.mobile ? formatPhone(c.mobile) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </div>
              <Button
                size="sm"
                variant="ghost"
                icon="close"
                aria-label={t('accounts.removeContact', { name: c.name })}
                loading={remove.isPending && remove.variables === c.id}
                onClick={() =>
                  remove.mutate(c.id, { onSuccess: () => toast({ title: t('accounts.contactRemoved') }) })
                }
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AddressesCard({ account, onAdd }: { account: AccountDetail; onAdd: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useRemoveAddress(account.id);
  return (
    <Card
      title={t('accounts.addresses')}
      actions={
        <Button size="sm" icon="plus" onClick={onAdd}>
          {t('accounts.addAddress')}
        </Button>
      }
    >
      {remove.error ? <ErrorBanner error={remove.error} /> : null}
      {account.addresses.length === 0 ? (
        <p className="muted">{t('accounts.noAddresses')}</p>
      ) : (
        <ul className="account-list">
          {account.addresses.map((a) => (
            <li key={a.id} className="account-list__item">
              <div>
                <Badge tone={a.kind === 'billing' ? 'info' : 'neutral'}>
                  {t(`accounts.addressKinds.${a.kind}`)}
                </Badge>{' '}
                {a.label ? <strong>{a.label}</strong> : null}
                <div>
                  {a.line1}
                  {a.line2 ? `, ${a.line2}` : ''} — {a.postalCode} {a.city}
                </div>
              </div>
              <Button
                size="sm"
                variant="ghost"
                icon="close"
                aria-label={t('accounts.removeAddress', { label: a.label ?? a.line1 })}
                loading={remove.isPending && remove.variables === a.id}
                onClick={() =>
                  remove.mutate(a.id, { onSuccess: () => toast({ title: t('accounts.addressRemoved') }) })
                }
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function EmailsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const emails = useOutbox(RECENT, { entityType: 'account', entityId: accountId });
  return (
    <Card title={t('accounts.emails')}>
      {emails.error ? <ErrorBanner error={emails.error} /> : null}
      {emails.data && emails.data.items.length === 0 ? (
        <p className="muted">{t('accounts.noEmails')}</p>
      ) : null}
      <ul className="account-list">
        {emails.data?.items.map((m) => (
          <li key={m.id} className="account-list__item">
            <div>
              <Link to="/outbox" className="table-link">
                {m.subject ?? t('outbox.noSubject')}
              </Link>
              <div className="muted">
                {m.recipient} · {format.dateTime(m.createdAt)} · {t(`outbox.statuses.${m.status}`)}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function HistoryCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const readable = useReadable();
  const history = useAccountHistory(accountId, { limit: 20, offset: 0 });
  // Every event on the customer (incidents, lines, orders too), named: never `incident.created`.
  const label = (action: string) => {
    const key = action.replace(/^account\./, '');
    return action.startsWith('account.') && key in fr.accounts.historyActions
      ? t(`accounts.historyActions.${key as keyof typeof fr.accounts.historyActions}`)
      : readable.event(action);
  };
  return (
    <Card title={t('accounts.history')}>
      {history.error ? <ErrorBanner error={history.error} /> : null}
      {history.data && history.data.items.length === 0 ? (
        <p className="muted">{t('accounts.noHistory')}</p>
      ) : null}
      <ul className="account-list">
        {history.data?.items.map((e) => (
          <li key={e.id} className="account-list__item">
            <div>
              <strong>{label(e.action)}</strong>
              <div className="muted">
                {format.dateTime(e.at)} · {readable.author(e.actorLabel)}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
