import { useReadable } from '../../app/readable.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutboxMessage } from '../../api/outbox.ts';
import type { OutboxSummary } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { DescriptionList, type DescriptionItem } from '../../kit/description-list.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { TabPanel, Tabs } from '../../kit/tabs.tsx';

type BodyFormat = 'html' | 'text';

/**
 * One message as its recipient got it. The HTML body is shown in a sandboxed frame with no script,
 * no form and no same-origin access: a message is data, never code running in the back office.
 */
export function MessageView({ message: summary }: { message: OutboxSummary }) {
  const { t } = useTranslation();
  const readable = useReadable();
  const format = useFormat();
  const query = useOutboxMessage(summary.id);
  // Until the message itself arrives, the list's summary (which has no body) is shown.
  const full = query.data;
  const message = full ?? summary;
  const [chosenFormat, setBodyFormat] = useState<BodyFormat | null>(null);
  const bodyFormat: BodyFormat = chosenFormat ?? (full?.bodyHtml ? 'html' : 'text');

  const items: DescriptionItem[] = [
    { term: t('outbox.recipient'), description: message.recipient },
    { term: t('outbox.subject'), description: message.subject ?? t('outbox.noSubject') },
    { term: t('outbox.template'), description: readable.template(message.template) },
    {
      term: t('outbox.transport'),
      description: message.transport ? t(`outbox.transports.${message.transport}`) : t('common.none'),
    },
    { term: t('outbox.createdAt'), description: format.dateTime(message.createdAt) },
    {
      term: t('outbox.sentAt'),
      description: message.sentAt ? format.dateTime(message.sentAt) : t('common.none'),
    },
    { term: t('outbox.attempts'), description: String(message.attempts) },
  ];
  if (message.status === 'pending' && message.nextAttemptAt) {
    items.push({ term: t('outbox.nextAttemptAt'), description: format.dateTime(message.nextAttemptAt) });
  }
  if (message.lastError)
    items.push({ term: t('outbox.lastError'), description: message.lastError, mono: true });

  const prefix = `message-${message.id}`;
  return (
    <div className="message-view">
      {query.error ? <ErrorBanner error={query.error} onRetry={() => void query.refetch()} /> : null}
      <DescriptionList items={items} columns={3} />
      {!full ? (
        // A failed read says so above; the body stays unknown.
        query.error ? null : (
          <div aria-busy="true">
            <Skeleton width="70%" />
            <Skeleton width="55%" />
            <Skeleton width="62%" />
          </div>
        )
      ) : full.bodyWithheld ? (
        <Banner tone="info">
          {full.bodyWithheld === 'admins_only'
            ? t('security.outboxAccess.withheldAdmins')
            : t('security.outboxAccess.purged')}
        </Banner>
      ) : !full.bodyHtml && !full.bodyText ? (
        <p className="cell-muted">{t('outbox.noBody')}</p>
      ) : (
        <>
          {full.bodyHtml && full.bodyText ? (
            <Tabs
              label={t('outbox.bodyFormat')}
              idPrefix={prefix}
              value={bodyFormat}
              onChange={setBodyFormat}
              items={[
                { id: 'html', label: t('outbox.bodyHtml') },
                { id: 'text', label: t('outbox.bodyText') },
              ]}
            />
          ) : null}
          <TabPanel idPrefix={prefix} selected={bodyFormat}>
            {bodyFormat === 'html' && full.bodyHtml ? (
              <iframe
                className="message-view__html"
                title={t('outbox.htmlFrameTitle')}
                sandbox=""
                referrerPolicy="no-referrer"
                srcDoc={full.bodyHtml}
              />
            ) : (
              <pre className="message-view__text">{full.bodyText}</pre>
            )}
          </TabPanel>
        </>
      )}
    </div>
  );
}
