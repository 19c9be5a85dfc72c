import { writeOdp, writeOds, writeOdt, writeZip } from '../../../connectors/files/write';
import { lines, reasonOf, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';

describe('odt', () => {
  it('reads paragraphs with spaces, tabs and line breaks, and tables as labelled rows', async () => {
    const file = s.file(
      'letter.odt',
      writeOdt({
        paragraphs: ['Dear  parent,', 'Name:\tAlex Brown', 'one\ntwo'],
        tables: [
          [
            ['Name', 'DOB'],
            ['Alex Brown', '14/02/2011'],
          ],
        ],
      }),
    );
    expect(lines(await textOf(file))).toEqual([
      'Dear  parent,',
      'Name:\tAlex Brown',
      'one',
      'two',
      'Name | DOB',
      'Name: Alex Brown | DOB: 14/02/2011',
    ]);
  });

  it('reads page headers and footers from styles.xml, not the rest of the styles', async () => {
    const content = `<office:document-content ${NS}><office:body><office:text><text:h>Title</text:h></office:text></office:body></office:document-content>`;
    const styles =
      `<office:document-styles ${NS}><office:styles><text:p>not page text</text:p></office:styles><office:master-styles><style:master-page>` +
      '<style:header><text:p>Confidential - Alex Brown</text:p></style:header><style:footer><text:p>Page footer</text:p></style:footer>' +
      '</style:master-page></office:master-styles></office:document-styles>';
    const file = s.file(
      'hf.odt',
      writeZip([
        { name: 'content.xml', data: content },
        { name: 'styles.xml', data: styles },
      ]),
    );
    expect(lines(await textOf(file))).toEqual(['Title', 'Confidential - Alex Brown', 'Page footer']);
  });

  it('reports an encrypted document', async () => {
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">' +
      '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>';
    const file = s.file(
      'locked.odt',
      writeZip([
        { name: 'META-INF/manifest.xml', data: manifest },
        { name: 'content.xml', data: 'garbage' },
      ]),
    );
    expect(await reasonOf(file)).toBe('encrypted document');
  });
});

describe('ods', () => {
  it('reads every sheet with its name, dates from office:date-value, numbers', async () => {
    const file = s.file(
      'pupils.ods',
      writeOds({
        sheets: [
          {
            name: 'Pupils',
            rows: [
              ['Name', 'DOB', 'Score'],
              ['Alex Brown', new Date(Date.UTC(2014, 1, 1)), 42],
            ],
          },
          {
            name: 'Second',
            rows: [
              ['Pupil', 'Note'],
              ['Sam', 'Asthma'],
            ],
          },
        ],
      }),
    );
    expect(lines(await textOf(file))).toEqual([
      'Sheet: Pupils',
      'Name | DOB | Score',
      'Name: Alex Brown | DOB: 01/02/2014 | Score: 42',
      'Sheet: Second',
      'Pupil | Note',
      'Pupil: Sam | Note: Asthma',
    ]);
  });

  it('caps repeated rows and columns: a sheet claiming a million empty cells stays small', async () => {
    const content =
      `<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="S">` +
      '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="string"><text:p>Form</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>Same</text:p></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="float" office:value="7"/></table:table-row>' +
      '<table:table-row><table:table-cell office:value-type="string"><text:p>Long</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/>' +
      '<table:table-cell office:value-type="float" office:value="123456789012340000"><text:p>1.2345678901234E+017</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>';
    const file = s.file('repeat.ods', writeZip([{ name: 'content.xml', data: content }]));
    expect(lines(await textOf(file))).toEqual([
      'Sheet: S',
      'Name | Form',
      'Name: Same | Form: 7',
      'Name: Same | Form: 7',
      'Name: Same | Form: 7',
      'Name: Long | Form: 123456789012340000',
    ]);
  });
});

describe('odp', () => {
  it('reads pages in order', async () => {
    const file = s.file('deck.odp', writeOdp({ slides: [['First', 'point'], ['Second']] }));
    expect(lines(await textOf(file))).toEqual(['First', 'point', 'Second']);
  });
});
