/**
 * Where each template column is in a real sheet, found by its header. People insert, hide and move
 * columns in a log they work in every day; reading and writing by header keeps our data in the
 * right cells whatever they did, and a missing header is an error that names it.
 */
import type { CellValue, SheetTemplate } from '../../core/incidents';

export class ColumnMap {
  private constructor(
    private readonly template: SheetTemplate,
    /** 0-based column index of each template key. */
    private readonly index: ReadonlyMap<string, number>,
    /** Columns in the sheet, ours and any added by hand. */
    readonly width: number,
  ) {}

  /** Reads the header row; throws naming the first template header that is missing. */
  static of(sheet: GoogleAppsScript.Spreadsheet.Sheet, template: SheetTemplate): ColumnMap {
    const width = Math.max(sheet.getLastColumn(), 1);
    const headers = sheet
      .getRange(1, 1, 1, width)
      .getValues()[0]!
      .map((cell) => String(cell).trim());
    const index = new Map<string, number>();
    for (const column of template.columns) {
      const at = headers.indexOf(column.header);
      if (at < 0) {
        throw new Error(`the ${template.name} sheet has no "${column.header}" column: run setup to repair it`);
      }
      index.set(column.key, at);
    }
    return new ColumnMap(template, index, width);
  }

  column(key: string): number {
    const at = this.index.get(key);
    if (at === undefined) throw new Error(`the ${this.template.name} template has no column "${key}"`);
    return at;
  }

  /** A row in core's column order (template order) laid out for the sheet; other columns keep `base`. */
  toSheetRow(values: readonly CellValue[], base?: readonly unknown[]): unknown[] {
    const row: unknown[] = base ? [...base] : new Array<unknown>(this.width).fill('');
    while (row.length < this.width) row.push('');
    this.template.columns.forEach((column, i) => {
      row[this.column(column.key)] = values[i] ?? '';
    });
    return row;
  }

  /** A sheet row back in core's column order. */
  fromSheetRow(row: readonly unknown[]): unknown[] {
    return this.template.columns.map((column) => row[this.column(column.key)] ?? '');
  }
}

/** Data rows (below the header), as the sheet holds them. */
export function dataRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, width).getValues();
}
