import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useIncidents } from '../../api/incidents.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { LinkButton } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import './incidents.css';

/** CS-01: the customer's incidents on the customer page, with the way to declare a new one. */
export function AccountIncidentsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const incidents = useIncidents({ limit: 50, offset: 0 }, { accountId });
  return (
    <Card title={t('support.accountIncidents')}>
      {(incidents.data?.items.length ?? 0) === 0 ? (
        <p className="muted">{t('support.noIncidents')}</p>
      ) : (
        <ul className="plain-list">
          {incidents.data?.items.map((i) => (
            <li key={i.id}>
              <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.reference}</Link> · {i.title} ·{' '}
              {format.dateTime(i.openedAt)}{' '}
              <StatusPill tone="info">{t(`support.states.${i.state}`)}</StatusPill>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "Déclarer un incident" from the customer page: the incidents page opens its dialog for this customer. */
export function DeclareIncidentLink({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <LinkButton
      icon="alert"
      to={`/incidents?declare=${encodeURIComponent(accountId)}`}
      state={{ returnTo: location.pathname }}
    >
      {t('support.declare')}
    </LinkButton>
  );
}
