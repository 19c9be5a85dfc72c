import { esc, XML_DECL } from './xml';
import { writeZip } from './zip';

export const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'office:version="1.2"';

/** An ODF package: `mimetype` first and stored (how readers recognise it), manifest, content and styles. */
export function writeOdf(mediaType: string, body: string): Buffer {
  const content =
    XML_DECL + `<office:document-content ${ODF_NS}><office:body>${body}</office:body></office:document-content>`;
  const styles =
    XML_DECL +
    `<office:document-styles ${ODF_NS}><office:automatic-styles>` +
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout>' +
    '</office:automatic-styles><office:master-styles>' +
    '<style:master-page style:name="Default" style:page-layout-name="pm1"/>' +
    '</office:master-styles></office:document-styles>';
  const manifest =
    XML_DECL +
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mediaType}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
    '</manifest:manifest>';
  return writeZip([
    { name: 'mimetype', data: mediaType, store: true },
    { name: 'META-INF/manifest.xml', data: manifest },
    { name: 'content.xml', data: content },
    { name: 'styles.xml', data: styles },
  ]);
}

/** A text:p with tabs, line breaks and runs of spaces in ODF's elements. */
export function odfParagraph(text: string): string {
  const inner = esc(text)
    .replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\r?\n/g, '<text:line-break/>');
  return `<text:p>${inner}</text:p>`;
}

/** A table of text cells. */
export function odfTable(name: string, rows: string[][]): string {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const trs = rows
    .map((r) => {
      const cells = Array.from({ length: cols }, (_, i) => r[i] ?? '');
      return `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string">${odfParagraph(c)}</table:table-cell>`).join('')}</table:table-row>`;
    })
    .join('');
  return `<table:table table:name="${esc(name)}"><table:table-column table:number-columns-repeated="${cols}"/>${trs}</table:table>`;
}
