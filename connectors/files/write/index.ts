/** Deterministic minimal document writers, for tests and the sample-school demo. */
export { writeDocx, type DocxContent } from './docx';
export { writeXlsx, type XlsxContent, type XlsxCell } from './xlsx';
export { writePptx, type PptxContent } from './pptx';
export { writeOdt } from './odt';
export { writeOds } from './ods';
export { writeOdp } from './odp';
export { writePdf, type PdfContent } from './pdf';
export { writeEml, type EmlContent, type EmlAttachment } from './eml';
export { writeZip, type ZipEntry } from './zip';
