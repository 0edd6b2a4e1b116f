import type { TFunction } from 'i18next';
import { LOCALES, ROLES } from '../api/types.ts';
import type { SelectOption } from '../kit/fields.tsx';

export function roleOptions(t: TFunction): SelectOption[] {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function localeOptions(t: TFunction): SelectOption[] {
  return LOCALES.map((locale) => ({ value: locale, label: t(`locales.${locale}`) }));
}
