import { odfParagraph, writeOdf } from './odf';
import type { PptxContent } from './pptx';

/** A minimal OpenDocument presentation (same shape as writePptx): one text box per page. */
export function writeOdp(content: PptxContent): Buffer {
  const pages = content.slides
    .map(
      (lines, i) =>
        `<draw:page draw:name="page${i + 1}" draw:master-page-name="Default">` +
        '<draw:frame svg:x="2cm" svg:y="2cm" svg:width="24cm" svg:height="15cm">' +
        `<draw:text-box>${lines.map(odfParagraph).join('')}</draw:text-box></draw:frame></draw:page>`,
    )
    .join('');
  return writeOdf(
    'application/vnd.oasis.opendocument.presentation',
    `<office:presentation>${pages}</office:presentation>`,
  );
}
