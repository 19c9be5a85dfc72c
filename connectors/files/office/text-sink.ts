import { TableBlocks } from '../table-blocks';

interface Table {
  blocks: TableBlocks;
  row: string[] | null;
  cell: string[] | null;
  col: number;
}

/**
 * Paragraphs and tables of a word-processing or presentation part turned into text: a paragraph is a
 * line, a table row is a header-labelled line, and a table inside a cell collapses into that cell.
 */
export class TextSink {
  private out: string[] = [];
  private paras: string[] = [];
  private tables: Table[] = [];

  startPara(): void {
    this.paras.push('');
  }

  addText(text: string): void {
    if (this.paras.length > 0) this.paras[this.paras.length - 1] += text;
  }

  endPara(): void {
    const line = this.paras.pop();
    if (line !== undefined) this.write(line + '\n');
  }

  startTable(): void {
    this.tables.push({ blocks: new TableBlocks(), row: null, cell: null, col: 0 });
  }

  /** A line outside any paragraph (a sheet name). */
  line(text: string): void {
    this.write(text + '\n');
  }

  startRow(): void {
    const t = this.table();
    if (t) {
      t.row = [];
      t.col = 0;
    }
  }

  startCell(): void {
    const t = this.table();
    if (t) {
      t.row ??= [];
      t.cell = [];
    }
  }

  /** Closes a cell that spans `span` columns, repeated `repeat` times (ODF number-columns-repeated). */
  endCell(span = 1, repeat = 1): void {
    const t = this.table();
    if (!t || !t.cell) return;
    const value = t.cell.join(' ').replace(/\s+/g, ' ').trim();
    t.cell = null;
    t.row ??= [];
    // Empty repeats cost nothing: only the column index moves (a sheet may claim 16,000 empty columns).
    const copies = value === '' ? 0 : Math.min(repeat, MAX_REPEAT);
    for (let i = 0; i < copies; i++) t.row[t.col + i * span] = value;
    t.col += span * repeat;
  }

  /** Sets the value of the open cell, replacing its paragraphs (an ODF date cell). */
  setCell(value: string): void {
    const t = this.table();
    if (t?.cell) t.cell = [value];
  }

  /** The text gathered so far in the open cell. */
  cellText(): string {
    return this.table()?.cell?.join(' ').trim() ?? '';
  }

  endRow(repeat = 1): void {
    const t = this.table();
    if (!t || !t.row) return;
    const row = t.row;
    t.row = null;
    for (let i = 0; i < Math.min(repeat, MAX_REPEAT); i++) this.writeAt(this.tables.length - 2, t.blocks.add(row));
  }

  endTable(): void {
    const t = this.tables.pop();
    if (t) this.writeAt(this.tables.length - 1, t.blocks.finish());
  }

  drain(): string {
    if (this.out.length === 0) return '';
    const text = this.out.join('');
    this.out = [];
    return text;
  }

  private table(): Table | undefined {
    return this.tables[this.tables.length - 1];
  }

  private write(text: string): void {
    this.writeAt(this.tables.length - 1, text);
  }

  /** Text goes to the open cell of the table at `level`, or to the output when `level` is -1. */
  private writeAt(level: number, text: string): void {
    if (!text) return;
    if (level < 0) {
      this.out.push(text);
      return;
    }
    const cell = this.tables[level]!.cell;
    if (cell) cell.push(text.replace(/\n+$/, '').replace(/\n+/g, ' / '));
    // text in a table but outside any cell is layout noise
  }
}

const MAX_REPEAT = 100;
