import type { JsonValue } from '../../api/types.ts';

export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  /** Dotted path of the field: `address.city`. Arrays are compared whole. */
  path: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  kind: DiffKind;
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: JsonValue | undefined, prefix: string, out: Map<string, JsonValue>): void {
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, value);
    for (const key of keys) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (value !== undefined) out.set(prefix, value);
}

function same(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field comparison of an audit event's before and after, in the order fields appear. */
export function diffJson(before: JsonValue | undefined, after: JsonValue | undefined): DiffRow[] {
  const left = new Map<string, JsonValue>();
  const right = new Map<string, JsonValue>();
  flatten(before ?? undefined, '', left);
  flatten(after ?? undefined, '', right);
  const paths = [...new Set([...right.keys(), ...left.keys()])];
  return paths.map((path) => {
    const a = left.get(path);
    const b = right.get(path);
    const kind: DiffKind =
      a === undefined ? 'added' : b === undefined ? 'removed' : same(a, b) ? 'unchanged' : 'changed';
    return { path: path || '·', before: a, after: b, kind };
  });
}
