/** One tab of a spreadsheet: a grid of cells that grows as rows are appended. */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { formatDate } from '../simple-date-format';
import { parseA1, toA1 } from './a1';
import { emptyCell, entered, isBlank, type Cell, type CellValue } from './cell';
import { FakeConditionalFormatRule } from './conditional-format';
import type { FakeDataValidation } from './data-validation';
import type { FakeProtection, ProtectionType } from './protection';
import { FakeRange } from './range';

/** What a sheet needs from its spreadsheet. */
export interface SheetHost {
  readonly spreadsheet: object;
  timeZone(): string;
  currentUser(): string;
  protections(): FakeProtection[];
  protect(type: ProtectionType, area: FakeRange | FakeSheet): FakeProtection;
  select(range: FakeRange): void;
  indexOf(sheet: FakeSheet): number;
}

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class FakeSheet extends FakeObject {
  override readonly fakeService = 'spreadsheet';
  private rows: Cell[][] = [];
  private maxRows = 1000;
  private maxColumns = 26;
  private frozenRows = 0;
  private frozenColumns = 0;
  private hidden = false;
  private tabColor: string | null = null;
  private rules: FakeConditionalFormatRule[] = [];
  private readonly columnWidths = new Map<number, number>();
  private readonly hiddenColumns = new Set<number>();
  /** Set when a Form sends its responses to this sheet. */
  formUrl: string | null = null;

  constructor(
    private readonly host: SheetHost,
    private name: string,
    private readonly id: number,
  ) {
    super();
  }

  // --- what the fakes use -------------------------------------------------------------------

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  display(row: number, column: number): string {
    const value = this.cell(row, column)?.value ?? '';
    if (value instanceof Date) return formatDate(value, this.host.timeZone(), 'yyyy-MM-dd HH:mm:ss');
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }

  /** Writes values as typed into cells, checking protection and validation first so a failed write changes nothing. */
  writeBlock(row: number, column: number, values: unknown[][], map: (input: unknown) => { input: unknown }): void {
    const planned: { r: number; c: number; next: Pick<Cell, 'value' | 'formula'> }[] = [];
    values.forEach((line, i) =>
      line.forEach((input, j) => {
        const r = row + i;
        const c = column + j;
        this.checkEditable(r, c);
        const next = entered(map(input).input, this.cell(r, c)?.numberFormat, this.host.timeZone());
        const rule = this.cell(r, c)?.validation as FakeDataValidation | undefined;
        rule?.check(next.value, toA1(r, c, 1, 1));
        planned.push({ r, c, next });
      }),
    );
    for (const { r, c, next } of planned) {
      const cell = this.ensure(r, c);
      cell.value = next.value;
      if (next.formula === undefined) delete cell.formula;
      else cell.formula = next.formula;
    }
  }

  /** Changes something other than the value (format, note, validation) of each cell. */
  patchBlock<T>(row: number, column: number, values: T[][], patch: (cell: Cell, value: T) => void): void {
    values.forEach((line, i) => line.forEach((_, j) => this.checkEditable(row + i, column + j)));
    values.forEach((line, i) => line.forEach((value, j) => patch(this.ensure(row + i, column + j), value)));
  }

  /** Writes as Google itself does (form responses): no protection or validation applies, values kept as given. */
  systemWrite(row: number, values: readonly CellValue[]): void {
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    values.forEach((value, j) => {
      const cell = this.ensure(row, j + 1);
      cell.value = value;
      delete cell.formula;
    });
  }

  protectArea(type: ProtectionType, area: FakeRange | FakeSheet): FakeProtection {
    return this.host.protect(type, area);
  }

  select(range: FakeRange): void {
    this.host.select(range);
  }

  // --- Sheet ------------------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }

  getSheetName(): string {
    return this.name;
  }

  setName(name: string): this {
    this.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getIndex(): number {
    return this.host.indexOf(this) + 1;
  }

  getParent(): object {
    return this.host.spreadsheet;
  }

  getType(): string {
    return 'GRID';
  }

  getFormUrl(): string | null {
    return this.formUrl;
  }

  getLastRow(): number {
    for (let r = this.rows.length; r > 0; r--) {
      if ((this.rows[r - 1] ?? []).some((cell) => !isBlank(cell))) return r;
    }
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      for (let c = line.length; c > last; c--) {
        if (!isBlank(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const a1 = parseA1(rowOrA1);
      const lastRow = a1.lastRow ?? this.maxRows;
      const lastColumn = a1.lastColumn ?? this.maxColumns;
      return this.getRange(a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1);
    }
    const row = rowOrA1;
    const col = column ?? 1;
    if (![row, col, numRows, numColumns].every((n) => Number.isInteger(n))) {
      throw new AppsScriptError('Cannot convert to an integer: the range coordinates must be whole numbers.');
    }
    if (numRows < 1) throw new AppsScriptError('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new AppsScriptError('The number of columns in the range must be at least 1.');
    if (row < 1 || col < 1 || row + numRows - 1 > this.maxRows || col + numColumns - 1 > this.maxColumns) {
      throw new AppsScriptError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, col, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const columns = numColumns === -1 ? this.getLastColumn() - column + 1 : numColumns;
    return this.getRange(row, column, rows, columns).getValues();
  }

  appendRow(values: unknown[]): this {
    if (!Array.isArray(values) || values.length === 0) throw new AppsScriptError('Invalid argument: rowContents');
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) {
      // A row Sheets adds takes the formats and validation of the row above it.
      this.maxRows = row;
      (this.rows[row - 2] ?? []).forEach((above, i) => {
        const cell = this.ensure(row, i + 1);
        if (above.numberFormat !== undefined) cell.numberFormat = above.numberFormat;
        if (above.validation !== undefined) cell.validation = above.validation;
      });
    }
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    this.writeBlock(row, 1, [values], (input) => ({ input }));
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkWholeRowsEditable(afterPosition + 1);
    this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new AppsScriptError('Those rows are out of bounds.');
    }
    for (let r = rowPosition; r < rowPosition + howMany; r++) this.checkWholeRowsEditable(r);
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    for (const line of this.rows)
      if (line.length > afterPosition) line.splice(afterPosition, 0, ...Array.from({ length: howMany }, emptyCell));
    this.maxColumns += howMany;
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  hideSheet(): this {
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  protect(): FakeProtection {
    const existing = this.getProtections('SHEET')[0];
    return existing ?? this.host.protect('SHEET', this);
  }

  getProtections(type: ProtectionType): FakeProtection[] {
    return this.host
      .protections()
      .filter((p) => p.getProtectionType() === String(type))
      .filter((p) => (p.getRange() as FakeRange | FakeSheet).sheetId() === this.id);
  }

  sheetId(): number {
    return this.id;
  }

  covers(sheetId: number, _row?: number, _column?: number): boolean {
    return sheetId === this.id;
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!rules.every((rule) => rule instanceof FakeConditionalFormatRule))
      throw new TypeError('not a ConditionalFormatRule');
    this.rules = [...rules];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.rules];
  }

  clearConditionalFormatRules(): void {
    this.rules = [];
  }

  setColumnWidth(column: number, width: number): this {
    this.columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.delete(c);
    return this;
  }

  autoResizeColumn(column: number): this {
    return this.autoResizeColumns(column, 1);
  }

  setRowHeight(_row: number, _height: number): this {
    return this;
  }

  hideColumns(column: number, numColumns = 1): void {
    for (let c = column; c < column + numColumns; c++) this.hiddenColumns.add(c);
  }

  showColumns(column: number, numColumns = 1): void {
    for (let c = column; c < column + numColumns; c++) this.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(column: number): boolean {
    return this.hiddenColumns.has(column);
  }

  clear(): this {
    for (let r = 1; r <= this.rows.length; r++) this.checkWholeRowsEditable(r);
    this.rows = [];
    return this;
  }

  clearContents(): this {
    for (let r = 1; r <= this.rows.length; r++) this.checkWholeRowsEditable(r);
    for (const line of this.rows) {
      for (const cell of line) {
        if (!cell) continue;
        cell.value = '';
        delete cell.formula;
      }
    }
    return this;
  }

  activate(): this {
    this.host.select(new FakeRange(this, 1, 1, 1, 1));
    return this;
  }

  // --- internals --------------------------------------------------------------------------------

  private ensure(row: number, column: number): Cell {
    if (row > this.maxRows || column > this.maxColumns) {
      throw new AppsScriptError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const line = (this.rows[row - 1] ??= []);
    for (let c = 0; c < column; c++) line[c] ??= emptyCell();
    for (let r = 0; r < row; r++) this.rows[r] ??= [];
    return line[column - 1]!;
  }

  private checkEditable(row: number, column: number): void {
    const user = this.host.currentUser();
    for (const protection of this.host.protections()) {
      if (protection.covers(this.id, row, column) && !protection.allows(user)) throw new AppsScriptError(PROTECTED);
    }
  }

  private checkWholeRowsEditable(row: number): void {
    for (let c = 1; c <= Math.max(1, this.getLastColumn()); c++) this.checkEditable(row, c);
  }
}
