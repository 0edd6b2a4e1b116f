import { luhnCheckDigit } from '../../src/modules/stock/rules.ts';
import { rioKey } from '../../src/modules/orders/rules.ts';

/** A valid 19-digit ICCID: 89 33 01 + a 10-digit serial + its Luhn digit. */
export function iccid(serial: number, prefix = '893301'): string {
  const payload = `${prefix}${String(serial).padStart(18 - prefix.length, '0')}`;
  return payload + luhnCheckDigit(payload);
}

/** A RIO for a number with its right key (ORD-06). */
export function rio(msisdn: string, head = 'OFP123456'): string {
  return head + rioKey(head, msisdn);
}

/** A SIM delivery CSV (French header, ";"). */
export function simCsv(
  rows: { iccid: string; network?: string; type?: string; puk?: string; smdp?: string; matching?: string }[],
): string {
  return [
    'iccid;reseau;type;puk;smdp;matching_id',
    ...rows.map((r) =>
      [
        r.iccid,
        r.network ?? 'orange',
        r.type ?? 'avec_pin',
        r.puk ?? '12345678',
        r.smdp ?? '',
        r.matching ?? '',
      ].join(';'),
    ),
  ].join('\n');
}
