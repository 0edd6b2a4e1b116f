import { describe, expect, it } from 'vitest';
import { MASK, maskSecrets } from './mask-secrets.ts';

describe('maskSecrets', () => {
  it.each([
    {
      why: 'ACC-04 a Wi-Fi password in an audit "after"',
      input: { ssid: 'Maison', wifiPassword: 'Wifi-1234!' },
      fields: ['wifiPassword'],
      output: { ssid: 'Maison', wifiPassword: MASK },
    },
    {
      why: 'snake_case rows match camelCase names',
      input: { wifi_password: 'Wifi-1234!', ssid: 'Maison' },
      fields: ['wifiPassword'],
      output: { wifi_password: MASK, ssid: 'Maison' },
    },
    {
      why: 'nested objects and arrays',
      input: { lines: [{ msisdn: '0612345678', puk1: '12345678' }], platform: { login: 'x', password: 'p' } },
      fields: ['puk1', 'password'],
      output: { lines: [{ msisdn: '0612345678', puk1: MASK }], platform: { login: 'x', password: MASK } },
    },
    {
      why: 'a secret holding an object is masked whole',
      input: { credentials: { login: 'a', password: 'b' } },
      fields: ['credentials'],
      output: { credentials: MASK },
    },
    {
      why: 'null and absent secrets stay so, numbers are masked',
      input: { wifiPassword: null, pin1: 1234, other: undefined },
      fields: ['wifiPassword', 'pin1', 'absent'],
      output: { wifiPassword: null, pin1: MASK, other: undefined },
    },
    {
      why: 'an empty string is still a secret value',
      input: { wifiPassword: '' },
      fields: ['wifiPassword'],
      output: { wifiPassword: MASK },
    },
    {
      why: 'no secret fields: a plain copy',
      input: { a: 1, b: [true, 'x'], c: { d: null } },
      fields: [],
      output: { a: 1, b: [true, 'x'], c: { d: null } },
    },
  ])('$why', ({ input, fields, output }) => {
    const before = structuredClone(input);
    expect(maskSecrets(input, fields)).toEqual(output);
    expect(input).toEqual(before);
  });

  it('returns a deep copy', () => {
    const input = { nested: { list: [{ v: 1 }] }, at: new Date('2026-01-01T00:00:00Z') };
    const copy = maskSecrets(input, ['password']);
    expect(copy).toEqual(input);
    expect(copy.nested).not.toBe(input.nested);
    expect(copy.nested.list[0]).not.toBe(input.nested.list[0]);
    expect(copy.at).not.toBe(input.at);
  });

  it('copes with primitives and cycles', () => {
    expect(maskSecrets('plain', ['password'])).toBe('plain');
    expect(maskSecrets(null, ['password'])).toBe(null);
    const cyclic: { password: string; self?: unknown } = { password: 'p' };
    cyclic.self = cyclic;
    const copy = maskSecrets(cyclic, ['password']);
    expect(copy.password).toBe(MASK);
    expect(copy.self).toBe(copy);
  });
});
