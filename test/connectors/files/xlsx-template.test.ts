import {
  EXCEL_MAX_ROW,
  excelColumnWidth,
  excelFormula,
  excelRange,
  writeTemplateXlsx,
} from '../../../connectors/files/write/xlsx-template';
import { memorySource } from '../../../connectors/files/source';
import { DEFAULT_LIMITS } from '../../../connectors/files/types';
import { GuardedZip } from '../../../connectors/files/zip/guarded-zip';
import { CATEGORIES, type SheetTemplate, type SpreadsheetTemplate } from '../../../core/incidents';
import {
  ACTIONS_SHEET,
  CHASE_LOG_SHEET,
  INCIDENT_LOG_SHEET,
  INCIDENT_SPREADSHEET,
  letterOf,
  NEEDS_ATTENTION_SHEET,
  SUMMARIES_SHEET,
} from '../../../sheets-templates';
import { scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

/** The parts of a workbook, read back with our own zip reader, and its sheets resolved the way Excel does. */
interface Book {
  part(name: string): string;
  sheets: { name: string; state: string | undefined; xml: string }[];
  strings: string[];
  sheet(name: string): string;
}

async function open(data: Buffer): Promise<Book> {
  const zip = await GuardedZip.open(memorySource(data), DEFAULT_LIMITS);
  const parts = new Map<string, string>();
  try {
    for (const name of zip.names()) parts.set(name, await zip.readText(name));
  } finally {
    zip.close();
  }
  const part = (name: string) => {
    const text = parts.get(name);
    if (text === undefined) throw new Error(`no part ${name}`);
    return text;
  };
  const targets = new Map(
    [...part('xl/_rels/workbook.xml.rels').matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const sheets = [
    ...part('xl/workbook.xml').matchAll(/<sheet name="([^"]+)" sheetId="\d+"( state="(\w+)")? r:id="(rId\d+)"/g),
  ].map((m) => ({ name: m[1]!, state: m[3], xml: part(`xl/${targets.get(m[4]!)}`) }));
  const strings = [...part('xl/sharedStrings.xml').matchAll(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g)].map(
    (m) => unescape(m[1]!),
  );
  const sheet = (name: string) => {
    const found = sheets.find((x) => x.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found.xml;
  };
  return { part, sheets, strings, sheet };
}

const unescape = (xml: string) =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Text cells of one row, by reference, through the shared strings. */
function row(book: Book, xml: string, r: number): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(new RegExp(`<c r="([A-Z]+)${r}"[^>]*t="s"><v>(\\d+)</v></c>`, 'g'))) {
    cells.set(m[1]!, book.strings[Number(m[2])]!);
  }
  return cells;
}

function validationFor(xml: string, sqref: string): { attrs: string; formula: string } | undefined {
  const m = new RegExp(`<dataValidation ([^>]*sqref="${sqref}")><formula1>([^<]*)</formula1>`).exec(xml);
  return m ? { attrs: m[1]!, formula: unescape(m[2]!) } : undefined;
}

/** The cellXfs entries of styles.xml, in index order. */
function cellXfs(book: Book): string[] {
  const block = /<cellXfs count="\d+">(.*)<\/cellXfs>/.exec(book.part('xl/styles.xml'))![1]!;
  return [...block.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
}

function columnStyle(xml: string, index: number): number {
  const m = new RegExp(`<col min="${index + 1}" max="${index + 1}" width="([\\d.]+)" style="(\\d+)"`).exec(xml);
  if (!m) throw new Error(`no col ${index + 1}`);
  return Number(m[2]);
}

describe('writeTemplateXlsx', () => {
  let book: Book;
  beforeAll(async () => {
    book = await open(writeTemplateXlsx(INCIDENT_SPREADSHEET));
  });

  it('has one worksheet per template, in order, then the hidden Lists sheet', () => {
    expect(book.sheets.map((x) => x.name)).toEqual([
      'Incident Log',
      'Actions',
      'Needs Attention',
      'Summaries',
      'Chase Log',
      'Lists',
    ]);
    expect(book.sheets.map((x) => x.state)).toEqual([undefined, undefined, undefined, undefined, undefined, 'hidden']);
  });

  it.each(INCIDENT_SPREADSHEET.sheets.map((sheet) => [sheet.name, sheet] as const))(
    '%s: row 1 holds the headers in template order, in the bold header style',
    (name, template) => {
      const xml = book.sheet(name);
      expect([...row(book, xml, 1).values()]).toEqual(template.columns.map((column) => column.header));
      const headerStyles = [...xml.matchAll(/<c r="[A-Z]+1" s="(\d+)"/g)].map((m) => Number(m[1]));
      expect(new Set(headerStyles)).toEqual(new Set([1]));
      expect(cellXfs(book)[1]).toMatch(/fontId="1"/);
      expect(book.part('xl/styles.xml')).toMatch(/<fonts count="2">.*<font><b\/>/);
    },
  );

  it('puts every category label in the Category dropdown, through a named range on the Lists sheet', () => {
    const letter = letterOf(INCIDENT_LOG_SHEET.columns, 'category');
    const validation = validationFor(book.sheet('Incident Log'), `${letter}2:${letter}${EXCEL_MAX_ROW}`);
    expect(validation).toBeDefined();
    expect(validation!.attrs).toMatch(/type="list"/);
    expect(validation!.attrs).toMatch(/errorStyle="stop"/);
    const name = validation!.formula;
    const range = new RegExp(`<definedName name="${name}">'Lists'!\\$([A-Z]+)\\$2:\\$\\1\\$(\\d+)</definedName>`).exec(
      book.part('xl/workbook.xml'),
    );
    expect(range).not.toBeNull();
    const lists = book.sheet('Lists');
    const labels = [];
    for (let r = 2; r <= Number(range![2]); r++) labels.push(row(book, lists, r).get(range![1]!));
    expect(labels).toEqual(CATEGORIES.map((category) => category.label));
    expect(lists).toMatch(/<sheetProtection sheet="1"/);
  });

  it('writes short lists inline, quoted', () => {
    const letter = letterOf(INCIDENT_LOG_SHEET.columns, 'status');
    expect(validationFor(book.sheet('Incident Log'), `${letter}2:${letter}${EXCEL_MAX_ROW}`)?.formula).toBe(
      '"open,closed"',
    );
  });

  it('freezes the header row and the first column where the template says so', () => {
    expect(book.sheet('Actions')).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
    expect(book.sheet('Needs Attention')).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
  });

  it('highlights overdue actions with the template formula, without its "=", over the data rows', () => {
    const overdue = ACTIONS_SHEET.conditionalFormats.find((format) => format.id === 'overdue')!;
    const due = letterOf(ACTIONS_SHEET.columns, 'due');
    const done = letterOf(ACTIONS_SHEET.columns, 'done');
    expect(overdue.formula).toBe(`=AND($${due}2<>"",$${due}2<TODAY(),$${done}2="")`);
    const rules = [
      ...book
        .sheet('Actions')
        .matchAll(
          /<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)" priority="(\d+)" stopIfTrue="1"><formula>([^<]*)<\/formula>/g,
        ),
    ].map((m) => ({ sqref: m[1], dxf: Number(m[2]), priority: Number(m[3]), formula: unescape(m[4]!) }));
    expect(rules.map((r) => r.formula)).toEqual(ACTIONS_SHEET.conditionalFormats.map((f) => f.formula.slice(1)));
    expect(rules[0]).toMatchObject({ sqref: `A2:F${EXCEL_MAX_ROW}`, priority: 1 });
    expect(rules[1]!.priority).toBe(2);
    const dxfs = [...book.part('xl/styles.xml').matchAll(/<dxf>(.*?)<\/dxf>/g)].map((m) => m[1]!);
    expect(dxfs[rules[0]!.dxf]).toBe(
      '<font><b/><color rgb="FF8A1C12"/></font>' +
        '<fill><patternFill patternType="solid"><fgColor rgb="FFF4C7C3"/><bgColor rgb="FFF4C7C3"/></patternFill></fill>',
    );
    expect(dxfs[rules[1]!.dxf]).toContain('<bgColor rgb="FFFCE8B2"/>');
  });

  it('protects every sheet without a password: headers locked, data open only on DSL-team sheets', () => {
    for (const { name, xml } of book.sheets) {
      expect([name, /<sheetProtection sheet="1"[^>]*\/>/.test(xml)]).toEqual([name, true]);
      expect(xml).not.toMatch(/password|hashValue/i);
    }
    const xfs = cellXfs(book);
    const locked = (style: number) => !xfs[style]!.includes('locked="0"');
    expect(locked(1)).toBe(true);
    for (const template of [INCIDENT_LOG_SHEET, ACTIONS_SHEET, NEEDS_ATTENTION_SHEET]) {
      const xml = book.sheet(template.name);
      template.columns.forEach((_, i) => expect(locked(columnStyle(xml, i))).toBe(false));
      expect(xml).toMatch(/insertRows="0"/);
    }
    for (const template of [SUMMARIES_SHEET, CHASE_LOG_SHEET]) {
      const xml = book.sheet(template.name);
      template.columns.forEach((_, i) => expect(locked(columnStyle(xml, i))).toBe(true));
    }
  });

  it('gives text columns the "@" format, date columns dd/mm/yyyy and long text wrapping', () => {
    const xfs = cellXfs(book);
    const xml = book.sheet('Actions');
    const styleOf = (key: string) =>
      xfs[
        columnStyle(
          xml,
          ACTIONS_SHEET.columns.findIndex((c) => c.key === key),
        )
      ]!;
    expect(styleOf('owner')).toMatch(/numFmtId="49"/);
    expect(styleOf('due')).toMatch(/numFmtId="164"/);
    expect(book.part('xl/styles.xml')).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(styleOf('description')).toMatch(/numFmtId="49".*wrapText="1"/);
    const summaries = book.sheet('Summaries');
    const incidents = SUMMARIES_SHEET.columns.findIndex((c) => c.key === 'incidents');
    expect(xfs[columnStyle(summaries, incidents)]).toMatch(/numFmtId="0"/);
  });

  it('converts pixel widths to Excel character widths', () => {
    // Excel shows 100 px as 13.57 characters, stored with its 5 px padding as 14.28125.
    expect(excelColumnWidth(100)).toBe(14.28125);
    expect(excelColumnWidth(64)).toBeCloseTo(9.140625, 6);
    const m = /<col min="3" max="3" width="([\d.]+)"/.exec(book.sheet('Actions'));
    expect(Number(m![1])).toBe(excelColumnWidth(ACTIONS_SHEET.columns[2]!.width));
  });

  it('shows header notes as the message of the header cell', () => {
    const letter = letterOf(INCIDENT_LOG_SHEET.columns, 'evidenceLocation');
    expect(book.sheet('Incident Log')).toContain(
      `promptTitle="Where the evidence is" prompt="Never paste, attach or link illegal images here." sqref="${letter}1"`,
    );
  });

  it('carries the workbook title and who may open it', () => {
    const core = book.part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${INCIDENT_SPREADSHEET.title}</dc:title>`);
    expect(core).toContain('DSL team only');
    expect(book.part('_rels/.rels')).toContain('Target="docProps/core.xml"');
    expect(book.part('[Content_Types].xml')).toContain('PartName="/docProps/core.xml"');
  });

  it('gives the same bytes every time', () => {
    expect(writeTemplateXlsx(INCIDENT_SPREADSHEET).equals(writeTemplateXlsx(INCIDENT_SPREADSHEET))).toBe(true);
  });

  it('reads back through our own extractor: every sheet and its headers', async () => {
    const text = await textOf(s.file('incident-log.xlsx', writeTemplateXlsx(INCIDENT_SPREADSHEET)));
    for (const sheet of INCIDENT_SPREADSHEET.sheets) {
      expect(text).toContain(`Sheet: ${sheet.name}\n${sheet.columns.map((c) => c.header).join(' | ')}\n`);
    }
    expect(text).toContain('Account misuse, hacking or password sharing');
  });
});

describe('writeTemplateXlsx on other templates', () => {
  const sheet = (overrides: Partial<SheetTemplate>): SheetTemplate => ({
    name: 'Log',
    description: '',
    columns: [{ key: 'a', header: 'A', type: 'text', width: 100 }],
    frozenRows: 0,
    frozenColumns: 0,
    protection: { editors: 'dsl-team', description: '' },
    conditionalFormats: [],
    ...overrides,
  });
  const book = (...sheets: SheetTemplate[]): SpreadsheetTemplate => ({
    id: 't',
    title: 'T & Co',
    access: 'dsl-team',
    sheets,
  });

  it('moves a list longer than 255 characters to the Lists sheet, and a lenient list warns instead of refusing', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `choice number ${i}`);
    const b = await open(
      writeTemplateXlsx(
        book(
          sheet({
            columns: [
              { key: 'a', header: 'A', type: 'choice', width: 100, validation: { list: long, strict: true } },
              { key: 'b', header: 'B', type: 'choice', width: 100, validation: { list: ['x', 'y'], strict: false } },
            ],
          }),
        ),
      ),
    );
    expect(validationFor(b.sheet('Log'), `A2:A${EXCEL_MAX_ROW}`)?.formula).toBe('List_Log_a');
    expect(b.part('xl/workbook.xml')).toContain(`<definedName name="List_Log_a">'Lists'!$A$2:$A$41</definedName>`);
    const lenient = validationFor(b.sheet('Log'), `B2:B${EXCEL_MAX_ROW}`)!;
    expect(lenient.formula).toBe('"x,y"');
    expect(lenient.attrs).toMatch(/errorStyle="warning"/);
    expect(b.part('docProps/core.xml')).toContain('<dc:title>T &amp; Co</dc:title>');
  });

  it('has no Lists sheet when every list is short, and no pane when nothing is frozen', async () => {
    const b = await open(writeTemplateXlsx(book(sheet({}))));
    expect(b.sheets.map((x) => x.name)).toEqual(['Log']);
    expect(b.part('xl/workbook.xml')).not.toContain('definedNames');
    expect(b.sheet('Log')).not.toContain('<pane');
  });

  it('names the Lists sheet apart from a template sheet called Lists', async () => {
    const list = { list: ['a,b', 'c'], strict: true };
    const b = await open(
      writeTemplateXlsx(
        book(
          sheet({ name: 'Lists', columns: [{ key: 'k', header: 'K', type: 'choice', width: 80, validation: list }] }),
        ),
      ),
    );
    expect(b.sheets.map((x) => [x.name, x.state])).toEqual([
      ['Lists', undefined],
      ['Lists 2', 'hidden'],
    ]);
  });

  it('refuses sheet names Excel cannot hold rather than renaming them', () => {
    expect(() => writeTemplateXlsx(book(sheet({ name: 'Log/2026' })))).toThrow(/Excel sheet name/);
    expect(() => writeTemplateXlsx(book(sheet({ name: 'x'.repeat(32) })))).toThrow(/Excel sheet name/);
    expect(() => writeTemplateXlsx(book(sheet({}), sheet({ name: 'LOG' })))).toThrow(/two sheets/);
  });

  it('refuses a conditional format Excel could not evaluate', () => {
    const format = {
      id: 'x',
      range: 'A2:A',
      formula: '=REGEXMATCH($A2,"^OS-")',
      format: { background: '#ffffff' },
      description: '',
    };
    expect(() => writeTemplateXlsx(book(sheet({ conditionalFormats: [format] })))).toThrow(/REGEXMATCH/);
    const badColour = { ...format, formula: '=$A2=""', format: { background: 'pink' } };
    expect(() => writeTemplateXlsx(book(sheet({ conditionalFormats: [badColour] })))).toThrow(/colour/);
  });
});

describe('excelFormula', () => {
  it('drops the leading "=" and leaves the rest as Sheets wrote it', () => {
    expect(excelFormula('=AND($F2<>"",$F2<TODAY(),$G2="")')).toBe('AND($F2<>"",$F2<TODAY(),$G2="")');
    expect(excelFormula('  =$E2=""  ')).toBe('$E2=""');
  });

  it('prefixes functions newer than the file format, never inside strings', () => {
    expect(excelFormula('=IFS($A2="IFS(",1,TRUE,0)=1')).toBe('_xlfn.IFS($A2="IFS(",1,TRUE,0)=1');
  });

  it('rejects Google-only functions, but not their names inside strings', () => {
    expect(() => excelFormula('=ARRAYFORMULA($A2:$A)')).toThrow(/ARRAYFORMULA/);
    expect(excelFormula('=$A2="REGEXMATCH(x)"')).toBe('$A2="REGEXMATCH(x)"');
    expect(() => excelFormula('=')).toThrow(/empty/);
  });
});

describe('excelRange', () => {
  it.each([
    ['A2:G', `A2:G${EXCEL_MAX_ROW}`],
    ['A2:G100', 'A2:G100'],
    ['B:C', `B1:C${EXCEL_MAX_ROW}`],
    ['C', `C1:C${EXCEL_MAX_ROW}`],
    ['b3', 'B3'],
  ])('%s -> %s', (range, expected) => expect(excelRange(range)).toBe(expected));

  it('rejects what is not an A1 range', () => expect(() => excelRange('Sheet1!A1')).toThrow(/A1 range/));
});
