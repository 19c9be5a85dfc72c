/**
 * RFC 4180 CSV, read leniently the way spreadsheets write it: CRLF, LF or CR line ends, a leading
 * byte-order mark, quoted fields with doubled quotes and line breaks inside them. Pure, so the same
 * code reads a directory in the CLI and in Apps Script.
 */

export interface CsvRow {
  /** 1-based line on which the row starts (a quoted field may carry it over several lines). */
  readonly line: number;
  readonly fields: string[];
  /** A quoted field was still open at the end of the text: the row swallowed the rest of the file. */
  readonly unterminated?: true;
}

/** Rows with their line numbers; blank lines are skipped. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const length = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (pos < length) {
    const rowLine = line;
    const fields: string[] = [];
    let unterminated = false;
    let rowEnded = false;

    while (!rowEnded) {
      let field = '';
      if (text[pos] === '"') {
        pos++;
        let closed = false;
        while (pos < length) {
          const ch = text[pos] as string;
          if (ch === '"') {
            if (text[pos + 1] === '"') {
              field += '"';
              pos += 2;
              continue;
            }
            pos++;
            closed = true;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[pos + 1] !== '\n')) line++;
          field += ch;
          pos++;
        }
        if (!closed) unterminated = true;
      }
      // Unquoted text, or whatever a spreadsheet left after a closing quote, runs to the next comma.
      while (pos < length) {
        const ch = text[pos] as string;
        if (ch === ',' || ch === '\n' || ch === '\r') break;
        field += ch;
        pos++;
      }
      fields.push(field);
      const ch = text[pos];
      if (ch === ',') {
        pos++;
      } else {
        if (ch === '\r') pos += text[pos + 1] === '\n' ? 2 : 1;
        else if (ch === '\n') pos++;
        if (ch !== undefined) line++;
        rowEnded = true;
      }
    }

    const blank = fields.length === 1 && fields[0] === '' && !unterminated;
    if (!blank) rows.push(unterminated ? { line: rowLine, fields, unterminated: true } : { line: rowLine, fields });
  }
  return rows;
}

/** The cells of every non-blank row. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).map((row) => row.fields);
}
