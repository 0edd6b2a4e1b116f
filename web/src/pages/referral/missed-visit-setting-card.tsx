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
 * REF-04 (issue 13 §5): what a missed visit window and a missed 48 h contact do in this tenant:
 * offer the reassignment to an agent (« Réattribuer » on the customer page, the default) or perform
 * it at once. Admins only.
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
      key={`${query.data.missedVisit}-${query.data.missedContact}`}
      initial={query.data}
      title={t('referral.settings.title')}
    />
  );
}

type Policy = Settings['missedVisit'];

function SettingForm({ initial, title }: { initial: Settings; title: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [value, setValue] = useState(initial);
  const save = useMutation({
    mutationFn: async () =>
      (await apiRequest<Settings>('/api/referral/settings', { method: 'PUT', body: value })).data,
    onSuccess: async () => {
      toast({ tone: 'success', title: t('referral.settings.saved') });
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const options = [
    { value: 'offer', label: t('referral.settings.offer') },
    { value: 'perform', label: t('referral.settings.perform') },
  ];
  const unchanged =
    value.missedVisit === initial.missedVisit && value.missedContact === initial.missedContact;
  return (
    <Card title={title}>
      <Form onSubmit={() => save.mutate()} aria-label={title}>
        {save.error ? <ErrorBanner error={save.error} /> : null}
        <Select
          label={t('referral.settings.missedContact')}
          value={value.missedContact}
          onChange={(e) => setValue({ ...value, missedContact: e.target.value as Policy })}
          options={options}
        />
        <Select
          label={t('referral.settings.missedVisit')}
          hint={t('referral.settings.missedVisitHint')}
          value={value.missedVisit}
          onChange={(e) => setValue({ ...value, missedVisit: e.target.value as Policy })}
          options={options}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={unchanged}>
            {t('referral.settings.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
