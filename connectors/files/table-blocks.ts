import { looksLikeHeader, renderTable } from '../../core/sensitive/table-text';

/** Rows per rendered block: large tables stream out in pieces instead of one huge string. */
const BLOCK_ROWS = 1000;
const BLOCK_CHARS = 256 * 1024;

/**
 * Collects table rows and renders them through renderTable in blocks. The header row found in the
 * first block is put in front of every later block, so row 50,000 is still labelled by its column
 * headers. Rows may be sparse (a cell in column XFD): each block keeps only the columns in use.
 */
export class TableBlocks {
  private rows: string[][] = [];
  private chars = 0;
  private header: string[] | null = null;
  private first = true;

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
    if (this.first) {
      this.first = false;
      const [head, ...rest] = densify(block);
      if (head && looksLikeHeader(head, rest)) this.header = block[0]!;
    } else if (this.header) {
      block = [this.header, ...block];
    }
    return renderTable(densify(block));
  }
}

/** Dense rows holding only the columns that some row in the block uses. */
function densify(rows: readonly string[][]): string[][] {
  const used = new Set<number>();
  for (const row of rows) row.forEach((c, i) => c !== undefined && c.trim() !== '' && used.add(i));
  const cols = [...used].sort((a, b) => a - b);
  return rows.map((row) => cols.map((i) => row[i] ?? ''));
}

/** A whole table at once (small document tables). */
export function renderRows(rows: string[][]): string {
  const t = new TableBlocks();
  let out = '';
  for (const r of rows) out += t.add(r);
  return out + t.finish();
}
