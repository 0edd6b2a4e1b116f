import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return <span className={cx('k-badge', `k-badge--${tone}`, className)}>{children}</span>;
}

/** A status with a coloured dot: "Actif", "En échec"… The colour is never the only signal. */
export function StatusPill({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={cx('k-pill', `k-pill--${tone}`)}>
      <span className="k-pill__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
