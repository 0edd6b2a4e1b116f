import { useId, type ReactNode } from 'react';
import { cx } from './cx.ts';

export function Card({
  title,
  actions,
  children,
  className,
  padded = true,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  padded?: boolean;
}) {
  const titleId = useId();
  return (
    <section className={cx('k-card', className)} aria-labelledby={title ? titleId : undefined}>
      {title || actions ? (
        <header className="k-card__header">
          {title ? (
            <h2 className="k-card__title" id={titleId}>
              {title}
            </h2>
          ) : null}
          {actions ? <div className="k-card__actions">{actions}</div> : null}
        </header>
      ) : null}
      <div className={cx('k-card__body', !padded && 'k-card__body--flush')}>{children}</div>
    </section>
  );
}
