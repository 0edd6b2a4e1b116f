import { useTranslation } from 'react-i18next';
import { useSessionQuery } from '../api/session.ts';
import { intlLocale } from '../i18n/intl-locale.ts';

/** Dates are shown in the tenant's time zone, as 21/11/2026 14:05 in French and in English. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

function parse(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(value: string | null | undefined, timeZone: string, language: string): string {
  const date = parse(value);
  if (!date) return '';
  const parts: Record<string, string> = {};
  for (const part of formatter(intlLocale(language), timeZone, true).formatToParts(date))
    parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export function formatDate(value: string | null | undefined, timeZone: string, language: string): string {
  const date = parse(value);
  if (!date) return '';
  const parts: Record<string, string> = {};
  for (const part of formatter(intlLocale(language), timeZone, false).formatToParts(date))
    parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** Before sign-in there is no tenant: the browser's zone is the best guess. */
function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function useFormat() {
  const { i18n } = useTranslation();
  const { data: session } = useSessionQuery();
  const timeZone = session?.tenant.timeZone ?? browserTimeZone();
  const language = i18n.language;
  const numbers = new Intl.NumberFormat(intlLocale(language));
  return {
    timeZone,
    dateTime: (value: string | null | undefined) => formatDateTime(value, timeZone, language),
    date: (value: string | null | undefined) => formatDate(value, timeZone, language),
    number: (value: number) => numbers.format(value),
  };
}
