import { describe, expect, it } from 'vitest';
import { chargesCsv, neutralise, quote, type ChargeCsvRow } from './csv.ts';

const row: ChargeCsvRow = {
  date: '2026-12-01',
  accountReference: 'C-000001',
  accountName: 'Transports Lefèvre',
  msisdn: '0700000001',
  userName: 'Julie Martin',
  kind: 'monthly',
  itemName: 'Illimité 5 Go bloqué',
  itemCode: 'orange-unlimited-5gb-blocked',
  periodStart: '2026-12-01',
  periodEnd: '2026-12-31',
  amount: '7.00',
  currency: 'EUR',
  vatIncluded: false,
};

describe('charges CSV', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Jean-Marie', 'Jean-Marie'],
    ['', ''],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it.each([
    ['plain', ';', 'plain'],
    ['a;b', ';', '"a;b"'],
    ['a;b', ',', 'a;b'],
    ['a,b', ',', '"a,b"'],
    ['say "hi"', ';', '"say ""hi"""'],
    ['two\nlines', ';', '"two\nlines"'],
  ])('RFC 4180 quotes %j with %j', (input, sep, output) => {
    expect(quote(input, sep)).toBe(output);
  });

  it('French: BOM, ";" separators, decimal comma, CRLF, French labels, number in pairs', () => {
    expect(chargesCsv([row], 'fr')).toBe(
      '\uFEFFDate;Référence client;Client;Ligne;Utilisateur;Nature;Article;Code article;Début de période;Fin de période;Montant;Devise;Taxes\r\n' +
        '2026-12-01;C-000001;Transports Lefèvre;07 00 00 00 01;Julie Martin;Mensualité;Illimité 5 Go bloqué;orange-unlimited-5gb-blocked;2026-12-01;2026-12-31;7,00;EUR;HT\r\n',
    );
  });

  it('English: "," separators, decimal point; a one-off fee has no period; hostile names are defused and quoted', () => {
    const csv = chargesCsv(
      [
        {
          ...row,
          accountName: '=HYPERLINK("http://x";"Lefèvre, SA")',
          userName: null,
          msisdn: '12345678901234',
          kind: 'one_off',
          itemName: 'eSIM',
          itemCode: 'orange-esim',
          periodStart: null,
          periodEnd: null,
          amount: '1.50',
          vatIncluded: true,
        },
      ],
      'en',
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDate,Customer reference,Customer,Line,User,Kind,Item,Item code,Period start,Period end,Amount,Currency,Tax',
      `2026-12-01,C-000001,"'=HYPERLINK(""http://x"";""Lefèvre, SA"")",12345678901234,,One-off fee,eSIM,orange-esim,,,1.50,EUR,incl. VAT`,
      '',
    ]);
  });

  it('an empty ledger is the header row alone', () => {
    expect(chargesCsv([], 'fr').split('\r\n')).toHaveLength(2);
  });
});
