import { esc, XML_DECL } from './xml';
import { writeZip } from './zip';

export type XlsxCell = string | number | Date;
export interface XlsxContent {
  sheets: { name: string; rows: XlsxCell[][] }[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A minimal workbook: strings shared, numbers as numbers, Dates as date serials with a dd/mm/yyyy format. */
export function writeXlsx(content: XlsxContent): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const sheets = content.sheets.map((sheet) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((v, c) => {
            const ref = `${columnName(c)}${r + 1}`;
            if (v instanceof Date) return `<c r="${ref}" s="1"><v>${dateSerial(v)}</v></c>`;
            if (typeof v === 'number') return `<c r="${ref}"><v>${numberText(v)}</v></c>`;
            if (v === '') return '';
            return `<c r="${ref}" t="s"><v>${shared(v)}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    return XML_DECL + `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
  });
  const names = uniqueSheetNames(content.sheets.map((s) => s.name));
  const workbook =
    XML_DECL +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const n = sheets.length;
  const workbookRels =
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const sst =
    XML_DECL +
    `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        XML_DECL +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        XML_DECL +
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/sharedStrings.xml', data: sst },
  ]);
}

/** Style 0 is General; style 1 shows a date as dd/mm/yyyy (custom format 164). */
const STYLES =
  XML_DECL +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Days since 30/12/1899 (1900 date system; dates before March 1900 shift one day for the phantom 29/02/1900). */
export function dateSerial(d: Date): number {
  const serial = (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return serial < 61 ? serial - 1 : serial;
}

/** As spreadsheet writers store numbers: large ones in exponent form (which readers must undo). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return Math.abs(n) >= 1e16 ? n.toExponential().toUpperCase() : String(n);
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique. */
function uniqueSheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name =
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .slice(0, 31)
        .trim() || `Sheet${i + 1}`;
    while (seen.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${i + 1}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
