import type { FormEvent, ReactNode } from 'react';
import { cx } from './cx.ts';

export interface FormProps {
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/**
 * A form validated by the app, not by the browser: the browser's own bubbles would speak the
 * browser's language rather than the one chosen in Relais.
 */
export function Form({ onSubmit, children, className, ...rest }: FormProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate className={cx('k-form', className)} onSubmit={handleSubmit} {...rest}>
      {children}
    </form>
  );
}

/** Fields side by side when there is room, stacked on a phone. */
export function FormGrid({ children, columns = 2 }: { children: ReactNode; columns?: 1 | 2 | 3 }) {
  return <div className={cx('k-form-grid', `k-form-grid--${columns}`)}>{children}</div>;
}

export function FormSection({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="k-form-section">
      <legend className="k-form-section__title">{title}</legend>
      {description ? <p className="k-form-section__description">{description}</p> : null}
      {children}
    </fieldset>
  );
}

export function FormActions({ children, align = 'end' }: { children: ReactNode; align?: 'start' | 'end' }) {
  return <div className={cx('k-form-actions', align === 'start' && 'k-form-actions--start')}>{children}</div>;
}

/** A row of compact filters above a table. */
export function FilterBar({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="k-filter-bar" role="search" aria-label={label}>
      {children}
    </div>
  );
}
