import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useLineRecharges, useOrderRecharge } from '../../api/usage-recharge.ts';
import { Banner } from '../../kit/banner.tsx';
import { Select } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { useToast } from '../../kit/toast.tsx';
import './usage-views.css';

/**
 * USE-06 (Reading 14): the agent picks one of the recharges the line's plan takes and orders it.
 * A recharge within 30 minutes of another is answered 409 `usage.recharge_recent`: the dialog shows
 * the server's message and « Confirmer une seconde recharge », which sends it again confirmed.
 */
export function RechargeDialog({ lineId, onClose }: { lineId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const recharges = useLineRecharges(lineId);
  const order = useOrderRecharge(lineId);
  const [option, setOption] = useState('');
  const options = recharges.data?.options ?? [];
  const chosen = option || options[0]?.code || '';
  const recent = isApiError(order.error) && order.error.code === 'usage.recharge_recent' ? order.error : null;
  const submit = () => {
    if (!chosen) return;
    order.mutate(
      { option: chosen, ...(recent ? { confirmDuplicate: true } : {}) },
      {
        onSuccess: () => {
          toast({ tone: 'success', title: t('usageViews.recharge.ordered') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      id={`recharge-${lineId}`}
      title={t('usageViews.recharge.title')}
      submitLabel={recent ? t('usageViews.recharge.confirmSecond') : t('usageViews.recharge.submit')}
      pending={order.isPending}
      error={recent ? null : (order.error ?? recharges.error)}
      onClose={onClose}
      onSubmit={submit}
    >
      {recharges.isLoading ? (
        <Skeleton width="60%" />
      ) : options.length === 0 ? (
        <p className="muted">{t('usageViews.recharge.none')}</p>
      ) : (
        <Select
          label={t('usageViews.recharge.option')}
          value={chosen}
          onChange={(e) => {
            setOption(e.target.value);
            order.reset();
          }}
          options={options.map((o) => ({
            value: o.code,
            label:
              o.amount === null
                ? t('usageViews.recharge.priceToBeSet', { name: o.name })
                : t('usageViews.recharge.price', { name: o.name, amount: o.amount }),
          }))}
        />
      )}
      <p className="muted">{t('usageViews.recharge.delayNote')}</p>
      {recent ? (
        <Banner tone="warning" title={recent.title}>
          {recent.detail}
        </Banner>
      ) : null}
    </FormDialog>
  );
}
