import { cx } from './cx.ts';

export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <span
      className={cx('k-spinner', className)}
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}

export function Skeleton({ width, className }: { width?: string; className?: string }) {
  return (
    <span className={cx('k-skeleton', className)} style={width ? { width } : undefined} aria-hidden="true" />
  );
}
