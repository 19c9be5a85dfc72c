import { esc, XML_DECL } from './xml';
import { writeZip } from './zip';

export interface DocxContent {
  paragraphs: string[];
  /** Each table is rows of cells; the first row is usually the header. */
  tables?: string[][][];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal Word document: paragraphs (tabs and line breaks kept), then tables. */
export function writeDocx(content: DocxContent): Buffer {
  const body = [
    ...content.paragraphs.map(paragraph),
    ...(content.tables ?? []).flatMap((t) => [table(t), paragraph('')]),
  ].join('');
  const document =
    XML_DECL +
    `<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        XML_DECL +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        XML_DECL +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        '</Relationships>',
    },
    { name: 'word/document.xml', data: document },
  ]);
}

/** A paragraph whose tabs become <w:tab/> and newlines <w:br/>. */
function paragraph(text: string): string {
  const runs = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${esc(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return runs ? `<w:p><w:r>${runs}</w:r></w:p>` : '<w:p/>';
}

function table(rows: string[][]): string {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const width = Math.floor(9026 / cols);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
  const trs = rows
    .map((r) => {
      const cells = Array.from({ length: cols }, (_, i) => r[i] ?? '');
      return `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(c)}</w:tc>`).join('')}</w:tr>`;
    })
    .join('');
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${trs}</w:tbl>`;
}
