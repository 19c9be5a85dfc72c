/** Conditional format rules: kept as data for tests to inspect; the fakes do not render them. */
import { FakeObject } from '../fake-object';

export interface ConditionSpec {
  readonly condition?: string;
  readonly values: readonly unknown[];
  readonly format: Readonly<Record<string, unknown>>;
  readonly ranges: readonly object[];
}

export class FakeConditionalFormatRule extends FakeObject {
  constructor(readonly spec: ConditionSpec) {
    super();
  }

  getRanges(): object[] {
    return [...this.spec.ranges];
  }

  getBooleanCondition(): { getCriteriaType(): string | undefined; getCriteriaValues(): unknown[] } | null {
    const { condition, values } = this.spec;
    return { getCriteriaType: () => condition, getCriteriaValues: () => [...values] };
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder({ ...this.spec });
  }
}

export class FakeConditionalFormatRuleBuilder extends FakeObject {
  override readonly fakeService = 'builder';
  private condition: string | undefined;
  private values: unknown[] = [];
  private readonly format: Record<string, unknown> = {};
  private ranges: object[] = [];

  constructor(from?: ConditionSpec) {
    super();
    if (from) {
      this.condition = from.condition;
      this.values = [...from.values];
      Object.assign(this.format, from.format);
      this.ranges = [...from.ranges];
    }
  }

  private when(condition: string, values: unknown[]): this {
    this.condition = condition;
    this.values = values;
    return this;
  }

  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenDateBefore(date: unknown): this {
    return this.when('DATE_BEFORE', [date]);
  }

  setBackground(color: string | null): this {
    this.format.background = color;
    return this;
  }

  setFontColor(color: string | null): this {
    this.format.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): this {
    this.format.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): this {
    this.format.italic = italic;
    return this;
  }

  setRanges(ranges: object[]): this {
    this.ranges = [...ranges];
    return this;
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule({
      ...(this.condition === undefined ? {} : { condition: this.condition }),
      values: [...this.values],
      format: { ...this.format },
      ranges: [...this.ranges],
    });
  }
}
