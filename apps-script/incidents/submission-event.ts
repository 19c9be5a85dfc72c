/**
 * A form-submit event to the raw submission core validates. Two shapes arrive: a Forms trigger gives
 * `e.response` (a FormResponse), a Sheets trigger on a linked response sheet gives `e.namedValues`
 * (question title -> [text]). Answers to questions the definition does not know are not dropped: they
 * travel as `unmappedAnswers`, which validation refuses, so the report goes whole to Needs Attention.
 */
import { localDateTimeToIso, rawFromFormAnswers, type FormDefinition } from '../../core/incidents';
import type { ItemMap } from './form-builder';

type Answer = string | string[];

export class NotASubmissionError extends Error {
  constructor() {
    super('onIncidentSubmit runs from the form-submit trigger: this call carried no form response');
    this.name = 'NotASubmissionError';
  }
}

interface Collected {
  answers: Record<string, Answer>;
  unmapped: Record<string, Answer>;
  reporter: string;
  reportedAt: Date | string;
}

function flatten(response: string | string[] | string[][]): Answer {
  if (!Array.isArray(response)) return String(response);
  return response.map((part) => (Array.isArray(part) ? part.join(', ') : String(part)));
}

/** "04/03/2026 13:45:00" (a UK-locale sheet) to "2026-03-04 13:45", as the Forms trigger would give it. */
export function sheetDateTime(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) return text;
  const [, day, month, year, hour, minute] = match;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return hour === undefined ? date : `${date} ${hour.padStart(2, '0')}:${minute}`;
}

function fromResponse(
  response: GoogleAppsScript.Forms.FormResponse,
  byTitle: Map<string, string>,
  items: ItemMap,
): Collected {
  const collected: Collected = {
    answers: {},
    unmapped: {},
    reporter: response.getRespondentEmail(),
    reportedAt: response.getTimestamp() as unknown as Date,
  };
  for (const itemResponse of response.getItemResponses()) {
    const item = itemResponse.getItem();
    const id = items[String(item.getId())] ?? byTitle.get(item.getTitle());
    const answer = flatten(itemResponse.getResponse());
    if (id === undefined) collected.unmapped[item.getTitle()] = answer;
    else collected.answers[id] = answer;
  }
  return collected;
}

function fromNamedValues(
  named: Readonly<Record<string, readonly string[]>>,
  definition: FormDefinition,
  byTitle: Map<string, string>,
  timeZone: string,
): Collected {
  const collected: Collected = { answers: {}, unmapped: {}, reporter: '', reportedAt: new Date() };
  for (const [title, values] of Object.entries(named)) {
    const text = (values ?? []).join(', ');
    if (title === 'Timestamp') {
      // The sheet shows the time in the school's zone; a timestamp it cannot read falls back to now.
      collected.reportedAt = localDateTimeToIso(sheetDateTime(text), timeZone) ?? new Date();
      continue;
    }
    if (title === 'Email Address') {
      collected.reporter = text;
      continue;
    }
    const id = byTitle.get(title);
    if (id === undefined) {
      if (text !== '') collected.unmapped[title] = text;
      continue;
    }
    const type = definition.questions.find((question) => question.id === id)?.type;
    collected.answers[id] =
      type === 'date-time' ? sheetDateTime(text) : type === 'checkbox' ? text.split(', ').filter(Boolean) : text;
  }
  return collected;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The raw submission for `recordSubmission`, from either event shape. */
export function rawFromEvent(
  event: unknown,
  definition: FormDefinition,
  items: ItemMap,
  timeZone: string,
): Record<string, unknown> {
  const byTitle = new Map(definition.questions.map((question) => [question.title, question.id]));
  let collected: Collected;
  if (isObject(event) && isObject(event.response) && typeof event.response.getItemResponses === 'function') {
    collected = fromResponse(event.response as unknown as GoogleAppsScript.Forms.FormResponse, byTitle, items);
  } else if (isObject(event) && isObject(event.namedValues)) {
    collected = fromNamedValues(event.namedValues as Record<string, string[]>, definition, byTitle, timeZone);
  } else {
    throw new NotASubmissionError();
  }
  const raw = rawFromFormAnswers(collected.answers, {
    reporter: collected.reporter,
    reportedAt: collected.reportedAt,
    timeZone,
  });
  if (Object.keys(collected.unmapped).length > 0) raw.unmappedAnswers = collected.unmapped;
  return raw;
}
