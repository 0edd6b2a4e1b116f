import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '../../api/contract.ts';
import { apiRequest, getVersioned } from '../../api/client.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DescriptionList } from '../../kit/description-list.tsx';
import { TextField } from '../../kit/fields.tsx';
import { Form, FormActions, FormGrid } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';

type Contacts = Schema<'InternetOperatorContacts'>;
const FIELDS = ['hotContactName', 'hotContactPhone', 'partnerGroupName', 'partnerTechnicalEmail'] as const;

/**
 * Seed 000: whom the agents call at HOT (a chased technician) and write to at Partner (the technical
 * e-mail, the technical group). The seed's values until an admin edits them (If-Match).
 */
export function OperatorContactsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['internet', 'operator-contacts'],
    queryFn: ({ signal }) => getVersioned<Contacts>('/api/internet/operator-contacts', signal),
  });
  if (!query.data) return query.error ? <ErrorBanner error={query.error} /> : null;
  const c = query.data.data;
  if (!editable)
    return (
      <Card title={t('internetCare.contacts.title')}>
        <DescriptionList
          items={FIELDS.map((f) => ({ term: t(`internetCare.contacts.${f}`), description: c[f] ?? '—' }))}
        />
      </Card>
    );
  return <ContactsForm key={query.data.etag} contacts={c} etag={query.data.etag} />;
}

function ContactsForm({ contacts, etag }: { contacts: Contacts; etag: string | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    hotContactName: contacts.hotContactName,
    hotContactPhone: contacts.hotContactPhone ?? '',
    partnerGroupName: contacts.partnerGroupName,
    partnerTechnicalEmail: contacts.partnerTechnicalEmail ?? '',
  });
  const save = useMutation({
    mutationFn: async () =>
      (
        await apiRequest<Contacts>('/api/internet/operator-contacts', {
          method: 'PUT',
          ifMatch: etag,
          body: {
            hotContactName: values.hotContactName,
            hotContactPhone: values.hotContactPhone.trim() || null,
            partnerGroupName: values.partnerGroupName,
            partnerTechnicalEmail: values.partnerTechnicalEmail.trim() || null,
          },
        })
      ).data,
    onSuccess: async () => {
      toast({ title: t('internet.actions.done') });
      await queryClient.invalidateQueries({ queryKey: ['internet', 'operator-contacts'] });
    },
  });
  return (
    <Card title={t('internetCare.contacts.title')}>
      <Form onSubmit={() => save.mutate()} aria-label={t('internetCare.contacts.title')}>
        {save.error ? <ErrorBanner error={save.error} /> : null}
        <FormGrid>
          {FIELDS.map((f) => (
            <TextField
              key={f}
              label={t(`internetCare.contacts.${f}`)}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            />
          ))}
        </FormGrid>
        <FormActions>
          <Button type="submit" variant="primary" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
