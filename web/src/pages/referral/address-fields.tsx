import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunes } from '../../api/referral.ts';
import { Select, TextField } from '../../kit/fields.tsx';

export interface AddressValue {
  line1: string;
  postalCode: string;
  communeCode: string;
}

export const emptyAddress: AddressValue = { line1: '', postalCode: '', communeCode: '' };

/**
 * A French address geocoded offline: the postal code lists its communes (La Poste base); when it
 * covers several, the user chooses one. An unknown code is said at once.
 */
export function AddressFields({
  value,
  onChange,
  withLine = false,
}: {
  value: AddressValue;
  onChange: (v: AddressValue) => void;
  withLine?: boolean;
}) {
  const { t } = useTranslation();
  const communes = useCommunes(value.postalCode);
  const list = useMemo(() => communes.data?.communes ?? [], [communes.data]);
  useEffect(() => {
    // One commune: chosen at once; a code that no longer lists the chosen one: choice cleared.
    if (list.length === 1 && value.communeCode !== list[0]!.code)
      onChange({ ...value, communeCode: list[0]!.code });
    else if (list.length > 1 && value.communeCode && !list.some((c) => c.code === value.communeCode))
      onChange({ ...value, communeCode: '' });
  }, [list, value, onChange]);
  return (
    <>
      {withLine ? (
        <TextField
          label={t('referral.installers.line1')}
          value={value.line1}
          required
          onChange={(e) => onChange({ ...value, line1: e.target.value })}
        />
      ) : null}
      <TextField
        label={t('referral.installers.postalCode')}
        value={value.postalCode}
        required
        inputMode="numeric"
        maxLength={5}
        error={communes.isError ? t('referral.installers.unknownPostalCode') : undefined}
        onChange={(e) => onChange({ ...value, postalCode: e.target.value.trim(), communeCode: '' })}
      />
      {list.length > 1 ? (
        <Select
          label={t('referral.installers.commune')}
          value={value.communeCode}
          required
          onChange={(e) => onChange({ ...value, communeCode: e.target.value })}
          options={[
            { value: '', label: t('referral.installers.chooseCommune') },
            ...list.map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
      ) : list.length === 1 ? (
        <p className="muted">
          {t('referral.installers.commune')} : {list[0]!.name}
        </p>
      ) : null}
    </>
  );
}
