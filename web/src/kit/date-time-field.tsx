import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './fields.tsx';
import { zoneCity } from './zoned-time.ts';

export interface DateTimeFieldProps extends Omit<TextFieldProps, 'type' | 'value' | 'onChange' | 'suffix'> {
  /** The zone the typed wall-clock time is in: the tenant's, never the browser's. */
  timeZone: string;
  /** `YYYY-MM-DDTHH:mm` in `timeZone` (see `zonedLocalToInstant` / `instantToZonedLocal`). */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date and time typed in the tenant's time zone, labelled with it ("Début du créneau (heure de
 * Paris)"), whatever the browser's zone. The value stays the wall-clock text; the form turns it
 * into an instant with `zonedLocalToInstant` when it submits, and pre-fills with
 * `instantToZonedLocal`.
 */
export function DateTimeField({ label, timeZone, value, onChange, ...rest }: DateTimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...rest}
      type="datetime-local"
      label={
        <>
          {label}{' '}
          <span className="k-field__zone">({t('inputs.tenantTime', { city: zoneCity(timeZone) })})</span>
        </>
      }
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
