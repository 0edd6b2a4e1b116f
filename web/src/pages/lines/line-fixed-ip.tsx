import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogKey } from '../../api/catalog.ts';
import { api } from '../../api/client.ts';
import type { OkBody } from '../../api/contract.ts';
import type { Line } from '../../api/lines.ts';
import { useFormat } from '../../app/format.ts';
import { Card } from '../../kit/card.tsx';
import { DescriptionList, type DescriptionItem } from '../../kit/description-list.tsx';

/** GET /api/catalog/options/:id/fixed-ip-access (CAT-20). */
type FixedIpAccess = OkBody<'/api/catalog/options/{id}/fixed-ip-access', 'get'>;

/**
 * CAT-20, read-only: how a line with a fixed IP reaches the Internet. Partner-platform delivery
 * shows the login (international MSISDN @partner.otd/.btd, computed by the server); Orange
 * internet-only says the IPsec credentials appear in the contract's technical information within
 * 30 minutes of the line's delivery. Nothing is shown for a line without a fixed-IP option.
 */
export function LineFixedIp({ line }: { line: Line }) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = line.options.filter((o) => o.endedAt === null).map((o) => o.code);
  const fixedIp = useQuery({
    queryKey: [...catalogKey, 'fixed-ip-options', line.network],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/catalog/options', 'get'>>(
        '/api/catalog/options',
        { network: line.network, kind: 'fixed_ip' },
        signal,
      ),
    enabled: current.length > 0,
  });
  const code = fixedIp.data?.items.find((o) => current.includes(o.id))?.id ?? null;
  const access = useQuery({
    queryKey: [...catalogKey, 'fixed-ip-access', code, line.msisdn, line.activatedAt],
    queryFn: ({ signal }) =>
      api.get<FixedIpAccess>(
        `/api/catalog/options/${encodeURIComponent(code ?? '')}/fixed-ip-access`,
        {
          ...(line.msisdn ? { msisdn: line.msisdn } : {}),
          ...(line.activatedAt ? { deliveredAt: line.activatedAt } : {}),
        },
        signal,
      ),
    enabled: code !== null,
  });
  const a = access.data;
  if (!a) return null;
  const items: DescriptionItem[] = [
    { term: t('catalog.terms.fixedIpOption'), description: a.option, mono: true },
    { term: t('catalog.terms.delivery'), description: t(`catalog.terms.deliveries.${a.delivery}`) },
  ];
  if (a.partnerLogin)
    items.push({
      term: t('catalog.terms.login'),
      description: a.login ?? t('catalog.terms.loginUnavailable', { digits: a.partnerLogin.msisdnDigits }),
      mono: a.login !== null,
    });
  return (
    <Card title={t('catalog.terms.fixedIpTitle')}>
      <DescriptionList columns={2} items={items} />
      {a.partnerLogin ? <p className="muted">{t('catalog.terms.loginHint')}</p> : null}
      {a.ipsecTunnel && a.credentialsWithinMinutes !== null ? (
        <p>
          {t('catalog.terms.ipsec', { minutes: a.credentialsWithinMinutes })}
          {a.credentialsBy
            ? ` ${t('catalog.terms.credentialsBy', { date: format.dateTime(a.credentialsBy) })}.`
            : ''}
        </p>
      ) : null}
    </Card>
  );
}
