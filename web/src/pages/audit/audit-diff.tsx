import { useTranslation } from 'react-i18next';
import type { AuditEvent, JsonValue } from '../../api/types.ts';
import { cx } from '../../kit/cx.ts';
import { diffJson } from './json-diff.ts';

const MAX_LENGTH = 160;

function DiffValue({ value }: { value: JsonValue | undefined }) {
  const { t } = useTranslation();
  if (value === undefined) return <span className="diff__absent">{t('common.none')}</span>;
  if (value === null) return <span className="diff__null">null</span>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Logos and long texts stay readable: the start and the length.
  if (text.length > MAX_LENGTH)
    return <span title={`${text.length}`}>{`${text.slice(0, MAX_LENGTH)}… (${text.length})`}</span>;
  return <>{text}</>;
}

/** Before/after of an audit event as a table of the fields that changed. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const rows = diffJson(event.before, event.after);
  const changed = rows.filter((row) => row.kind !== 'unchanged');
  const unchanged = rows.length - changed.length;
  if (changed.length === 0) return <p className="diff__empty">{t('audit.noChanges')}</p>;
  return (
    <div className="diff">
      <table className="diff__table">
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((row) => (
            <tr key={row.path} className={cx('diff__row', `diff__row--${row.kind}`)}>
              <th scope="row" className="k-mono">
                {row.path}
              </th>
              <td className="diff__before">
                {row.before === undefined ? (
                  <DiffValue value={undefined} />
                ) : (
                  <del>
                    <DiffValue value={row.before} />
                  </del>
                )}
              </td>
              <td className="diff__after">
                {row.after === undefined ? (
                  <DiffValue value={undefined} />
                ) : (
                  <ins>
                    <DiffValue value={row.after} />
                  </ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unchanged > 0 ? <p className="diff__unchanged">{t('audit.unchanged', { count: unchanged })}</p> : null}
    </div>
  );
}
