import { looksLikeHeader, renderTable } from '../../core/sensitive/table-text';

/** Rows per rendered block: large tables stream out in pieces instead of one huge string. */
const BLOCK_ROWS = 1000;
const BLOCK_CHARS = 256 * 1024;
/** At most this many one-cell title rows ("Class list 8En2") are looked for above a header row. */
const MAX_TITLE_ROWS = 3;

/** Words that name a field: a first column made of them is a form's labels, not data. */
const FIELD_WORD =
  /\b(name|names|surname|forename|date|birth|dob|d\.o\.b|born|age|address|postcode|post code|phone|tel|telephone|mobile|email|e-mail|number|no|ref|reference|amount|contact|pupil|student|child|parent|carer|guardian|class|form|tutor|year|group|school|signature|signed|nhs|upn|uln|allergies|allergy|medical|medication|condition|conditions|doctor|gp|dietary|needs|sen|send|ehcp|account|sort code|card|expiry|payment|relationship|gender|nationality|passport|insurance|emergency|consent|note|notes|details|time|cost|price|total|id|status|type|reason|issued)\b/i;
const MAX_FORM_ROWS = 40;
const NUMERIC = /^[\s\d.,:/\-+£$%()]+$/;

/**
 * Collects table rows and renders them through renderTable in blocks. The header row found in the
 * first block is put in front of every later block, so row 50,000 is still labelled by its column
 * headers. Before that, one-cell title rows above the header are passed through as lines, and a
 * two-column form (label | value on each row) becomes `label: value` lines rather than a table whose
 * "header" is its first answer. Rows may be sparse (a cell in column XFD): a block keeps only the
 * columns in use.
 */
export class TableBlocks {
  private rows: string[][] = [];
  private chars = 0;
  private header: string[] | null = null;
  private mode: 'table' | 'form' | null = null;

  /** Adds a row; returns rendered text when a block is full. */
  add(row: string[]): string {
    if (!row.some((c) => c !== undefined && c.trim() !== '')) return '';
    this.rows.push(row);
    for (const c of row) if (c !== undefined) this.chars += c.length;
    return this.rows.length >= BLOCK_ROWS || this.chars >= BLOCK_CHARS ? this.flush() : '';
  }

  /** Renders whatever is left. */
  finish(): string {
    return this.flush();
  }

  private flush(): string {
    if (this.rows.length === 0) return '';
    let block = this.rows;
    this.rows = [];
    this.chars = 0;
    let titles = '';
    if (this.mode === null) {
      const dense = densify(block);
      let t = 0;
      while (t < MAX_TITLE_ROWS && t < dense.length && filled(dense[t]!) === 1) t++;
      if (t >= dense.length || filled(dense[t]!) < 2) t = 0; // one-cell rows all the way down: a list, not titles
      titles = dense
        .slice(0, t)
        .map((r) => r.find((c) => c.trim() !== '')!.trim() + '\n')
        .join('');
      block = block.slice(t);
      this.mode = isForm(densify(block)) ? 'form' : 'table';
      const [head, ...rest] = densify(block);
      if (this.mode === 'table' && head && looksLikeHeader(head, rest)) this.header = block[0]!;
    } else if (this.mode === 'table' && this.header) {
      block = [this.header, ...block];
    }
    const dense = densify(block);
    return titles + (this.mode === 'form' ? renderForm(dense) : renderTable(dense));
  }
}

function filled(row: readonly string[]): number {
  return row.filter((c) => c.trim() !== '').length;
}

/** Two columns whose first holds distinct field labels (`Card number`, `Date of birth:`); forms are short. */
function isForm(rows: readonly string[][]): boolean {
  if (rows.length < 2 || rows.length > MAX_FORM_ROWS || rows[0]!.length !== 2) return false;
  const labels = rows.map((r) => r[0]!.trim());
  if (labels.some((l) => l === '' || l.length > 40 || NUMERIC.test(l))) return false;
  if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) return false;
  const colons = labels.filter((l) => l.endsWith(':')).length;
  const fields = labels.filter((l) => FIELD_WORD.test(l)).length;
  return colons * 2 >= labels.length || fields * 5 >= labels.length * 3;
}

function renderForm(rows: readonly string[][]): string {
  return rows
    .map((r) => {
      const label = r[0]!.trim().replace(/\s*:$/, '');
      const value = r[1]!.trim();
      return value ? `${label}: ${value}\n` : `${label}\n`;
    })
    .join('');
}

/** Dense rows holding only the columns that some row in the block uses. */
function densify(rows: readonly string[][]): string[][] {
  const used = new Set<number>();
  for (const row of rows) row.forEach((c, i) => c !== undefined && c.trim() !== '' && used.add(i));
  const cols = [...used].sort((a, b) => a - b);
  // A cell with line breaks (a quoted CSV field, a wrapped sheet cell) must not split its row's line.
  return rows.map((row) => cols.map((i) => (row[i] ?? '').replace(/\s*[\r\n]+\s*/g, ' ')));
}

/** A whole table at once (small document tables). */
export function renderRows(rows: string[][]): string {
  const t = new TableBlocks();
  let out = '';
  for (const r of rows) out += t.add(r);
  return out + t.finish();
}
