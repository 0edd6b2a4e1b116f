import { useTranslation } from 'react-i18next';
import { useSetPrice, type PriceComponent } from '../../api/catalog.ts';
import { useFormat } from '../../app/format.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { todayInZone } from '../../kit/zoned-time.ts';
import { TextField } from '../../kit/fields.tsx';
import { useToast } from '../../kit/toast.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';

interface PriceValues {
  amount: string;
  effectiveDate: string;
}

const FORM_ID = 'set-price-form';
const AMOUNT = /^[0-9]{1,7}([.,][0-9]{1,2})?$/;

/**
 * An admin sets a price as a new version from a date: the catalog's price (or "à définir") stays in
 * effect until then, and the page says so.
 */
export function SetPriceDialog({
  target,
  onClose,
}: {
  target: { itemType: 'offer' | 'option'; itemId: string; name: string; component: PriceComponent };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const setPrice = useSetPrice();
  const today = todayInZone(format.timeZone);
  const form = useFormState<PriceValues>({ amount: '', effectiveDate: today });

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof PriceValues, string>> = {};
    if (!AMOUNT.test(values.amount.trim())) errors.amount = t('catalog.amountInvalid');
    if (!values.effectiveDate) errors.effectiveDate = t('errors.required');
    else if (values.effectiveDate < today) errors.effectiveDate = t('catalog.dateInPast');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setPrice.mutate(
      {
        itemType: target.itemType,
        itemId: target.itemId,
        component: target.component,
        amount: values.amount.trim(),
        effectiveDate: values.effectiveDate,
      },
      {
        onSuccess: (version) => {
          toast({ title: t('catalog.priceSaved', { date: format.date(version.effectiveFrom) }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors<PriceValues>(error)),
      },
    );
  };

  return (
    <FormDialog
      id={FORM_ID}
      title={t('catalog.setPriceTitle', { name: target.name })}
      formLabel={t('catalog.setPrice')}
      submitLabel={t('catalog.savePrice')}
      pending={setPrice.isPending}
      error={setPrice.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <p>{t(`catalog.components.${target.component}`)}</p>
      <TextField
        label={t('catalog.amount')}
        hint={t('catalog.amountHint')}
        inputMode="decimal"
        autoComplete="off"
        {...form.field('amount')}
      />
      <TextField
        label={t('catalog.effectiveDate')}
        hint={t('catalog.effectiveDateHint')}
        type="date"
        min={today}
        {...form.field('effectiveDate')}
      />
    </FormDialog>
  );
}
