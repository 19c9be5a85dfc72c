/**
 * Actions on incidents (owner, due, done) and the daily chase of overdue ones. A chase is sent at most
 * once per action per school day: the chase log says what went out today, so a second run (a retried
 * trigger, the menu pressed twice) sends nothing again.
 */
import { readDate, readText, textCell } from './cells';
import { escapeHtml } from '../report/html/escape';
import { daysBetween } from './time';
import type { Action, CellValue, ChaseRecord, FieldError, MailMessage, OverdueAction, RowResult } from './types';

export const ACTION_COLUMNS = ['id', 'reference', 'description', 'owner', 'due', 'done'] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ADDRESS = /^[^\s@<>(),;:"]+@[a-z0-9.-]+\.[a-z]{2,}$/;

/** "OS-2026-0042/3": the third action on that incident. */
export function actionId(reference: string, number: number): string {
  return `${reference}/${number}`;
}

export function actionToRow(action: Action): CellValue[] {
  const cells: Record<ActionColumn, string> = {
    id: action.id,
    reference: action.reference,
    description: action.description,
    owner: action.owner,
    due: action.due,
    done: action.done,
  };
  return ACTION_COLUMNS.map((key) => textCell(cells[key]));
}

/** An action back from its row. Dates may be Date cells (read in the school's zone) or text. */
export function actionFromRow(row: readonly unknown[], timeZone: string): RowResult<Action> {
  const errors: FieldError[] = [];
  const cell = (key: ActionColumn): unknown => row[ACTION_COLUMNS.indexOf(key)];
  const reference = readText(cell('reference')).trim();
  const id = readText(cell('id')).trim() || (reference ? `${reference}/?` : '');
  const due = readDate(cell('due'), timeZone);
  const done = readDate(cell('done'), timeZone);
  if (!reference) errors.push({ path: 'reference', message: 'must give the incident reference' });
  if (!ISO_DATE.test(due)) errors.push({ path: 'due', message: 'must be a date like 2026-03-04' });
  if (done !== '' && !ISO_DATE.test(done))
    errors.push({ path: 'done', message: 'must be empty or a date like 2026-03-04' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      reference,
      description: readText(cell('description')).trim(),
      owner: readText(cell('owner')).trim().toLowerCase(),
      due,
      done,
    },
  };
}

/**
 * What to chase today: actions not done whose due date is before `today` (school-local "YYYY-MM-DD"),
 * without a chase already recorded for today. Oldest first.
 */
export function overdueActions(
  actions: readonly Action[],
  today: string,
  chaseLog: readonly ChaseRecord[],
): OverdueAction[] {
  const chasedToday = new Set(chaseLog.filter((record) => record.date === today).map((record) => record.actionId));
  const seen = new Set<string>();
  const overdue: OverdueAction[] = [];
  for (const action of actions) {
    if (action.done !== '' || !(action.due < today)) continue;
    if (chasedToday.has(action.id) || seen.has(action.id)) continue;
    seen.add(action.id);
    overdue.push({ action, daysOverdue: daysBetween(action.due, today) });
  }
  return overdue.sort((a, b) => a.action.due.localeCompare(b.action.due) || a.action.id.localeCompare(b.action.id));
}

export interface ChaseOptions {
  readonly schoolName: string;
  /** The Actions sheet (or list). */
  readonly link: string;
  /** Who is chased for actions with no valid owner address: the DSL team. */
  readonly fallback: readonly string[];
}

/**
 * One email per owner listing their overdue actions by id and due date. The action's own wording is
 * left out, like an alert's description: it may name a child, and mail is forwarded and kept.
 */
export interface ChaseEmail {
  readonly message: MailMessage;
  /** The actions this email chases: record them in the chase log once it is sent. */
  readonly actionIds: readonly string[];
}

export function chaseEmails(overdue: readonly OverdueAction[], options: ChaseOptions): ChaseEmail[] {
  const byOwner = new Map<string, OverdueAction[]>();
  for (const item of overdue) {
    const owners = ADDRESS.test(item.action.owner) ? [item.action.owner] : [...options.fallback];
    for (const owner of owners) byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
  }
  const messages: ChaseEmail[] = [];
  for (const [owner, items] of byOwner) {
    const count = items.length === 1 ? '1 overdue incident action' : `${items.length} overdue incident actions`;
    const subject = `${options.schoolName}: ${count}`;
    const list = items.map(
      (item) =>
        `${item.action.id}: due ${item.action.due} (${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'} overdue)`,
    );
    const text = [
      `You have ${count} on the online safety incident log:`,
      '',
      ...list.map((line) => `- ${line}`),
      '',
      `Open the Actions sheet to see the details, and enter the date done when it is complete: ${options.link}`,
      'If you cannot open it, ask the Designated Safeguarding Lead.',
    ].join('\n');
    const html =
      `<p>You have ${escapeHtml(count)} on the online safety incident log:</p>` +
      `<ul>${list.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` +
      `<p><a href="${escapeHtml(options.link)}">Open the Actions sheet</a> to see the details, and enter the date done when it is complete. ` +
      'If you cannot open it, ask the Designated Safeguarding Lead.</p>';
    messages.push({ message: { to: [owner], subject, text, html }, actionIds: items.map((item) => item.action.id) });
  }
  return messages;
}
