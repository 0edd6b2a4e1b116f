import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useOutbox } from '../api/outbox.ts';
import { usePendingActions } from '../api/pending-actions.ts';
import { useSession } from '../api/session.ts';
import { navigationFor, viewerOf } from '../app/navigation.ts';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { TextField } from '../kit/fields.tsx';
import { Form } from '../kit/form.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';

// Only the totals are wanted; these lists have a fixed order (no sort).
const ONE = { limit: 1, offset: 0 };

/** Welcome, the global search (wired by the customer and line modules), shortcuts by role. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { user, tenant } = session;
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const shortcuts = navigationFor(viewerOf(session)).filter((item) => item.path !== '/');
  const canSeeOutbox = shortcuts.some((item) => item.id === 'outbox');
  const canSeeActions = shortcuts.some((item) => item.id === 'actions');
  const canSearchAccounts = shortcuts.some((item) => item.id === 'accounts');
  const failed = useOutbox(ONE, { status: 'failed' }, { enabled: canSeeOutbox });
  const scheduled = usePendingActions(ONE, { status: 'scheduled' }, { enabled: canSeeActions });

  return (
    <div className="page">
      <PageHeader
        title={t('home.welcome', { name: user.displayName })}
        subtitle={t('home.intro', { tenant: tenant.legalName, role: t(`roles.${user.role}`) })}
      />
      {/* The customer search (name, SIRET, phone, e-mail, number); lines add MSISDN and ICCID there. */}
      {canSearchAccounts ? (
        <Form
          onSubmit={() => {
            if (query.trim()) void navigate(`/accounts?q=${encodeURIComponent(query.trim())}`);
          }}
          className="home-search"
        >
          <div role="search" className="home-search__row">
            <TextField
              label={t('home.searchLabel')}
              hideLabel
              type="search"
              placeholder={t('home.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className="home-search__field"
            />
            <Button type="submit" variant="primary" icon="search">
              {t('home.searchSubmit')}
            </Button>
          </div>
        </Form>
      ) : null}

      {(canSeeOutbox && failed.data && failed.data.total > 0) ||
      (canSeeActions && scheduled.data && scheduled.data.total > 0) ? (
        <Card title={t('home.watch')}>
          <ul className="home-watch">
            {canSeeOutbox && failed.data && failed.data.total > 0 ? (
              <li>
                <Link to="/outbox?view=failed">
                  <Icon name="alert" /> {t('home.failedMessages', { count: failed.data.total })}
                </Link>
              </li>
            ) : null}
            {canSeeActions && scheduled.data && scheduled.data.total > 0 ? (
              <li>
                <Link to="/actions">
                  <Icon name="clock" /> {t('home.scheduledActions', { count: scheduled.data.total })}
                </Link>
              </li>
            ) : null}
          </ul>
        </Card>
      ) : null}

      {shortcuts.length > 0 ? (
        <section aria-labelledby="home-shortcuts" className="home-shortcuts">
          <h2 id="home-shortcuts" className="section-title">
            {t('home.shortcuts')}
          </h2>
          <ul className="home-shortcuts__grid">
            {shortcuts.map((item) => (
              <li key={item.id}>
                <Link to={item.path} className="home-shortcut">
                  <Icon name={item.icon} size={22} />
                  <span className="home-shortcut__label">{t(item.labelKey)}</span>
                  <span className="home-shortcut__hint">{t(item.hintKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
