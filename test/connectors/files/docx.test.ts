import { writeDocx, writeZip } from '../../../connectors/files/write';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('docx', () => {
  it('reads back paragraphs with tabs and line breaks, and tables as header-labelled rows', async () => {
    const file = s.file(
      'letter.docx',
      writeDocx({
        paragraphs: ['Dear parent,', 'Name:\tAlex Brown', 'first line\nsecond line'],
        tables: [
          [
            ['Name', 'DOB', 'Allergy'],
            ['Alex Brown', '14/02/2011', 'Peanuts'],
            ['Sam Green', '01/09/2012', ''],
          ],
        ],
      }),
    );
    expect(lines(await textOf(file))).toEqual([
      'Dear parent,',
      'Name:\tAlex Brown',
      'first line',
      'second line',
      'Name | DOB | Allergy',
      'Name: Alex Brown | DOB: 14/02/2011 | Allergy: Peanuts',
      'Name: Sam Green | DOB: 01/09/2012',
    ]);
  });

  it('renders a two-column form table as label: value lines', async () => {
    const file = s.file(
      'form.docx',
      writeDocx({
        paragraphs: ['Payment record'],
        tables: [
          [
            ['Cardholder name', 'Ms Jane Smith'],
            ['Pupil', 'Alex Smith (7C)'],
            ['Card number', '4111 1111 1111 1111'],
          ],
        ],
      }),
    );
    expect(lines(await textOf(file))).toEqual([
      'Payment record',
      'Cardholder name: Ms Jane Smith',
      'Pupil: Alex Smith (7C)',
      'Card number: 4111 1111 1111 1111',
    ]);
  });

  it('reads headers, footers, footnotes and comments, skips field codes, keeps merged-cell columns aligned', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const doc =
      `<w:document ${W}><w:body>` +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Body</w:t></w:r>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Form</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Note</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Alex Brown</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Asthma</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '</w:body></w:document>';
    const part = (root: string, text: string) => `<w:${root} ${W}><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${root}>`;
    const file = s.file(
      'parts.docx',
      writeZip([
        { name: 'word/document.xml', data: doc },
        { name: 'word/header1.xml', data: part('hdr', 'Header text') },
        { name: 'word/footer1.xml', data: part('ftr', 'Footer text') },
        { name: 'word/footnotes.xml', data: part('footnotes', 'A footnote') },
        { name: 'word/comments.xml', data: part('comments', 'A comment') },
      ]),
    );
    expect(lines(await textOf(file))).toEqual([
      'Body',
      'Name | Form | Note',
      'Name: Alex Brown | Note: Asthma',
      'Header text',
      'Footer text',
      'A footnote',
      'A comment',
    ]);
  });
});
