import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, physicalLines } from './cdr-lines.ts';
import { importState, IMPORT_SILENCE_MS } from './views.ts';

/** Every line `physicalLines` yields for these chunks, and the bytes it said it had read last. */
async function linesOf(chunks: (string | Uint8Array)[]) {
  const out: { lineNo: number; raw: string; tooLong: boolean }[] = [];
  let bytes = 0;
  for await (const { lines, bytesRead } of physicalLines(chunks)) {
    out.push(...lines);
    bytes = bytesRead;
  }
  return {
    lines: out.map((l) => (l.tooLong ? `${l.lineNo}:long:${l.raw.length}` : `${l.lineNo}:${l.raw}`)),
    bytes,
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a CDR file read as a stream: its physical lines, whatever the chunks', () => {
  it.each([
    ['one chunk, a final newline', ['a,b\nc,d\n'], ['1:a,b', '2:c,d']],
    ['no final newline', ['a,b\nc,d'], ['1:a,b', '2:c,d']],
    ['CRLF, the CR and the LF in two chunks', ['a,b\r', '\nc,d\r\n'], ['1:a,b', '2:c,d']],
    ['a line cut across three chunks', ['ab', 'cd', 'ef\ngh'], ['1:abcdef', '2:gh']],
    ['blank lines keep their numbers', ['h\n\n  \nx\n'], ['1:h', '2:', '3:  ', '4:x']],
    ['a BOM dropped, even after an empty chunk', ['', '\uFEFFh\nx'], ['1:h', '2:x']],
    ['nothing at all', [], []],
  ])('%s', async (_, chunks, expected) => {
    expect((await linesOf(chunks)).lines).toEqual(expected);
  });

  it('decodes UTF-8 split inside a character, and counts bytes, not characters', async () => {
    const bytes = utf8('id,zone\n1,Orléans\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside « é »
    const r = await linesOf([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(r.lines).toEqual(['1:id,zone', '2:1,Orléans']);
    expect(r.bytes).toBe(bytes.length);
  });

  it('keeps only the beginning of a line longer than MAX_LINE_CHARS, however many chunks it spans', async () => {
    const piece = 'x'.repeat(4096);
    const chunks = ['h\n', ...Array.from({ length: 10 }, () => piece), '\nlast'];
    expect((await linesOf(chunks)).lines).toEqual(['1:h', `2:long:${MAX_LINE_CHARS}`, '3:last']);
  });
});

describe('an import’s state as shown', () => {
  const at = new Date('2026-11-23T09:00:00Z');
  const later = (ms: number) => new Date(at.getTime() + ms);
  it.each([
    ['running, written to a moment ago', 'running', later(60_000), 'running'],
    ['running, silent for exactly the limit', 'running', later(IMPORT_SILENCE_MS), 'running'],
    [
      'running, silent past the limit: its process died',
      'running',
      later(IMPORT_SILENCE_MS + 1),
      'interrupted',
    ],
    ['done long ago stays done', 'done', later(IMPORT_SILENCE_MS * 10), 'done'],
    ['failed stays failed', 'failed', later(IMPORT_SILENCE_MS * 10), 'failed'],
  ] as const)('%s', (_, state, now, shown) => {
    expect(importState({ state, updated_at: at }, now)).toBe(shown);
  });
});
