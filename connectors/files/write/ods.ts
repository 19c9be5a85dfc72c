import { odfParagraph, writeOdf } from './odf';
import type { XlsxCell, XlsxContent } from './xlsx';
import { esc } from './xml';

/** A minimal OpenDocument spreadsheet (same shape as writeXlsx): Dates become date cells shown as ISO text. */
export function writeOds(content: XlsxContent): Buffer {
  const tables = content.sheets
    .map((sheet) => {
      const cols = Math.max(1, ...sheet.rows.map((r) => r.length));
      const rows = sheet.rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
      return `<table:table table:name="${esc(sheet.name)}"><table:table-column table:number-columns-repeated="${cols}"/>${rows}</table:table>`;
    })
    .join('');
  return writeOdf(
    'application/vnd.oasis.opendocument.spreadsheet',
    `<office:spreadsheet>${tables}</office:spreadsheet>`,
  );
}

function cell(v: XlsxCell): string {
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    return `<table:table-cell office:value-type="date" office:date-value="${iso}">${odfParagraph(iso)}</table:table-cell>`;
  }
  if (typeof v === 'number') {
    return `<table:table-cell office:value-type="float" office:value="${v}">${odfParagraph(String(v))}</table:table-cell>`;
  }
  if (v === '') return '<table:table-cell/>';
  return `<table:table-cell office:value-type="string">${odfParagraph(v)}</table:table-cell>`;
}
