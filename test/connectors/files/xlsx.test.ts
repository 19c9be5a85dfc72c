import { writeXlsx, writeZip } from '../../../connectors/files/write';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-built workbook, to reach what writeXlsx never writes (inline strings, booleans, 1904 dates...). */
function rawWorkbook(sheetData: string, opts: { date1904?: boolean; styles?: string } = {}): Buffer {
  return writeZip([
    {
      name: 'xl/workbook.xml',
      data:
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}` +
        '<sheets><sheet name="Raw" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data:
        opts.styles ??
        `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="165" formatCode="[$-809]d\\ mmmm\\ yyyy;@"/>` +
          '<numFmt numFmtId="166" formatCode="hh:mm:ss"/></numFmts>' +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
    },
  ]);
}

describe('xlsx', () => {
  it('labels every row by the header row, converts date cells, keeps long numbers whole, reads every sheet in order', async () => {
    const file = s.file(
      'pupils.xlsx',
      writeXlsx({
        sheets: [
          {
            name: 'Pupils',
            rows: [
              ['Name', 'DOB', 'UPN', 'Card'],
              ['Alex Brown', new Date(Date.UTC(2011, 1, 14)), 'B801200005001', 1.2345678901234e17],
              ['Sam Green', new Date(Date.UTC(2012, 8, 1)), 'C801200005002', 4111111111111111],
            ],
          },
          {
            name: 'Medical',
            rows: [
              ['Pupil', 'Condition'],
              ['Alex Brown', 'Asthma'],
            ],
          },
        ],
      }),
    );
    expect(lines(await textOf(file))).toEqual([
      'Sheet: Pupils',
      'Name | DOB | UPN | Card',
      'Name: Alex Brown | DOB: 14/02/2011 | UPN: B801200005001 | Card: 123456789012340000',
      'Name: Sam Green | DOB: 01/09/2012 | UPN: C801200005002 | Card: 4111111111111111',
      'Sheet: Medical',
      'Pupil | Condition',
      'Pupil: Alex Brown | Condition: Asthma',
    ]);
  });

  it('reads inline strings, booleans, errors, formula strings, built-in and custom date formats and times', async () => {
    const file = s.file(
      'raw.xlsx',
      rawWorkbook(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><r><t>Start</t></r><r><t> date</t></r></is></c>' +
          '<c r="C1" t="inlineStr"><is><t>Left</t></is></c><c r="D1" t="inlineStr"><is><t>Time</t></is></c><c r="E1" t="inlineStr"><is><t>Calc</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Alex</t></is></c><c r="B2" s="1"><v>40588</v></c><c r="C2" t="b"><v>1</v></c>' +
          '<c r="D2" s="3"><v>0.5</v></c><c r="E2" t="str"><f>A2&amp;"!"</f><v>Alex!</v></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Sam</t></is></c><c r="B3" s="2"><v>41153</v></c><c r="C3" t="b"><v>0</v></c><c r="E3" t="e"><v>#N/A</v></c></row>',
      ),
    );
    expect(lines(await textOf(file))).toEqual([
      'Sheet: Raw',
      'Name | Start date | Left | Time | Calc',
      'Name: Alex | Start date: 14/02/2011 | Left: TRUE | Time: 12:00 | Calc: Alex!',
      'Name: Sam | Start date: 01/09/2012 | Left: FALSE | Calc: #N/A',
    ]);
  });

  it('follows the 1900 leap-year bug and the 1904 date system', async () => {
    const row = (serials: number[]) =>
      '<row r="1"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c t="inlineStr"><is><t>c</t></is></c></row>' +
      `<row r="2">${serials.map((v) => `<c s="1"><v>${v}</v></c>`).join('')}</row>`;
    const f1900 = s.file('d1900.xlsx', rawWorkbook(row([59, 60, 61])));
    expect(lines(await textOf(f1900))).toContain('a: 28/02/1900 | b: 29/02/1900 | c: 01/03/1900');
    const f1904 = s.file('d1904.xlsx', rawWorkbook(row([0, 1, 39126]), { date1904: true }));
    expect(lines(await textOf(f1904))).toContain('a: 01/01/1904 | b: 02/01/1904 | c: 14/02/2011');
  });

  it('keeps a title row above the header and a far-right cell without building 16,000 empty columns', async () => {
    const file = s.file(
      'title.xlsx',
      rawWorkbook(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Class list 8En2</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Name</t></is></c><c r="XFD3" t="inlineStr"><is><t>Notes</t></is></c></row>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t>Alex</t></is></c><c r="XFD4" t="inlineStr"><is><t>Asthma</t></is></c></row>',
      ),
    );
    expect(lines(await textOf(file))).toEqual([
      'Sheet: Raw',
      'Class list 8En2',
      'Name | Notes',
      'Name: Alex | Notes: Asthma',
    ]);
  });

  it('repeats the header in front of every block of a large sheet', async () => {
    const rows: (string | number)[][] = [['Name', 'Score']];
    for (let i = 0; i < 2500; i++) rows.push([`Pupil ${i}`, i]);
    const text = await textOf(s.file('big.xlsx', writeXlsx({ sheets: [{ name: 'Big', rows }] })));
    const body = lines(text).filter((l) => l.startsWith('Name: '));
    expect(body).toHaveLength(2500);
    expect(body[2499]).toBe('Name: Pupil 2499 | Score: 2499');
  });
});
