import { useReadable } from '../app/readable.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox, useRetryOutboxMessage, type OutboxFilters } from '../api/outbox.ts';
import { useSession } from '../api/session.ts';
import type { OutboxSummary } from '../api/types.ts';
import { useFormat } from '../app/format.ts';
import { canRetryMessages } from '../app/permissions.ts';
import { useListState } from '../app/use-list-state.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { DataTable, type Column } from '../kit/data-table.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { TabPanel, Tabs } from '../kit/tabs.tsx';
import { useToast } from '../kit/toast.tsx';
import { MessageView } from './outbox/message-view.tsx';

const VIEWS = ['pending', 'sent', 'failed', 'local', 'localSms'] as const;
type View = (typeof VIEWS)[number];

const VIEW_FILTERS: Record<View, OutboxFilters> = {
  pending: { status: 'pending' },
  sent: { status: 'sent' },
  failed: { status: 'failed' },
  // OUT-LOCAL: without SMTP_URL the worker delivers into the local mailbox: sent, transport local.
  local: { status: 'sent', transport: 'local' },
  // Without SMS_URL the SMS (issue 12: data alerts to the line's user) land in the local SMS box.
  localSms: { status: 'sent', transport: 'local_sms' },
};

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

export function OutboxPage() {
  const { t } = useTranslation();
  const readable = useReadable();
  const format = useFormat();
  const toast = useToast();
  const session = useSession();
  // The outbox comes newest first, in a fixed order: no sort parameter.
  const list = useListState({ defaultSort: null, filters: ['view'] as const });
  const view: View = isView(list.filters.view) ? list.filters.view : 'pending';
  const messages = useOutbox(list.params, VIEW_FILTERS[view]);
  const retry = useRetryOutboxMessage();
  const [retrying, setRetrying] = useState<string | null>(null);
  const canRetry = canRetryMessages(session);

  const rows = messages.data?.items;

  const retryMessage = (message: OutboxSummary) => {
    setRetrying(message.id);
    retry.mutate(message.id, {
      onSuccess: () => toast({ title: t('outbox.retried') }),
      onSettled: () => setRetrying(null),
    });
  };

  const channel = (message: OutboxSummary) =>
    message.channel === 'email' || message.channel === 'sms' || message.channel === 'webhook'
      ? t(`outbox.channels.${message.channel}`)
      : message.channel;
  const subject = (message: OutboxSummary) => message.subject ?? t('outbox.noSubject');

  const columns: Column<OutboxSummary>[] = [];
  if (view === 'sent' || view === 'local') {
    columns.push({
      id: 'sentAt',
      header: t('outbox.sentAt'),
      nowrap: true,
      cell: (message) => format.dateTime(message.sentAt),
    });
  } else {
    columns.push({
      id: 'createdAt',
      header: t('outbox.createdAt'),
      nowrap: true,
      cell: (message) => format.dateTime(message.createdAt),
    });
  }
  if (view !== 'local')
    columns.push({ id: 'channel', header: t('outbox.channel'), cell: channel, secondary: true });
  columns.push(
    {
      id: 'recipient',
      header: t('outbox.recipient'),
      cell: (message) => message.recipient,
    },
    {
      id: 'subject',
      header: t('outbox.subject'),
      cell: (message) => <span className="cell-clip">{subject(message)}</span>,
    },
  );
  if (view === 'local') {
    columns.push({
      id: 'template',
      header: t('outbox.template'),
      cell: (message) => readable.template(message.template),
      secondary: true,
    });
  }
  if (view === 'sent') {
    columns.push({
      id: 'transport',
      header: t('outbox.transport'),
      cell: (message) => (message.transport ? t(`outbox.transports.${message.transport}`) : t('common.none')),
      secondary: true,
    });
  }
  if (view === 'pending' || view === 'failed') {
    columns.push({
      id: 'attempts',
      header: t('outbox.attempts'),
      cell: (message) => message.attempts,
      align: 'end',
    });
  }
  if (view === 'pending') {
    columns.push({
      id: 'nextAttemptAt',
      header: t('outbox.nextAttemptAt'),
      nowrap: true,
      cell: (message) => (message.nextAttemptAt ? format.dateTime(message.nextAttemptAt) : t('common.none')),
    });
  }
  // A waiting message shows why its last attempt failed, as a failed one does.
  if (view === 'pending' || view === 'failed') {
    columns.push({
      id: 'lastError',
      header: t('outbox.lastError'),
      cell: (message) => <span className="cell-clip k-mono">{message.lastError ?? t('common.none')}</span>,
      secondary: true,
    });
  }
  if (view === 'failed' && canRetry) {
    columns.push({
      id: 'retry',
      header: <span className="k-visually-hidden">{t('common.actions')}</span>,
      align: 'end',
      cell: (message) => (
        <Button
          size="sm"
          icon="refresh"
          loading={retrying === message.id}
          disabled={retrying !== null && retrying !== message.id}
          onClick={() => retryMessage(message)}
        >
          {t('outbox.retry')}
        </Button>
      ),
    });
  }

  const emptyTitle: Record<View, string> = {
    pending: t('outbox.emptyPending'),
    sent: t('outbox.emptySent'),
    failed: t('outbox.emptyFailed'),
    local: t('outbox.emptyLocal'),
    localSms: t('outbox.emptyLocalSms'),
  };

  return (
    <div className="page">
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      <Tabs
        label={t('outbox.tabsLabel')}
        idPrefix="outbox"
        value={view}
        onChange={(next) => list.update({ view: next === 'pending' ? null : next })}
        items={VIEWS.map((id) => ({ id, label: t(`outbox.${id}`) }))}
      />
      <TabPanel idPrefix="outbox" selected={view}>
        {view === 'local' ? <Banner tone="info">{t('outbox.localIntro')}</Banner> : null}
        {view === 'localSms' ? <Banner tone="info">{t('outbox.localSmsIntro')}</Banner> : null}
        {retry.error ? <ErrorBanner error={retry.error} /> : null}
        <DataTable
          key={view}
          caption={t('outbox.caption')}
          columns={columns}
          rows={rows}
          rowKey={(message) => message.id}
          loading={messages.isPending}
          refreshing={messages.isPlaceholderData}
          error={messages.error}
          onRetry={() => void messages.refetch()}
          pagination={
            messages.data
              ? {
                  total: messages.data.total,
                  limit: list.params.limit,
                  offset: list.params.offset,
                  onOffsetChange: list.setOffset,
                  onLimitChange: list.setLimit,
                }
              : undefined
          }
          empty={{ title: emptyTitle[view] }}
          renderExpanded={(message) => <MessageView message={message} />}
          rowLabel={(message) => `${message.recipient} ${subject(message)}`}
        />
      </TabPanel>
    </div>
  );
}
