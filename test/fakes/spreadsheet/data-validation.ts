/**
 * Data validation rules: the builder, the built rule, and the check Sheets applies when a script
 * writes into a cell whose rule rejects invalid input.
 */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { isDate } from '../runtime/realm';
import type { CellValue } from './cell';

export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'CHECKBOX'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_BEFORE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'TEXT_IS_VALID_URL'
  | 'TEXT_CONTAINS'
  | 'CUSTOM_FORMULA';

interface Spec {
  criteria?: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation extends FakeObject {
  constructor(private readonly spec: Readonly<Spec>) {
    super();
  }

  getCriteriaType(): CriteriaType {
    return this.spec.criteria!;
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    return this.spec.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.spec, values: [...this.spec.values] });
  }

  /** Whether Sheets would accept this value; blank is always accepted. */
  accepts(value: CellValue): boolean {
    if (value === '') return true;
    const [first, second] = this.spec.values;
    switch (this.spec.criteria) {
      case 'VALUE_IN_LIST':
        return (first as unknown[]).map(String).includes(String(value));
      case 'CHECKBOX':
        return first === undefined ? typeof value === 'boolean' : value === first || value === second;
      case 'DATE_IS_VALID_DATE':
        return isDate(value);
      case 'DATE_ON_OR_AFTER':
        return isDate(value) && (value as Date).getTime() >= (first as Date).getTime();
      case 'DATE_BEFORE':
        return isDate(value) && (value as Date).getTime() < (first as Date).getTime();
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && value >= (first as number) && value <= (second as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value >= (first as number);
      case 'TEXT_IS_VALID_EMAIL':
        return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
      case 'TEXT_IS_VALID_URL':
        return typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
      case 'TEXT_CONTAINS':
        return String(value).includes(String(first));
      default:
        // Ranges and custom formulas need evaluation the fakes do not do.
        return true;
    }
  }

  check(value: CellValue, a1: string): void {
    if (this.spec.allowInvalid || this.accepts(value)) return;
    throw new AppsScriptError(
      `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
    );
  }
}

export class FakeDataValidationBuilder extends FakeObject {
  override readonly fakeService = 'builder';
  private readonly spec: Spec;

  constructor(spec?: Spec) {
    super();
    this.spec = spec ?? { values: [], allowInvalid: true, helpText: '' };
  }

  private criteria(type: CriteriaType, values: unknown[]): this {
    this.spec.criteria = type;
    this.spec.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.criteria('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.criteria('CHECKBOX', checked === undefined ? [] : [checked, unchecked ?? '']);
  }

  requireDate(): this {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }

  requireDateOnOrAfter(date: Date): this {
    return this.criteria('DATE_ON_OR_AFTER', [date]);
  }

  requireDateBefore(date: Date): this {
    return this.criteria('DATE_BEFORE', [date]);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireTextIsEmail(): this {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): this {
    return this.criteria('TEXT_IS_VALID_URL', []);
  }

  requireTextContains(text: string): this {
    return this.criteria('TEXT_CONTAINS', [text]);
  }

  requireFormulaSatisfied(formula: string): this {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.spec.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): this {
    this.spec.helpText = helpText;
    return this;
  }

  build(): FakeDataValidation {
    if (!this.spec.criteria) throw new AppsScriptError('You must set a criteria type before building a rule.');
    return new FakeDataValidation({ ...this.spec, values: [...this.spec.values] });
  }
}
