/** A school for the Apps Script tests: its profile, its people and the answers a teacher gives the form. */
import { INCIDENT_REPORT_FORM } from '../../forms';

export const DSL = 'dsl@example.sch.uk';
export const DEPUTY = 'deputy@example.sch.uk';
export const HEAD = 'head@example.sch.uk';
export const GOVERNORS = ['chair@example.sch.uk', 'governor@example.sch.uk'];
export const IT = 'it@example.sch.uk';
export const TEACHER = 'teacher@example.sch.uk';

export const PROFILE = {
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  contacts: {
    dsl: DSL,
    deputyDsl: [DEPUTY],
    headteacher: HEAD,
    chairOfGovernors: GOVERNORS[0],
    governors: GOVERNORS,
    it: [IT],
  },
  calendar: {
    terms: [
      { name: 'Autumn 2025', start: '2025-09-03', end: '2025-12-19' },
      { name: 'Spring 2026', start: '2026-01-05', end: '2026-03-27' },
      { name: 'Summer 2026', start: '2026-04-13', end: '2026-07-22' },
    ],
  },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
};

/** Question title by question id, from the form definition. */
export function title(id: string): string {
  const question = INCIDENT_REPORT_FORM.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question.title;
}

export interface ReportAnswers {
  readonly occurredAt?: string;
  readonly location?: string;
  readonly category?: string;
  readonly immediateRisk?: string;
  readonly adultInvolved?: string;
  readonly pupils?: string;
  readonly description?: string;
}

/** What a teacher fills in, keyed by question title as the form shows it. Choice answers are labels. */
export function report(answers: ReportAnswers = {}): Record<string, string> {
  const out: Record<string, string> = {
    [title('occurredAt')]: answers.occurredAt ?? '2026-03-09 14:30',
    [title('location')]: answers.location ?? 'Outside school',
    [title('category')]: answers.category ?? 'Cyberbullying',
    [title('immediateRisk')]: answers.immediateRisk ?? 'No',
    [title('pupils')]: answers.pupils ?? 'Alex Brown, Y8',
    [title('description')]: answers.description ?? 'Alex Brown was sent abusive messages in a group chat.',
  };
  if (answers.adultInvolved) out[title('adultInvolved')] = answers.adultInvolved;
  return out;
}
