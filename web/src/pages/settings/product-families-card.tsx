import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateTenant } from '../../api/tenant.ts';
import type { Tenant } from '../../api/types.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Checkbox } from '../../kit/fields.tsx';
import { Form, FormActions } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';

type Family = Tenant['productFamilies'][number];
const FAMILIES: readonly Family[] = ['mobile', 'internet'];

/**
 * Issue 11 §6: the product families the tenant sells. An admin changes them (the server refuses
 * none); others read them. The navigation and the forms follow at once (the session is updated).
 */
export function ProductFamiliesCard({
  tenant,
  etag,
  editable,
  onSaved,
}: {
  tenant: Tenant;
  etag: string | null;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateTenant();
  const [chosen, setChosen] = useState<Family[]>(tenant.productFamilies);
  const toggle = (f: Family, on: boolean) =>
    setChosen((now) => FAMILIES.filter((x) => (x === f ? on : now.includes(x))));
  const submit = () =>
    update.mutate(
      { patch: { productFamilies: chosen }, etag },
      {
        onSuccess: () => {
          toast({ title: t('market.families.saved') });
          onSaved();
        },
      },
    );
  return (
    <Card title={t('market.families.title')}>
      <Form onSubmit={submit} aria-label={t('market.families.title')}>
        {update.error ? <ErrorBanner error={update.error} /> : null}
        <p className="muted">{t('market.families.hint')}</p>
        {FAMILIES.map((f) => (
          <Checkbox
            key={f}
            label={t(`market.families.${f}`)}
            checked={chosen.includes(f)}
            disabled={!editable}
            onChange={(e) => toggle(f, e.target.checked)}
          />
        ))}
        {editable ? (
          <FormActions>
            <Button type="submit" variant="primary" loading={update.isPending}>
              {t('market.families.save')}
            </Button>
          </FormActions>
        ) : null}
      </Form>
    </Card>
  );
}
