import fc from 'fast-check';
import { parseCsv, parseCsvRows } from '../../../core/people/csv';

/** RFC 4180 writer, quoting only where needed, as spreadsheets do. */
function toCsv(rows: string[][], eol: string): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(',')).join(eol) + eol;
}

describe('parseCsv', () => {
  it('reads back what an RFC 4180 writer wrote, with any line ending', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', ';') });
    // A row of one empty cell is a blank line, which the parser skips by design.
    const row = fc.array(cellText, { minLength: 1, maxLength: 5 }).filter((r) => !(r.length === 1 && r[0] === ''));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) => {
        expect(parseCsv(toCsv(rows, eol))).toEqual(rows);
      }),
    );
  });

  it('handles doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,"b ""quoted"", with comma","line\none"\r\nx,y,z')).toEqual([
      ['a', 'b "quoted", with comma', 'line\none'],
      ['x', 'y', 'z'],
    ]);
  });

  it('drops a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\ufeffemail,role\n\n\r\na@b.uk,staff\n\n')).toEqual([
      ['email', 'role'],
      ['a@b.uk', 'staff'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reads a quote inside an unquoted field, or after a closing quote, literally', () => {
    expect(parseCsv('O"Brien,"ab"cd\n')).toEqual([['O"Brien', 'abcd']]);
  });
});

describe('parseCsvRows', () => {
  it('numbers each row by the line it starts on', () => {
    const rows = parseCsvRows('h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,row');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('marks a row whose quote is never closed', () => {
    const rows = parseCsvRows('a,b\n"open,c\nd,e\n');
    expect(rows[1]).toEqual({ line: 2, fields: ['open,c\nd,e\n'], unterminated: true });
  });
});
