import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { cx } from './cx.ts';

/**
 * Form fields with their label, hint and error text. The hint and the error are bound to the
 * control with aria-describedby, and aria-invalid marks a field in error, so screen readers
 * announce them and browser tests can find fields by their visible French label.
 */
interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined | null;
  /** Hides the label visually (kept for assistive technology), for compact filter bars. */
  hideLabel?: boolean;
  className?: string;
}

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined | null) {
  const generated = useId();
  const controlId = id ?? `f${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function FieldTexts({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId?: string;
  error?: string | null;
  errorId?: string;
}) {
  return (
    <>
      {hint ? (
        <p className="k-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="k-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>, FieldChrome {
  /** Text shown after the input (a unit, a suffix). */
  suffix?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  hideLabel,
  className,
  id,
  suffix,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('k-field', error && 'k-field--invalid', className)}>
      <label className={cx('k-field__label', hideLabel && 'k-visually-hidden')} htmlFor={ids.controlId}>
        {label}
      </label>
      <div className="k-field__control">
        <input
          id={ids.controlId}
          className="k-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          {...input}
        />
        {suffix ? <span className="k-field__suffix">{suffix}</span> : null}
      </div>
      <FieldTexts hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface TextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>, FieldChrome {}

export function TextArea({ label, hint, error, hideLabel, className, id, ...textarea }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('k-field', error && 'k-field--invalid', className)}>
      <label className={cx('k-field__label', hideLabel && 'k-visually-hidden')} htmlFor={ids.controlId}>
        {label}
      </label>
      <textarea
        id={ids.controlId}
        className="k-input k-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
      <FieldTexts hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Shown under this heading (an <optgroup>), with the consecutive options of the same group. */
  group?: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>, FieldChrome {
  options: readonly SelectOption[];
  ref?: Ref<HTMLSelectElement>;
}

const renderOption = (option: SelectOption) => (
  <option key={option.value} value={option.value} disabled={option.disabled}>
    {option.label}
  </option>
);

/** Consecutive options of one `group` go under one <optgroup>; options without a group stay bare. */
function groupOptions(options: readonly SelectOption[]): [string | null, SelectOption[]][] {
  const groups: [string | null, SelectOption[]][] = [];
  for (const option of options) {
    const group = option.group ?? null;
    const last = groups.at(-1);
    if (last && last[0] === group) last[1].push(option);
    else groups.push([group, [option]]);
  }
  return groups;
}

export function Select({ label, hint, error, hideLabel, className, id, options, ...select }: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('k-field', error && 'k-field--invalid', className)}>
      <label className={cx('k-field__label', hideLabel && 'k-visually-hidden')} htmlFor={ids.controlId}>
        {label}
      </label>
      <select
        id={ids.controlId}
        className="k-input k-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {groupOptions(options).map(([group, items]) =>
          group === null ? (
            items.map(renderOption)
          ) : (
            <optgroup key={group} label={group}>
              {items.map(renderOption)}
            </optgroup>
          ),
        )}
      </select>
      <FieldTexts hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

export interface CheckboxProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type'>, FieldChrome {
  ref?: Ref<HTMLInputElement>;
}

export function Checkbox({ label, hint, error, hideLabel, className, id, ...input }: CheckboxProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('k-field k-field--check', error && 'k-field--invalid', className)}>
      <div className="k-check">
        <input
          id={ids.controlId}
          type="checkbox"
          className="k-check__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          {...input}
        />
        <label className={cx('k-check__label', hideLabel && 'k-visually-hidden')} htmlFor={ids.controlId}>
          {label}
        </label>
      </div>
      <FieldTexts hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}
