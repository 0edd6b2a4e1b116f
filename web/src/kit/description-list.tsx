import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
  /** Monospace for identifiers and codes. */
  mono?: boolean;
}

export function DescriptionList({ items, columns = 2 }: { items: DescriptionItem[]; columns?: 1 | 2 | 3 }) {
  return (
    <dl className={cx('k-dl', `k-dl--${columns}`)}>
      {items.map((item, index) => (
        <div className="k-dl__item" key={index}>
          <dt className="k-dl__term">{item.term}</dt>
          <dd className={cx('k-dl__description', item.mono && 'k-mono')}>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
