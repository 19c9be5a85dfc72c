import type { DocxContent } from './docx';
import { odfParagraph, odfTable, writeOdf } from './odf';

/** A minimal OpenDocument text: paragraphs, then tables (same shape as writeDocx). */
export function writeOdt(content: DocxContent): Buffer {
  const body =
    content.paragraphs.map(odfParagraph).join('') +
    (content.tables ?? []).map((t, i) => odfTable(`Table${i + 1}`, t) + '<text:p/>').join('');
  return writeOdf('application/vnd.oasis.opendocument.text', `<office:text>${body}</office:text>`);
}
