/**
 * Form items. One class serves every item type, as the typed views (asTextItem(), asCheckboxItem()...)
 * in Apps Script are views of the same item; asking for the wrong view throws as it does there.
 */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { FakeItemResponse, type Answer } from './response';

export type ItemType =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'DATE'
  | 'DATETIME'
  | 'TIME'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

export const ITEM_TYPES: Record<ItemType, ItemType> = {
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  CHECKBOX: 'CHECKBOX',
  LIST: 'LIST',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  TIME: 'TIME',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  PAGE_BREAK: 'PAGE_BREAK',
};

const LAYOUT: ReadonlySet<ItemType> = new Set(['SECTION_HEADER', 'PAGE_BREAK']);
const CHOICES: ReadonlySet<ItemType> = new Set(['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST']);

export class FakeChoice extends FakeObject {
  override readonly fakeService = 'builder';

  constructor(private readonly value: string) {
    super();
  }

  getValue(): string {
    return this.value;
  }
}

export class FakeTextValidation extends FakeObject {
  override readonly fakeService = 'builder';

  constructor(readonly rule: { readonly kind: string; readonly value?: number; readonly helpText: string }) {
    super();
  }
}

export class FakeTextValidationBuilder extends FakeObject {
  override readonly fakeService = 'builder';
  private kind = '';
  private value: number | undefined;
  private helpText = '';

  requireTextIsEmail(): this {
    this.kind = 'EMAIL';
    return this;
  }

  requireTextIsUrl(): this {
    this.kind = 'URL';
    return this;
  }

  requireNumber(): this {
    this.kind = 'NUMBER';
    return this;
  }

  requireTextLengthLessThanOrEqualTo(number: number): this {
    this.kind = 'MAX_LENGTH';
    this.value = number;
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }

  build(): FakeTextValidation {
    return new FakeTextValidation({
      kind: this.kind,
      ...(this.value === undefined ? {} : { value: this.value }),
      helpText: this.helpText,
    });
  }
}

export class FakeItem extends FakeObject {
  override readonly fakeService = 'form';
  private title = '';
  private helpText = '';
  private required = false;
  private choices: string[] = [];
  private otherOption = false;
  private validation: FakeTextValidation | undefined;
  private yearShown = true;
  private bounds: [number, number] = [1, 5];

  constructor(
    private readonly id: number,
    private readonly type: ItemType,
    private readonly indexOf: (item: FakeItem) => number,
  ) {
    super();
  }

  getId(): number {
    return this.id;
  }

  getIndex(): number {
    return this.indexOf(this);
  }

  getType(): ItemType {
    return this.type;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getHelpText(): string {
    return this.helpText;
  }

  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }

  isQuestion(): boolean {
    return !LAYOUT.has(this.type);
  }

  isRequired(): boolean {
    return this.required;
  }

  setRequired(required: boolean): this {
    if (!this.isQuestion()) throw new AppsScriptError(`${this.type} items cannot be required.`);
    this.required = Boolean(required);
    return this;
  }

  getChoices(): FakeChoice[] {
    this.expectChoices();
    return this.choices.map((value) => new FakeChoice(value));
  }

  choiceValues(): readonly string[] {
    return this.choices;
  }

  setChoiceValues(values: string[]): this {
    this.expectChoices();
    if (!Array.isArray(values) || values.length === 0) throw new AppsScriptError('Invalid argument: values');
    this.choices = values.map(String);
    return this;
  }

  setChoices(choices: FakeChoice[]): this {
    return this.setChoiceValues(choices.map((choice) => choice.getValue()));
  }

  createChoice(value: string): FakeChoice {
    this.expectChoices();
    return new FakeChoice(String(value));
  }

  showOtherOption(enabled: boolean): this {
    this.expectChoices();
    this.otherOption = Boolean(enabled);
    return this;
  }

  hasOtherOption(): boolean {
    return this.otherOption;
  }

  setValidation(validation: FakeTextValidation | null): this {
    this.validation = validation ?? undefined;
    return this;
  }

  textValidation(): FakeTextValidation | undefined {
    return this.validation;
  }

  setIncludesYear(enable: boolean): this {
    this.yearShown = Boolean(enable);
    return this;
  }

  includesYear(): boolean {
    return this.yearShown;
  }

  setBounds(lower: number, upper: number): this {
    this.bounds = [lower, upper];
    return this;
  }

  getLowerBound(): number {
    return this.bounds[0];
  }

  getUpperBound(): number {
    return this.bounds[1];
  }

  setLabels(_lower: string, _upper: string): this {
    return this;
  }

  createResponse(answer: Answer): FakeItemResponse {
    if (!this.isQuestion()) throw new AppsScriptError(`${this.type} items take no response.`);
    return new FakeItemResponse(this, answer);
  }

  asTextItem(): this {
    return this.as('TEXT');
  }

  asParagraphTextItem(): this {
    return this.as('PARAGRAPH_TEXT');
  }

  asMultipleChoiceItem(): this {
    return this.as('MULTIPLE_CHOICE');
  }

  asCheckboxItem(): this {
    return this.as('CHECKBOX');
  }

  asListItem(): this {
    return this.as('LIST');
  }

  asDateItem(): this {
    return this.as('DATE');
  }

  asDateTimeItem(): this {
    return this.as('DATETIME');
  }

  asTimeItem(): this {
    return this.as('TIME');
  }

  asScaleItem(): this {
    return this.as('SCALE');
  }

  asSectionHeaderItem(): this {
    return this.as('SECTION_HEADER');
  }

  asPageBreakItem(): this {
    return this.as('PAGE_BREAK');
  }

  private as(type: ItemType): this {
    if (this.type !== type) throw new AppsScriptError(`Item ${this.id} is not of type ${type}.`);
    return this;
  }

  private expectChoices(): void {
    if (!CHOICES.has(this.type)) throw new AppsScriptError(`${this.type} items have no choices.`);
  }
}
