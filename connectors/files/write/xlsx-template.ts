/**
 * The incident log's sheet templates as an Excel workbook, for Microsoft 365 schools that keep the log in
 * a file. It means what `apps-script/sheets/apply-template.ts` does in Google Sheets: bold headers,
 * widths, frozen panes, dropdowns, plain-text and date columns, header notes, conditional formats and a
 * protection on every sheet. Excel's sheet protection has no list of editors, so here it only guards
 * against accidents: who may open the file at all is its sharing in SharePoint or OneDrive.
 */
import type { ColumnDef, ConditionalFormat, SheetTemplate, SpreadsheetTemplate } from '../../../core/incidents';
import { columnName } from './xlsx';
import { esc, XML_DECL } from './xml';
import { writeZip } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The last row of a worksheet: open-ended ranges ("A2:G", as Sheets takes them) run down to it. */
export const EXCEL_MAX_ROW = 1_048_576;
/** Excel refuses an inline dropdown list longer than this; longer ones live on the hidden Lists sheet. */
const INLINE_LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const LISTS_SHEET = 'Lists';

/** Cell formats by index in styles.xml. Data cells of editable sheets are unlocked; headers never are. */
const XF = {
  general: 0,
  header: 1,
  open: { text: 2, wrapped: 3, date: 4, general: 5 },
  locked: { text: 6, wrapped: 7, date: 8, general: 0 },
} as const;

/** A workbook whose sheets, in template order, look and behave as `setup()` makes them in Google Sheets. */
export function writeTemplateXlsx(template: SpreadsheetTemplate): Buffer {
  checkSheetNames(template.sheets.map((sheet) => sheet.name));
  const strings = new SharedStrings();
  const dxfs = new Dxfs();
  const lists = new ListsSheet(template.sheets.map((sheet) => sheet.name));
  const sheets = template.sheets.map((sheet, i) => worksheetXml(sheet, i === 0, strings, dxfs, lists));
  const names = template.sheets.map((sheet) => sheet.name);
  if (!lists.empty) {
    sheets.push(lists.worksheetXml(strings));
    names.push(lists.name);
  }
  const hidden = lists.empty ? -1 : names.length - 1;
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes(sheets.length) },
    { name: '_rels/.rels', data: packageRels() },
    { name: 'docProps/core.xml', data: coreProperties(template) },
    { name: 'xl/workbook.xml', data: workbookXml(names, hidden, lists.definedNames()) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(sheets.length) },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    { name: 'xl/styles.xml', data: stylesXml(dxfs.xml()) },
    { name: 'xl/sharedStrings.xml', data: strings.xml() },
  ]);
}

/**
 * Template widths are pixels; Excel stores widths in characters of the default font (Calibri 11, whose
 * widest digit is 7 px, plus 5 px of padding), truncated to 1/256 as Excel itself writes them.
 */
export function excelColumnWidth(pixels: number): number {
  const characters = Math.trunc(((Math.max(pixels, 5) - 5) / 7) * 100 + 0.5) / 100;
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}

/** Functions Google Sheets has and Excel lacks: a template using one would give a rule that never fires. */
const SHEETS_ONLY = new Set([
  'ARRAYFORMULA',
  'REGEXMATCH',
  'REGEXEXTRACT',
  'REGEXREPLACE',
  'QUERY',
  'IMPORTRANGE',
  'SPLIT',
  'JOIN',
  'ISEMAIL',
  'ISURL',
  'ISBETWEEN',
  'TO_DATE',
  'TO_TEXT',
  'GOOGLEFINANCE',
  'SPARKLINE',
]);
/** Functions newer than the 2007 file format are stored with Excel's "_xlfn." prefix. */
const NEWER_EXCEL = new Set(['IFS', 'SWITCH', 'TEXTJOIN', 'CONCAT', 'MAXIFS', 'MINIFS', 'IFNA', 'DAYS', 'XLOOKUP']);

/**
 * A Sheets custom formula (`=AND($F2<>"",$F2<TODAY())`) as the text of an Excel `<formula>`: no leading
 * "=", newer functions prefixed. Both read it relative to the range's top-left cell, so references stay.
 */
export function excelFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  if (body === '') throw new Error('conditional format with an empty formula');
  // Odd-numbered parts are string literals ("open", "a""b"): function names are looked for outside them.
  const parts = body.split(/("(?:[^"]|"")*")/);
  const code = parts.filter((_, i) => i % 2 === 0);
  for (const [, name] of code.join(' ').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (SHEETS_ONLY.has(name!.toUpperCase())) throw new Error(`${name} is a Google Sheets function Excel lacks`);
  }
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(\s*\()/g,
            (all, before: string, name: string, open) =>
              NEWER_EXCEL.has(name.toUpperCase()) ? `${before}_xlfn.${name.toUpperCase()}${open}` : all,
          ),
    )
    .join('');
}

/** An A1 range as Sheets takes it ("A2:G", "A:G", "B3") in the closed form Excel's sqref needs. */
export function excelRange(range: string): string {
  const m = /^([A-Z]{1,3})(\d+)?(?::([A-Z]{1,3})(\d+)?)?$/.exec(range.trim().toUpperCase());
  if (!m) throw new Error(`"${range}" is not an A1 range`);
  const [, fromCol, fromRow, toCol, toRow] = m;
  if (toCol === undefined) {
    if (fromRow === undefined) return `${fromCol}1:${fromCol}${EXCEL_MAX_ROW}`;
    return `${fromCol}${fromRow}`;
  }
  return `${fromCol}${fromRow ?? 1}:${toCol}${toRow ?? EXCEL_MAX_ROW}`;
}

function worksheetXml(
  sheet: SheetTemplate,
  selected: boolean,
  strings: SharedStrings,
  dxfs: Dxfs,
  lists: ListsSheet,
): string {
  if (sheet.columns.length === 0) throw new Error(`sheet "${sheet.name}" has no columns`);
  const editable = sheet.protection.editors === 'dsl-team';
  const last = columnName(sheet.columns.length - 1);
  const cols = sheet.columns
    .map((column, i) => {
      const width = excelColumnWidth(column.width);
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" style="${dataStyle(column, editable)}" customWidth="1"/>`;
    })
    .join('');
  const header = sheet.columns
    .map((column, i) => `<c r="${columnName(i)}1" s="${XF.header}" t="s"><v>${strings.add(column.header)}</v></c>`)
    .join('');
  const validations = sheet.columns.flatMap((column, i) => columnValidations(sheet, column, i, lists));
  return (
    XML_DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}1"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    frozenPane(sheet.frozenRows, sheet.frozenColumns) +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData><row r="1" spans="1:${sheet.columns.length}">${header}</row></sheetData>` +
    sheetProtection(editable) +
    conditionalFormats(sheet.conditionalFormats, dxfs) +
    (validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** As apply-template: text, long text, email and date-time columns hold plain text ("@"), so "0042" stays. */
function dataStyle(column: ColumnDef, editable: boolean): number {
  const set = editable ? XF.open : XF.locked;
  switch (column.type) {
    case 'text':
    case 'email':
    case 'datetime':
      return set.text;
    case 'longtext':
      return set.wrapped;
    case 'date':
      return set.date;
    default:
      return set.general;
  }
}

function frozenPane(rows: number, columns: number): string {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
    throw new Error(`frozen rows and columns must be whole numbers (got ${rows}, ${columns})`);
  }
  if (rows === 0 && columns === 0) return '';
  const topLeft = `${columnName(columns)}${rows + 1}`;
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} ` +
    `topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/**
 * No password: it stops a header being typed over or a column dragged away by accident, which is all
 * Excel's protection can do. Editable sheets still let people fill, insert and sort rows and resize
 * columns; script-only sheets (written by automation in Google) are locked whole.
 */
function sheetProtection(editable: boolean): string {
  const allowed = editable
    ? ' formatColumns="0" formatRows="0" insertRows="0" sort="0" autoFilter="0"'
    : ' formatColumns="0" formatRows="0"';
  return `<sheetProtection sheet="1" objects="1" scenarios="1"${allowed}/>`;
}

/** Sheets applies the first matching rule only; stopIfTrue in priority order does the same in Excel. */
function conditionalFormats(formats: readonly ConditionalFormat[], dxfs: Dxfs): string {
  return formats
    .map(
      (format, i) =>
        `<conditionalFormatting sqref="${excelRange(format.range)}">` +
        `<cfRule type="expression" dxfId="${dxfs.add(format.format)}" priority="${i + 1}" stopIfTrue="1">` +
        `<formula>${esc(excelFormula(format.formula))}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

/** The dropdown on the column's data cells, and the header note as the message shown when it is selected. */
function columnValidations(sheet: SheetTemplate, column: ColumnDef, index: number, lists: ListsSheet): string[] {
  const letter = columnName(index);
  const out: string[] = [];
  if (column.note) {
    out.push(
      `<dataValidation allowBlank="1" showInputMessage="1" promptTitle="${esc(clip(column.header, PROMPT_TITLE_MAX))}" ` +
        `prompt="${esc(clip(column.note, PROMPT_MAX))}" sqref="${letter}1"/>`,
    );
  }
  if (column.validation) {
    const { list, strict } = column.validation;
    if (list.length === 0) throw new Error(`column "${column.header}" has an empty choice list`);
    const inline = list.join(',');
    const source =
      inline.length <= INLINE_LIST_MAX && !list.some((item) => /[,"]/.test(item))
        ? `"${inline}"`
        : lists.add(sheet.name, column, list);
    // Sheets' setAllowInvalid(true) keeps an unlisted value and marks it; Excel's "warning" asks, then keeps it.
    out.push(
      `<dataValidation type="list" errorStyle="${strict ? 'stop' : 'warning'}" allowBlank="1" showErrorMessage="1" ` +
        `errorTitle="${esc(clip(column.header, PROMPT_TITLE_MAX))}" error="Choose a value from the list." ` +
        `sqref="${letter}2:${letter}${EXCEL_MAX_ROW}"><formula1>${esc(source)}</formula1></dataValidation>`,
    );
  }
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The hidden sheet that holds dropdown lists too long (or with commas) to write inline. */
class ListsSheet {
  readonly name: string;
  private readonly columns: { header: string; items: readonly string[]; definedName: string }[] = [];

  constructor(taken: readonly string[]) {
    const lower = new Set(taken.map((name) => name.toLowerCase()));
    let name = LISTS_SHEET;
    for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${LISTS_SHEET} ${n}`;
    this.name = name;
  }

  get empty(): boolean {
    return this.columns.length === 0;
  }

  /** The defined name that the validation refers to (Excel 2007 accepts other-sheet sources only by name). */
  add(sheetName: string, column: ColumnDef, items: readonly string[]): string {
    const base = `List_${sheetName.replace(/[^A-Za-z0-9]/g, '')}_${column.key.replace(/[^A-Za-z0-9]/g, '')}`;
    let definedName = base;
    for (let n = 2; this.columns.some((c) => c.definedName.toLowerCase() === definedName.toLowerCase()); n++) {
      definedName = `${base}_${n}`;
    }
    this.columns.push({ header: `${sheetName}: ${column.header}`, items, definedName });
    return definedName;
  }

  definedNames(): string {
    if (this.empty) return '';
    const sheet = `'${this.name.replace(/'/g, "''")}'`;
    return (
      '<definedNames>' +
      this.columns
        .map((c, i) => {
          const col = columnName(i);
          return `<definedName name="${c.definedName}">${esc(`${sheet}!$${col}$2:$${col}$${c.items.length + 1}`)}</definedName>`;
        })
        .join('') +
      '</definedNames>'
    );
  }

  worksheetXml(strings: SharedStrings): string {
    const height = Math.max(...this.columns.map((c) => c.items.length)) + 1;
    const rows: string[] = [];
    for (let r = 0; r < height; r++) {
      const cells = this.columns
        .map((c, i) => {
          const text = r === 0 ? c.header : c.items[r - 1];
          if (text === undefined) return '';
          return `<c r="${columnName(i)}${r + 1}"${r === 0 ? ` s="${XF.header}"` : ''} t="s"><v>${strings.add(text)}</v></c>`;
        })
        .join('');
      rows.push(`<row r="${r + 1}">${cells}</row>`);
    }
    return (
      XML_DECL +
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<dimension ref="A1:${columnName(this.columns.length - 1)}${height}"/>` +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols><col min="1" max="${this.columns.length}" width="${excelColumnWidth(300)}" customWidth="1"/></cols>` +
      `<sheetData>${rows.join('')}</sheetData>` +
      sheetProtection(false) +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '</worksheet>'
    );
  }
}

class SharedStrings {
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    return (
      XML_DECL +
      `<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.strings.length}">` +
      this.strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
      '</sst>'
    );
  }
}

/** Differential formats for the conditional formats, one per distinct look. */
class Dxfs {
  private readonly xmls: string[] = [];

  add(format: ConditionalFormat['format']): number {
    const font =
      format.bold || format.fontColor
        ? `<font>${format.bold ? '<b/>' : ''}${format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : ''}</font>`
        : '';
    // Excel reads a dxf's solid fill from bgColor; LibreOffice from fgColor: both are given.
    const fill = format.background
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.background)}"/>` +
        `<bgColor rgb="${argb(format.background)}"/></patternFill></fill>`
      : '';
    const xml = `<dxf>${font}${fill}</dxf>`;
    const known = this.xmls.indexOf(xml);
    if (known >= 0) return known;
    this.xmls.push(xml);
    return this.xmls.length - 1;
  }

  xml(): string {
    return `<dxfs count="${this.xmls.length}">${this.xmls.join('')}</dxfs>`;
  }
}

function argb(colour: string): string {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) throw new Error(`"${colour}" is not a #rrggbb colour`);
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return `FF${hex.toUpperCase()}`;
}

/** Excel's rules for sheet names; renaming would break the names the log's code looks sheets up by. */
function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new Error(`"${name}" cannot be an Excel sheet name (1-31 characters, none of []:*?/\\)`);
    }
    if (seen.has(name.toLowerCase())) throw new Error(`two sheets are named "${name}"`);
    seen.add(name.toLowerCase());
  }
}

const unlocked = '<protection locked="0"/>';
const cell = (numFmtId: number, extra: { font?: number; wrap?: boolean; locked?: boolean } = {}) => {
  const children =
    (extra.wrap ? '<alignment vertical="top" wrapText="1"/>' : '') + (extra.locked === false ? unlocked : '');
  const applies =
    (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
    (extra.font ? ' applyFont="1"' : '') +
    (extra.wrap ? ' applyAlignment="1"' : '') +
    (extra.locked === false ? ' applyProtection="1"' : '');
  const open = `<xf numFmtId="${numFmtId}" fontId="${extra.font ?? 0}" fillId="0" borderId="0" xfId="0"${applies}`;
  return children === '' ? `${open}/>` : `${open}>${children}</xf>`;
};

/** Cell formats in the order of XF; 49 is Excel's built-in "@" (text), 164 our dd/mm/yyyy. */
function stylesXml(dxfs: string): string {
  const xfs = [
    cell(0),
    cell(0, { font: 1 }),
    cell(49, { locked: false }),
    cell(49, { wrap: true, locked: false }),
    cell(164, { locked: false }),
    cell(0, { locked: false }),
    cell(49),
    cell(49, { wrap: true }),
    cell(164),
  ];
  return (
    XML_DECL +
    `<styleSheet xmlns="${MAIN}">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    dxfs +
    '</styleSheet>'
  );
}

function workbookXml(names: readonly string[], hidden: number, definedNames: string): string {
  return (
    XML_DECL +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    '<sheets>' +
    names
      .map(
        (name, i) =>
          `<sheet name="${esc(name)}" sheetId="${i + 1}"${i === hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets>' +
    definedNames +
    '</workbook>'
  );
}

function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    rels.join('') +
    `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheets + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

function packageRels(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    '</Relationships>'
  );
}

/** The title Excel and SharePoint show; no dates, so the same templates always give the same bytes. */
function coreProperties(template: SpreadsheetTemplate): string {
  const who =
    template.access === 'dsl-team' ? 'Share this file with the DSL team only.' : 'Share this file with nobody.';
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(template.title)}</dc:title>` +
    `<dc:description>${esc(who)}</dc:description>` +
    '<dc:creator>sos</dc:creator>' +
    '</cp:coreProperties>'
  );
}

function contentTypes(sheets: number): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    Array.from(
      { length: sheets },
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    ).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}
