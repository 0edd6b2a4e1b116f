import { useCallback, useState, type ChangeEvent } from 'react';
import { isApiError } from '../api/client.ts';

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

/**
 * Values and per-field errors of a small form. Editing a field clears its error; the server's
 * field errors (problem+json `errors[].pointer` = `/body/<field>`) land on the matching fields.
 */
export function useFormState<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors<T>>({});

  const set = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!current[key]) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }, []);

  /** Props for a TextField/Select bound to a string field. */
  const field = <K extends StringKeys<T>>(key: K) => ({
    name: key,
    value: values[key] as string,
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(key, event.target.value as T[K]),
  });

  return { values, set, field, errors, setErrors, setValues };
}

/**
 * Field errors from a failed request. Some codes name no pointer but clearly concern one field
 * (`user.email_taken` → email); `codeFields` maps them.
 */
export function serverFieldErrors<T>(
  error: unknown,
  codeFields: Record<string, keyof T & string> = {},
): FieldErrors<T> {
  if (!isApiError(error)) return {};
  const out = error.fieldErrors() as FieldErrors<T>;
  const field = codeFields[error.code];
  if (field && !out[field]) out[field] = error.detail;
  return out;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
