import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OkBody } from '../../api/contract.ts';
import { api, apiRequest } from '../../api/client.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Select } from '../../kit/fields.tsx';
import { Form, FormActions } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';

type Settings = OkBody<'/api/referral/settings', 'get'>;
const KEY = ['referral', 'settings'] as const;

/**
 * REF-04 (issue 13): what a missed visit window does in this tenant: offer the reassignment to an
 * agent (« Réattribuer » on the customer page, the default) or perform it at once. Admins only.
 */
export function MissedVisitSettingCard() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<Settings>('/api/referral/settings', undefined, signal),
  });
  if (!query.data) return query.error ? <ErrorBanner error={query.error} /> : null;
  return (
    <SettingForm
      key={query.data.missedVisit}
      initial={query.data.missedVisit}
      title={t('referral.settings.title')}
    />
  );
}

function SettingForm({ initial, title }: { initial: Settings['missedVisit']; title: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [value, setValue] = useState(initial);
  const save = useMutation({
    mutationFn: async () =>
      (await apiRequest<Settings>('/api/referral/settings', { method: 'PUT', body: { missedVisit: value } }))
        .data,
    onSuccess: async () => {
      toast({ tone: 'success', title: t('referral.settings.saved') });
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Card title={title}>
      <Form onSubmit={() => save.mutate()} aria-label={title}>
        {save.error ? <ErrorBanner error={save.error} /> : null}
        <Select
          label={t('referral.settings.missedVisit')}
          hint={t('referral.settings.missedVisitHint')}
          value={value}
          onChange={(e) => setValue(e.target.value as Settings['missedVisit'])}
          options={[
            { value: 'offer', label: t('referral.settings.offer') },
            { value: 'perform', label: t('referral.settings.perform') },
          ]}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={value === initial}>
            {t('referral.settings.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
