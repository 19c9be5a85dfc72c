/**
 * A respondent submitting the form: what Forms checks in the browser (required questions, choices,
 * sign-in), the response it records, and the row it appends to the linked responses tab.
 */
import { FakeHarnessError } from '../errors';
import { instantOf } from '../time-zone';
import type { FakeForm } from './form';
import type { FakeItem } from './items';
import { FakeFormResponse, FakeItemResponse, type Answer } from './response';

export interface SubmitOptions {
  /** The signed-in respondent; recorded when the form collects addresses. */
  readonly respondent?: string;
  /**
   * false skips the browser's checks, to model a form someone edited after setup (a question made
   * optional, a choice renamed) or a response that reached the sheet another way.
   */
  readonly enforce?: boolean;
}

export interface Submitted {
  readonly response: FakeFormResponse;
  /** Row number in the linked responses tab, when there is one. */
  readonly row?: number;
  /** The row's display values, in column order (what a Sheets trigger gets as `values`). */
  readonly values: string[];
  readonly namedValues: Record<string, string[]>;
}

function isEmpty(answer: Answer | undefined): boolean {
  return answer === undefined || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === '');
}

function check(form: FakeForm, answers: Readonly<Record<string, Answer>>, options: SubmitOptions): void {
  if (!form.isAcceptingResponses()) throw new FakeHarnessError('the form is not accepting responses');
  if (form.requiresLogin() && !options.respondent)
    throw new FakeHarnessError('the form requires sign-in: give a respondent');
  const questions = form.getItems().filter((item) => item.isQuestion());
  const titles = new Set(questions.map((item) => item.getTitle()));
  for (const title of Object.keys(answers)) {
    if (!titles.has(title)) throw new FakeHarnessError(`the form has no question titled "${title}"`);
  }
  for (const item of questions) {
    const answer = answers[item.getTitle()];
    if (item.isRequired() && isEmpty(answer))
      throw new FakeHarnessError(`required question "${item.getTitle()}" is unanswered`);
    if (answer !== undefined && item.choiceValues().length > 0 && !item.hasOtherOption()) {
      for (const value of Array.isArray(answer) ? answer : [answer]) {
        if (!item.choiceValues().includes(value)) {
          throw new FakeHarnessError(`"${value}" is not a choice of "${item.getTitle()}"`);
        }
      }
    }
  }
}

function cellFor(item: FakeItem | undefined, answer: Answer | undefined, timeZone: string): string | Date {
  if (answer === undefined) return '';
  if (Array.isArray(answer)) return answer.join(', ');
  const date = item?.getType() === 'DATE' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer) : null;
  return date ? instantOf(timeZone, Number(date[1]), Number(date[2]), Number(date[3])) : answer;
}

export function submitResponse(
  form: FakeForm,
  answers: Readonly<Record<string, Answer>>,
  options: SubmitOptions,
  context: {
    readonly id: string;
    readonly now: Date;
    readonly timeZone: string;
    readonly display: (value: unknown) => string;
  },
): Submitted {
  if (options.enforce !== false) check(form, answers, options);
  const byTitle = new Map(form.getItems().map((item) => [item.getTitle(), item] as const));
  const itemResponses = form
    .getItems()
    .filter((item) => item.isQuestion() && !isEmpty(answers[item.getTitle()]))
    .map((item) => new FakeItemResponse(item, answers[item.getTitle()]!));
  const respondent = form.collectsEmail() ? (options.respondent ?? '') : '';
  const response = new FakeFormResponse(context.id, context.now, respondent, itemResponses, form.getPublishedUrl());
  form.responses.push(response);

  const header = form.header();
  const cells = header.map((title, index) => {
    if (index === 0) return context.now;
    if (title === 'Email Address' && form.collectsEmail() && index === 1) return respondent;
    return cellFor(byTitle.get(title), answers[title], context.timeZone);
  });
  const values = cells.map((cell) => context.display(cell));
  const namedValues: Record<string, string[]> = {};
  header.forEach((title, index) => (namedValues[title] = [values[index]!]));
  const sheet = form.destinationSheet();
  if (!sheet) return { response, values, namedValues };
  sheet.systemWrite(1, header);
  const row = Math.max(2, sheet.getLastRow() + 1);
  sheet.systemWrite(row, cells);
  return { response, row, values, namedValues };
}
