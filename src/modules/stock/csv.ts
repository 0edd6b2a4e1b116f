/**
 * A small RFC 4180 reader: no CSV package is installed and the imports are small (SIM deliveries,
 * number ranges). Quoted fields may hold the separator, doubled quotes and line breaks. The
 * separator is guessed from the header: ";" (what French spreadsheets write) or ",".
 */
export interface CsvRow {
  /** 1-based line number in the file where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export function detectSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
}

export function parseCsv(input: string, separator: ';' | ',' = detectSeparator(input)): CsvRow[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0]?.trim() === '')) rows.push({ line: startLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      startLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return rows;
}
