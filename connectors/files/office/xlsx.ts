import { TableBlocks } from '../table-blocks';
import type { GuardedZip } from '../zip/guarded-zip';
import { dateKind, formatNumber, isoToText, serialToText, type DateKind } from './cell-values';
import { byNumber, localName, mainPart, readRels } from './ooxml-parts';
import { parseXml, walkXml, type XmlHandler } from './xml-stream';

interface Workbook {
  sheets: { name: string; rid: string }[];
  date1904: boolean;
}

/** .xlsx: every worksheet in workbook order, a `Sheet: name` line, then its rows labelled by the header row. */
export async function* extractXlsx(zip: GuardedZip): AsyncIterable<string> {
  const wbPart = await mainPart(zip, 'xl/workbook.xml');
  if (!zip.has(wbPart)) throw new Error('xlsx without workbook part');
  const wb = await readWorkbook(zip, wbPart);
  const rels = await readRels(zip, wbPart);
  const partOf = (suffix: string, usual: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? usual;
  const kinds = await readStyles(zip, partOf('/styles', 'xl/styles.xml'));
  const strings = await readSharedStrings(zip, partOf('/sharedStrings', 'xl/sharedStrings.xml'));

  let sheets = wb.sheets
    .map((s) => ({ name: s.name, part: rels.find((r) => r.id === s.rid && r.type.endsWith('/worksheet'))?.target }))
    .filter((s): s is { name: string; part: string } => s.part !== undefined && zip.has(s.part));
  if (sheets.length === 0) {
    sheets = zip
      .names()
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .sort(byNumber)
      .map((part, i) => ({ name: `Sheet${i + 1}`, part }));
  }
  for (const sheet of sheets) {
    yield `Sheet: ${sheet.name}\n`;
    yield* parseXml(zip.read(sheet.part), new SheetHandler(strings, kinds, wb.date1904), 'xlsx');
  }
}

async function readWorkbook(zip: GuardedZip, part: string): Promise<Workbook> {
  const wb: Workbook = { sheets: [], date1904: false };
  await walkXml(
    zip.read(part),
    (name, a) => {
      const local = localName(name);
      if (local === 'workbookPr') wb.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (local === 'sheet') {
        const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        wb.sheets.push({ name: a.name ?? '', rid });
      }
    },
    'xlsx',
  );
  return wb;
}

/** For each cell style index, whether its number format shows a date or time. */
async function readStyles(zip: GuardedZip, part: string): Promise<(DateKind | null)[]> {
  if (!zip.has(part)) return [];
  const codes = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  await walkXml(
    zip.read(part),
    (name, a) => {
      const local = localName(name);
      if (local === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    'xlsx',
    undefined,
    (name) => {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    },
  );
  return ids.map((id) => dateKind(id, codes.get(id)));
}

async function readSharedStrings(zip: GuardedZip, part: string): Promise<string[]> {
  if (!zip.has(part)) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inT = false;
  let inPhonetic = 0;
  await walkXml(
    zip.read(part),
    (name) => {
      const local = localName(name);
      if (local === 'si') current = '';
      else if (local === 't') inT = true;
      else if (local === 'rPh') inPhonetic++;
    },
    'xlsx',
    (t) => {
      if (inT && inPhonetic === 0 && current !== null) current += t;
    },
    (name) => {
      const local = localName(name);
      if (local === 't') inT = false;
      else if (local === 'rPh') inPhonetic--;
      else if (local === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  );
  return strings;
}

/** Streams one worksheet's rows into header-labelled blocks. */
class SheetHandler implements XmlHandler {
  private readonly blocks = new TableBlocks();
  private out = '';
  private row: string[] | null = null;
  private col = 0;
  private cell: { type: string; style: number; value: string; inline: string } | null = null;
  private inV = false;
  private inT = false;
  private inPhonetic = 0;

  constructor(
    private readonly strings: readonly string[],
    private readonly kinds: readonly (DateKind | null)[],
    private readonly date1904: boolean,
  ) {}

  open(name: string, a: Record<string, string>): void {
    switch (localName(name)) {
      case 'row':
        this.row = [];
        this.col = 0;
        return;
      case 'c':
        if (a.r) this.col = columnIndex(a.r) ?? this.col;
        this.cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '' };
        return;
      case 'v':
        this.inV = true;
        return;
      case 't':
        this.inT = true;
        return;
      case 'rPh':
        this.inPhonetic++;
        return;
    }
  }

  close(name: string): void {
    switch (localName(name)) {
      case 'v':
        this.inV = false;
        return;
      case 't':
        this.inT = false;
        return;
      case 'rPh':
        this.inPhonetic--;
        return;
      case 'c':
        if (this.cell && this.row) {
          const text = this.display(this.cell);
          if (text !== '') this.row[this.col] = text;
        }
        this.cell = null;
        this.col++;
        return;
      case 'row':
        if (this.row) this.out += this.blocks.add(this.row);
        this.row = null;
        return;
      case 'worksheet':
        this.out += this.blocks.finish();
        return;
    }
  }

  text(t: string): void {
    if (!this.cell) return;
    if (this.inV) this.cell.value += t;
    else if (this.inT && this.inPhonetic === 0) this.cell.inline += t;
  }

  drain(): string {
    const out = this.out;
    this.out = '';
    return out;
  }

  private display(c: { type: string; style: number; value: string; inline: string }): string {
    switch (c.type) {
      case 's':
        return this.strings[Number(c.value)] ?? '';
      case 'inlineStr':
        return c.inline;
      case 'str':
      case 'e':
        return c.value;
      case 'b':
        return c.value === '1' ? 'TRUE' : c.value === '0' ? 'FALSE' : c.value;
      case 'd':
        return isoToText(c.value);
    }
    if (c.value === '') return '';
    const kind = this.kinds[c.style];
    return kind ? serialToText(Number(c.value), this.date1904, kind) : formatNumber(c.value);
  }
}

/** `AB12` -> 27 (zero-based column). */
export function columnIndex(ref: string): number | undefined {
  const m = /^\$?([A-Za-z]{1,3})/.exec(ref);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
