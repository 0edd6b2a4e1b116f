/** What an audit entry shows instead of a secret (ACC-04: before/after never hold secrets). */
export const MASK = '••••';

/** 'wifiPassword', 'wifi_password' and 'Wifi-Password' name the same field. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A deep copy of `value` where every property named in `secretFieldNames`, at any depth (inside
 * arrays too), holds MASK instead of its value. Names match regardless of case, '_' and '-', so a
 * database row and an API body are masked alike. A null or absent secret stays null/absent: the
 * audit can show that a secret was set or cleared without showing it. Dates are copied; other
 * class instances are kept by reference; cycles are preserved.
 */
export function maskSecrets<T>(value: T, secretFieldNames: readonly string[]): T {
  const secret = new Set(secretFieldNames.map(normalize));
  const seen = new Map<object, unknown>();

  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (v instanceof Date) return new Date(v.getTime());
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const item of v) out.push(copy(item));
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const [k, item] of Object.entries(v)) {
      out[k] = secret.has(normalize(k)) && item !== null && item !== undefined ? MASK : copy(item);
    }
    return out;
  };

  return copy(value) as T;
}
