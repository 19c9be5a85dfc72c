import fc from 'fast-check';
import { CsvParser, sniffDelimiter } from '../../../connectors/files/text/csv';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('csv and tsv', () => {
  it('parses RFC 4180: quoted fields with commas, newlines and doubled quotes', async () => {
    const csv = 'Name,Note,DOB\r\n"Brown, Alex","Said ""hi""\r\nthen left",14/02/2011\r\nSam,,01/09/2012';
    expect(lines(await textOf(s.file('quoted.csv', csv)))).toEqual([
      'Name | Note | DOB',
      'Name: Brown, Alex | Note: Said "hi" then left | DOB: 14/02/2011',
      'Name: Sam | DOB: 01/09/2012',
    ]);
  });

  it('sniffs semicolons in .csv and uses tabs for .tsv', async () => {
    expect(lines(await textOf(s.file('semi.csv', 'Name;UPN\nAlex;B801200005001\n')))).toEqual([
      'Name | UPN',
      'Name: Alex | UPN: B801200005001',
    ]);
    expect(lines(await textOf(s.file('tabs.tsv', 'Name\tNote\nAlex\tlikes, commas\n')))).toEqual([
      'Name | Note',
      'Name: Alex | Note: likes, commas',
    ]);
    expect(sniffDelimiter('"a;b;c",d,e\n')).toBe(',');
  });

  it('keeps the header for every block of a long file', async () => {
    const rows = ['Name,UPN', ...Array.from({ length: 3000 }, (_, i) => `Pupil ${i},U${i}`)];
    const out = lines(await textOf(s.file('long.csv', rows.join('\n'))));
    expect(out.filter((l) => l.startsWith('Name: '))).toHaveLength(3000);
    expect(out).toContain('Name: Pupil 2999 | UPN: U2999');
  });

  it('gives the same rows however the text is split into chunks', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "x"', 'two\nlines', ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (rows, seed) => {
          const quote = (c: string) => (/[",\n\r]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
          const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
          const whole = new CsvParser(',');
          const expected = [...whole.push(text), ...whole.end()];
          const split = new CsvParser(',');
          const got: string[][] = [];
          let i = 0;
          let step = (seed % 7) + 1;
          while (i < text.length) {
            got.push(...split.push(text.slice(i, i + step)));
            i += step;
            step = (step * 3) % 7 || 1;
          }
          got.push(...split.end());
          expect(got).toEqual(expected);
          expect(expected).toEqual(rows);
        },
      ),
    );
  });
});
