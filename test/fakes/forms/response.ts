/** Form responses and their item responses, as a Forms form-submit trigger hands them over. */
import { FakeObject } from '../fake-object';
import type { FakeItem } from './items';

/** Text for most items, a list for checkboxes, "YYYY-MM-DD" for dates. */
export type Answer = string | string[];

export class FakeItemResponse extends FakeObject {
  override readonly fakeService = 'form';

  constructor(
    private readonly item: FakeItem,
    private readonly answer: Answer,
  ) {
    super();
  }

  getItem(): FakeItem {
    return this.item;
  }

  getResponse(): Answer {
    return Array.isArray(this.answer) ? [...this.answer] : this.answer;
  }

  getScore(): number {
    return 0;
  }

  getFeedback(): null {
    return null;
  }
}

export class FakeFormResponse extends FakeObject {
  override readonly fakeService = 'form';

  constructor(
    private readonly id: string,
    private readonly timestamp: Date,
    private readonly respondentEmail: string,
    private readonly itemResponses: FakeItemResponse[],
    private readonly formUrl: string,
  ) {
    super();
  }

  getId(): string {
    return this.id;
  }

  getTimestamp(): Date {
    return new Date(this.timestamp.getTime());
  }

  getRespondentEmail(): string {
    return this.respondentEmail;
  }

  getItemResponses(): FakeItemResponse[] {
    return [...this.itemResponses];
  }

  getResponseForItem(item: FakeItem): FakeItemResponse | null {
    return this.itemResponses.find((response) => response.getItem().getId() === item.getId()) ?? null;
  }

  getEditResponseUrl(): string {
    return `${this.formUrl.replace(/\/viewform$/, '')}/viewform?edit2=${this.id}`;
  }
}
