import nodemailer, { type SendMailOptions } from 'nodemailer';
import MimeNode from 'nodemailer/lib/mime-node';
import { describe, expect, it } from 'vitest';
import { fastMimeMessage } from '../../src/platform/notify/mime.ts';
import { renderModuleTemplate, renderTemplate } from '../../src/platform/notify/templates.ts';
import { dataAlertTemplate } from '../../src/modules/usage/templates.ts';

/**
 * Issue 12: the outbox's e-mails are built by mime.ts rather than nodemailer's composer. Receivers
 * must see no change: for every message it covers, the bytes are those nodemailer built before
 * (its stream transport, as the local mailbox used it, with the same random boundary).
 */
const FROM = 'Relais <no-reply@relais.local>';
const from = MimeNode.encodeHeaderValue('From', FROM);
const MESSAGE_ID = '<0193a6c2-b7d8-7c3e-9f1a-2b3c4d5e6f70@relais.local>';
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

interface Input {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  date: Date;
  baseBoundary: string;
}

async function nodemailerBuilds(m: Input): Promise<{ raw: string; envelope: unknown }> {
  const info = await composer.sendMail({
    from: FROM,
    to: m.to,
    subject: m.subject,
    text: m.text,
    ...(m.html === null ? {} : { html: m.html }),
    messageId: MESSAGE_ID,
    date: m.date,
    baseBoundary: m.baseBoundary,
  } as SendMailOptions);
  return { raw: (info.message as Buffer).toString('utf8'), envelope: info.envelope };
}

const fast = (m: Input) => fastMimeMessage({ from, messageId: MESSAGE_ID, ...m });

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What makes encoders differ: accents, other scripts, emoji, line breaks of each kind, dots and
// "From " at line starts, whitespace before a break or at the end, '=' and encoded-word look-alikes,
// control characters, lines longer than 76, a long URL that must not be cut where it was.
const PIECES = [
  'data',
  'enveloppe',
  'été',
  'ça',
  'déjà',
  '€',
  '日本語',
  'ligne',
  '.',
  '..',
  '\n',
  '\n.',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '\t',
  '=',
  '=?',
  '?=',
  'From ',
  'x'.repeat(90),
  '<p>',
  '&amp;',
  '"',
  "'",
  '’',
  '—',
  '\u0001',
  '😀',
  'https://relais.example/set-password#0193a6c2b7d87c3e9f1a2b3c4d5e6f70.Zm9vYmFyYmF6cXV4',
];

describe('e-mails built in one piece (mime.ts)', () => {
  it('the alerts and access messages: the same bytes and envelope as nodemailer', async () => {
    const messages: { subject: string; text: string; html: string }[] = [];
    for (const locale of ['fr', 'en'] as const)
      for (const state of [null, 'throttled', 'data_blocked'] as const)
        for (const threshold of [80, 100] as const)
          messages.push(
            renderModuleTemplate(dataAlertTemplate, locale, {
              msisdn: '0612345678',
              userName: 'Zoé Lefèvre',
              accountName: 'Boulangerie « Au Pain Doré »',
              offerName: 'Pro 20 Go',
              threshold,
              used: '16,2 Go',
              envelope: '20 Go',
              state,
              monthLabel: { fr: 'décembre 2026', en: 'December 2026' },
            }),
          );
    for (const locale of ['fr', 'en'] as const)
      messages.push(
        renderTemplate('user.welcome', locale, {
          displayName: 'Zoé',
          tenantName: 'Démo Mobile',
          login: 'zoe',
          setPasswordUrl: 'https://relais.example/set-password#0193a6c2b7d87c3e9f1a2b3c4d5e6f70.Zm9vYmFy',
          expiresAt: '26 novembre 2026 à 10:00',
        }),
      );
    for (const [i, r] of messages.entries()) {
      for (const html of [r.html, null]) {
        const m = {
          to: `agent${i}@example.fr`,
          ...r,
          html,
          date: new Date(Date.UTC(2026, 11, 7, 8, i)),
          baseBoundary: '0123456789abcdef',
        };
        const built = fast(m);
        const expected = await nodemailerBuilds(m);
        expect(built).toBe(expected.raw);
        expect({ from: 'no-reply@relais.local', to: [m.to] }).toEqual(expected.envelope);
      }
    }
  });

  it('any subject and bodies: the same bytes as nodemailer (800 generated messages)', async () => {
    const next = random(12);
    const pick = (n: number) =>
      Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
        next() < 0.5 ? ' ' : '',
      );
    let compared = 0;
    for (let i = 0; i < 800; i++) {
      const m = {
        to: `u.${i}+x@example.fr`,
        subject: pick(1 + (i % 12)).replace(/[\r\n]/g, ' '),
        text: pick(1 + (i % 40)) || 'x',
        html: i % 3 === 0 ? null : pick(1 + (i % 60)) || null,
        date: new Date(Date.UTC(2026, 0, 1) + i * 997_000),
        baseBoundary: Math.floor(next() * 2 ** 53)
          .toString(16)
          .padStart(16, '0')
          .slice(-16),
      };
      const built = fast(m);
      if (built === null) continue;
      compared++;
      expect(built, JSON.stringify(m)).toBe((await nodemailerBuilds(m)).raw);
    }
    expect(compared).toBeGreaterThan(760);
  });

  it('leaves to nodemailer what it does not cover: odd recipients, empty or large bodies', () => {
    const base = {
      to: 'zoe@example.fr',
      subject: 's',
      text: 't',
      html: null,
      date: new Date(Date.UTC(2026, 0, 1)),
      baseBoundary: '0123456789abcdef',
    };
    expect(fast(base)).not.toBeNull();
    // nodemailer lower-cases and punycodes domains, and quotes unusual local parts.
    for (const to of [
      'Zoe@Example.FR',
      'zoé@example.fr',
      'zoe@exämple.fr',
      '"z oe"@example.fr',
      'a..b@example.fr',
    ])
      expect(fast({ ...base, to }), to).toBeNull();
    expect(fast({ ...base, text: '' })).toBeNull();
    expect(fast({ ...base, html: '' })).toBeNull();
    expect(fast({ ...base, text: 'x'.repeat(70 * 1024) })).toBeNull();
    expect(fast({ ...base, baseBoundary: 'not hex' })).toBeNull();
  });
});
