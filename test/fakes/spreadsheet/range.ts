/** A rectangle of cells. Reads return copies; writes go through the sheet, which checks protection and validation. */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { toA1 } from './a1';
import { copyValue, isBlank, type CellValue } from './cell';
import { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
import type { FakeSheet } from './sheet';

export class FakeRange extends FakeObject {
  override readonly fakeService = 'spreadsheet';

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    super();
  }

  covers(sheetId: number, row: number, column: number): boolean {
    return (
      sheetId === this.sheet.getSheetId() &&
      row >= this.row &&
      row < this.row + this.numRows &&
      column >= this.column &&
      column < this.column + this.numColumns
    );
  }

  sheetId(): number {
    return this.sheet.getSheetId();
  }

  getRow(): number {
    return this.row;
  }

  getRowIndex(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numColumns;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getGridId(): number {
    return this.sheet.getSheetId();
  }

  getA1Notation(): string {
    return toA1(this.row, this.column, this.numRows, this.numColumns);
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new AppsScriptError('Cell reference out of range');
    }
    return new FakeRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet.getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  isBlank(): boolean {
    return this.grid((r, c) => isBlank(this.sheet.cell(r, c))).every((row) => row.every(Boolean));
  }

  getValue(): CellValue {
    return this.getValues()[0]![0]!;
  }

  getValues(): CellValue[][] {
    return this.grid((r, c) => copyValue(this.sheet.cell(r, c)?.value ?? ''));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }

  getDisplayValues(): string[][] {
    return this.grid((r, c) => this.sheet.display(r, c));
  }

  getFormula(): string {
    return this.getFormulas()[0]![0]!;
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.sheet.cell(r, c)?.numberFormat ?? 'General');
  }

  getNote(): string {
    return this.sheet.cell(this.row, this.column)?.note ?? '';
  }

  getDataValidation(): FakeDataValidation | null {
    return this.getDataValidations()[0]![0]!;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.grid((r, c) => (this.sheet.cell(r, c)?.validation as FakeDataValidation | undefined) ?? null);
  }

  getBackground(): string {
    return String(this.sheet.cell(this.row, this.column)?.style?.background ?? '#ffffff');
  }

  getFontWeight(): string {
    return String(this.sheet.cell(this.row, this.column)?.style?.fontWeight ?? 'normal');
  }

  setValue(value: unknown): this {
    return this.setValues(this.grid(() => value));
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values);
    this.sheet.writeBlock(this.row, this.column, values, (input) => ({ input }));
    return this;
  }

  setFormula(formula: string): this {
    return this.setFormulas(this.grid(() => formula));
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    this.sheet.writeBlock(this.row, this.column, formulas, (input) => ({
      input: input === '' ? '' : String(input).startsWith('=') ? input : `=${String(input)}`,
    }));
    return this;
  }

  setNumberFormat(format: string): this {
    return this.setNumberFormats(this.grid(() => format));
  }

  setNumberFormats(formats: string[][]): this {
    this.checkShape(formats);
    this.sheet.patchBlock(this.row, this.column, formats, (cell, format) => {
      cell.numberFormat = String(format);
    });
    return this;
  }

  setNote(note: string | null): this {
    this.sheet.patchBlock(
      this.row,
      this.column,
      this.grid(() => note),
      (cell, value) => {
        cell.note = value === null ? '' : String(value);
      },
    );
    return this;
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    return this.setDataValidations(this.grid(() => rule));
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.checkShape(rules);
    this.sheet.patchBlock(this.row, this.column, rules, (cell, rule) => {
      if (rule !== null && !(rule instanceof FakeDataValidation)) throw new TypeError('not a DataValidation');
      cell.validation = rule ?? undefined;
    });
    return this;
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  insertCheckboxes(): this {
    const rule = new FakeDataValidationBuilder().requireCheckbox().build();
    this.sheet.patchBlock(
      this.row,
      this.column,
      this.grid(() => null),
      (cell) => {
        cell.validation = rule;
        if (cell.value === '') cell.value = false;
      },
    );
    return this;
  }

  setBackground(color: string | null): this {
    return this.style('background', color);
  }

  setFontWeight(weight: string | null): this {
    return this.style('fontWeight', weight);
  }

  setFontColor(color: string | null): this {
    return this.style('fontColor', color);
  }

  setFontSize(size: number): this {
    return this.style('fontSize', size);
  }

  setWrap(wrap: boolean): this {
    return this.style('wrap', wrap);
  }

  setWrapStrategy(strategy: unknown): this {
    return this.style('wrapStrategy', strategy);
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.style('horizontalAlignment', alignment);
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.style('verticalAlignment', alignment);
  }

  clear(): this {
    this.sheet.patchBlock(
      this.row,
      this.column,
      this.grid(() => null),
      (cell) => {
        for (const key of Object.keys(cell)) delete (cell as unknown as Record<string, unknown>)[key];
        cell.value = '';
      },
    );
    return this;
  }

  clearContent(): this {
    this.sheet.writeBlock(
      this.row,
      this.column,
      this.grid(() => ''),
      (input) => ({ input }),
    );
    return this;
  }

  clearFormat(): this {
    this.sheet.patchBlock(
      this.row,
      this.column,
      this.grid(() => null),
      (cell) => {
        delete cell.style;
        delete cell.numberFormat;
      },
    );
    return this;
  }

  protect(): object {
    return this.sheet.protectArea('RANGE', this);
  }

  activate(): this {
    this.sheet.select(this);
    return this;
  }

  private style(key: string, value: unknown): this {
    this.sheet.patchBlock(
      this.row,
      this.column,
      this.grid(() => value),
      (cell, item) => {
        cell.style = { ...cell.style, [key]: item };
      },
    );
    return this;
  }

  private grid<T>(each: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(each(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }

  private checkShape(values: unknown[][]): void {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      const rows = Array.isArray(values) ? values.length : 0;
      throw new AppsScriptError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== this.numColumns) {
        const columns = Array.isArray(line) ? line.length : 0;
        throw new AppsScriptError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${columns} but the range has ${this.numColumns}.`,
        );
      }
    }
  }
}
