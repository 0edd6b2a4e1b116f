import { StringDecoder } from 'node:string_decoder';

/**
 * A physical line longer than this is no CDR (a record is about 100 characters): it is rejected
 * with its first characters, and the rest of it is skipped unread into memory, so a file without
 * line breaks cannot grow the import's memory.
 */
export const MAX_LINE_CHARS = 10_000;

export interface PhysicalLine {
  /** Its number in the file (the first line is 1). */
  lineNo: number;
  raw: string;
  /** Longer than MAX_LINE_CHARS: `raw` holds its beginning only. */
  tooLong: boolean;
}

/**
 * The physical lines of a file read as a stream (docs/usage.md: one line is one record), chunk
 * by chunk: the lines each chunk completes, with the bytes read up to that chunk. UTF-8, a leading
 * BOM dropped, `\r\n` or `\n`. Only one chunk and one unfinished line are held at a time.
 */
export type CdrSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export async function* physicalLines(
  source: CdrSource,
): AsyncGenerator<{ lines: PhysicalLine[]; bytesRead: number }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let tooLong = false;
  let lineNo = 0;
  let bytesRead = 0;
  let started = false;
  const cut = (text: string, lines: PhysicalLine[]) => {
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      let raw = tooLong ? rest : rest + text.slice(from, nl);
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      lines.push({
        lineNo: ++lineNo,
        raw: raw.slice(0, MAX_LINE_CHARS),
        tooLong: tooLong || raw.length > MAX_LINE_CHARS,
      });
      rest = '';
      tooLong = false;
      from = nl + 1;
    }
    if (!tooLong) {
      rest += text.slice(from);
      if (rest.length > MAX_LINE_CHARS) {
        tooLong = true;
        rest = rest.slice(0, MAX_LINE_CHARS);
      }
    }
  };
  for await (const chunk of source) {
    const lines: PhysicalLine[] = [];
    if (typeof chunk === 'string') {
      bytesRead += Buffer.byteLength(chunk);
      cut(chunk, lines);
    } else {
      bytesRead += chunk.byteLength;
      cut(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), lines);
    }
    if (lines.length > 0) yield { lines, bytesRead };
  }
  const lines: PhysicalLine[] = [];
  cut(`${decoder.end()}\n`, lines);
  const last = lines.at(-1);
  // The final newline added above ends the last line; a file ending with its own adds no line.
  if (last && last.raw === '' && !last.tooLong) lines.pop();
  if (lines.length > 0) yield { lines, bytesRead };
}
