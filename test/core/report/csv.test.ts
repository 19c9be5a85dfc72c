import fc from 'fast-check';
import { csvCell, csvLine, neutraliseFormula, toCsv } from '../../../core/report/csv';

/** A strict RFC 4180 reader, to check that what we write reads back as intended. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A9)', '+44 20 7946 0000', '-2+3', '@cmd', '\tlead', '\rlead'])('defuses %j', (v) => {
    expect(neutraliseFormula(v)).toBe(`'${v}`);
  });

  it.each(['plain', '123', '', ' =not first', "'already", 'a=b'])('leaves %j alone', (v) => {
    expect(neutraliseFormula(v)).toBe(v);
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises before quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('writes numbers and empty values plainly', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes leading or trailing spaces, which some readers would trim', () => {
    expect(csvCell(' x')).toBe('" x"');
    expect(csvCell('x ')).toBe('"x "');
  });
});

describe('csvLine and toCsv', () => {
  it('ends records with CRLF', () => {
    expect(csvLine(['a', 1, 'b c'])).toBe('a,1,b c\r\n');
    expect(toCsv(['h1', 'h2'], [['x', '=y']])).toBe("h1,h2\r\nx,'=y\r\n");
  });

  it('reads back as the neutralised cells, whatever they hold, and no cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(rows.map((r) => csvLine(r)).join(''));
          expect(parsed).toEqual(rows.map((r) => r.map(neutraliseFormula)));
          for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
