import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { OkBody } from '../../api/contract.ts';
import type { Line } from '../../api/lines.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DescriptionList, type DescriptionItem } from '../../kit/description-list.tsx';

/** GET /api/lines/:id/technical-info (SET-03, CAT-20, SET-05). */
type TechnicalInfo = OkBody<'/api/lines/{id}/technical-info', 'get'>;

/**
 * Issue 10 item 7: what the handset or the router needs: the network's APN (SET-03), the fixed IP
 * or partner-platform access (CAT-20: the Orange IPsec password is revealed on request, which the
 * server audits), and the network name the phone should show (SET-05).
 */
export function LineTechnicalInfo({ line }: { line: Line }) {
  const { t } = useTranslation();
  const info = useQuery({
    queryKey: ['lines', line.id, 'technical-info', line.iccid, line.state, line.options.length],
    queryFn: ({ signal }) =>
      api.get<TechnicalInfo>(`/api/lines/${encodeURIComponent(line.id)}/technical-info`, undefined, signal),
  });
  const reveal = useMutation({
    mutationFn: () =>
      api.post<OkBody<'/api/lines/{id}/secrets', 'post'>>(
        `/api/lines/${encodeURIComponent(line.id)}/secrets`,
      ),
  });
  const d = info.data;
  if (!d) return info.error ? <ErrorBanner error={info.error} /> : null;
  const none = t('mobile.technical.none');
  const apn: DescriptionItem[] = [
    { term: t('mobile.technical.profile'), description: d.apn.name },
    { term: t('mobile.technical.apn'), description: d.apn.apn, mono: true },
    {
      term: t('mobile.technical.username'),
      description: d.apn.username ?? none,
      mono: d.apn.username !== null,
    },
    {
      term: t('mobile.technical.password'),
      description: d.apn.password ?? none,
      mono: d.apn.password !== null,
    },
    { term: t('mobile.technical.authentication'), description: d.apn.authentication },
    { term: t('mobile.technical.mcc'), description: d.apn.mcc, mono: true },
    { term: t('mobile.technical.mnc'), description: d.apn.mnc, mono: true },
    { term: t('mobile.technical.mmsc'), description: d.apn.mmsc, mono: true },
  ];
  const ip = d.fixedIp;
  const fixed: DescriptionItem[] = ip
    ? [
        { term: t('mobile.technical.option'), description: ip.optionName },
        { term: t('mobile.technical.apn'), description: ip.apn, mono: true },
        { term: t('mobile.technical.authentication'), description: ip.authentication },
        ...(ip.ipsecTunnel || ip.delivery === 'partner_platform'
          ? [
              {
                term: t('mobile.technical.login'),
                description: ip.login ?? t('mobile.technical.loginUnavailable'),
                mono: ip.login !== null,
              },
            ]
          : [
              {
                term: t('mobile.technical.address'),
                description: ip.address ?? t('mobile.technical.addressPending'),
                mono: ip.address !== null,
              },
            ]),
      ]
    : [];
  return (
    <Card title={t('mobile.technical.title')}>
      <h3>{t('mobile.technical.apnTitle')}</h3>
      <DescriptionList columns={2} items={apn} />
      {ip ? (
        <section aria-label={t('mobile.technical.fixedIpTitle')}>
          <h3>{t('mobile.technical.fixedIpTitle')}</h3>
          <DescriptionList columns={2} items={fixed} />
          {ip.otherPlatformLogins.length > 0 ? (
            <p className="muted">
              {t('mobile.technical.otherPlatforms', { logins: ip.otherPlatformLogins.join(', ') })}
            </p>
          ) : null}
          {ip.passwordChosenByReseller ? (
            <p className="muted">{t('mobile.technical.passwordByReseller')}</p>
          ) : null}
          {ip.ipsecTunnel && !ip.hasPassword ? (
            <p className="muted">{t('mobile.technical.passwordPending', { minutes: 30 })}</p>
          ) : null}
          {ip.hasPassword ? (
            reveal.data ? (
              <DescriptionList
                columns={1}
                items={[
                  {
                    term: t('mobile.technical.secretPassword'),
                    description: reveal.data.fixedIpPassword ?? '—',
                    mono: true,
                  },
                ]}
              />
            ) : (
              <>
                <p className="muted">{t('mobile.technical.revealHint')}</p>
                <Button icon="lock" loading={reveal.isPending} onClick={() => reveal.mutate()}>
                  {t('mobile.technical.revealPassword')}
                </Button>
              </>
            )
          ) : null}
          {reveal.error ? <ErrorBanner error={reveal.error} /> : null}
        </section>
      ) : null}
      <h3>{t('mobile.technical.networkNameTitle')}</h3>
      <DescriptionList
        columns={1}
        items={[
          {
            term: t('mobile.technical.networkName'),
            description: d.networkName.custom
              ? `« ${d.networkName.name} » (${t('mobile.technical.customName')})`
              : `« ${d.networkName.name} »`,
          },
        ]}
      />
      {d.networkName.atPowerOn ? (
        <p className="muted">{t('mobile.technical.atPowerOn', { name: d.networkName.atPowerOn })}</p>
      ) : null}
    </Card>
  );
}
