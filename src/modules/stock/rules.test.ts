import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import {
  checkIccid,
  checkIccidRange,
  luhnCheckDigit,
  luhnValid,
  parseNumberImport,
  parseSimImport,
} from './rules.ts';

const ICCID = (serial: string) => {
  const payload = `893301${serial.padStart(12, '0')}`;
  return payload + luhnCheckDigit(payload);
};

describe('RFC 4180 reader', () => {
  it.each([
    [
      'a;b\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\n"x;y";"say ""hi"""',
      [
        ['a', 'b'],
        ['x;y', 'say "hi"'],
      ],
    ],
    [
      'a;b\n\n1;2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFa;b\n"multi\nline";2',
      [
        ['a', 'b'],
        ['multi\nline', '2'],
      ],
    ],
  ])('%j', (text, fields) => {
    expect(parseCsv(text).map((r) => r.fields)).toEqual(fields);
  });

  it('gives each record the line it starts on', () => {
    expect(parseCsv('h;h\n"a\nb";1\n\nc;2').map((r) => r.line)).toEqual([1, 2, 5]);
  });
});

describe('ICCID (Luhn)', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['8933010000000000016', luhnValid('8933010000000000016')],
  ])('luhnValid(%s) = %s', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it('accepts 19 or 20 digits starting with 89, spaces ignored; refuses a wrong check digit', () => {
    const good = ICCID('1');
    expect(checkIccid(good.replace(/(\d{4})/g, '$1 '))).toEqual({ iccid: good });
    const bad = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
    expect(checkIccid(bad)).toEqual({ code: 'stock.iccid_luhn' });
    expect(checkIccid('123')).toEqual({ code: 'stock.iccid_format' });
    expect(checkIccid(`12${good.slice(2)}`)).toEqual({ code: 'stock.iccid_format' });
  });
});

describe('SIM import file', () => {
  it('reads each row; reports every bad row with its line; imports only a clean file', () => {
    const text = [
      'ICCID;Réseau;Type;PUK;SMDP;Matching ID',
      `${ICCID('1')};orange;avec_pin;12345678;;`,
      `${ICCID('2')};Bouygues Telecom;sans pin;;;`,
      `${ICCID('3')};orange;esim;;smdp.example;M-3`,
      `${ICCID('1')};orange;avec_pin;;;`,
      `${ICCID('4')};free;puce;123;;`,
    ].join('\n');
    const { rows, issues } = parseSimImport(text);
    expect(rows.map((r) => [r.line, r.network, r.simType])).toEqual([
      [2, 'orange', 'pin'],
      [3, 'bouygues', 'no_pin'],
      [4, 'orange', 'esim'],
    ]);
    expect(issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [5, 'iccid', 'stock.duplicate_in_file'],
      [6, 'reseau', 'stock.network_unknown'],
      [6, 'type', 'stock.sim_type_unknown'],
      [6, 'puk', 'stock.puk_invalid'],
    ]);
  });

  it('names the missing columns of the header', () => {
    expect(parseSimImport('iccid;puk\n1;2').issues).toEqual([
      { line: 1, field: 'csv', code: 'stock.csv_header', params: { columns: 'network, type' } },
    ]);
    expect(parseSimImport('iccid;reseau;type\n').issues[0]?.code).toBe('stock.csv_empty');
  });
});

describe('number ranges (ORD-07)', () => {
  it('expands 10-digit ranges; refuses upside-down ranges and bad numbers with their line', () => {
    const { rows, issues } = parseNumberImport(
      'reseau;premier;dernier\norange;0700000000;0700000002\nbouygues;0660000009;0660000000\norange;07000;\norange;0600000000;',
    );
    expect(rows.map((r) => r.msisdns)).toEqual([['0700000000', '0700000001', '0700000002'], ['0600000000']]);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'stock.range_reversed'],
      [4, 'stock.number_format'],
      [4, 'stock.number_format'],
    ]);
  });
});

describe('SC-06 ICCID ranges', () => {
  it('first ≤ last, ascending; upside down is refused with a precise code', () => {
    expect(checkIccidRange(ICCID('1'), ICCID('9'))).toEqual({ first: ICCID('1'), last: ICCID('9') });
    expect(checkIccidRange(ICCID('1'), ICCID('1'))).toEqual({ first: ICCID('1'), last: ICCID('1') });
    expect(checkIccidRange(ICCID('9'), ICCID('1'))).toMatchObject({
      field: 'last',
      code: 'stock.range_reversed',
    });
    expect(checkIccidRange('89', ICCID('1'))).toMatchObject({ field: 'first', code: 'stock.iccid_format' });
  });
});
