/**
 * One slice of the mail check: thread by thread, message by message, until the mailbox has nothing
 * unchecked or the time budget is spent. Flags go to the Review sheet before the cursor says their
 * messages are done, and a thread is labelled only once all its messages are checked, so a slice
 * stopped or killed anywhere is finished by the next one with nothing lost and nothing doubled.
 */
import type { TimeBudget } from '../../core/jobs/ports';
import type { MailChecker } from '../../core/mail';
import type { CursorPort, MailCursor } from './cursor';
import type { MailErrorLog } from './error-log';
import { toMailMessage } from './gmail-message';
import { PAGE_SIZE, type MonitorMailbox } from './monitor-mailbox';
import type { FoundFlag, SheetReviewQueue } from './review-store';

type GmailThread = GoogleAppsScript.Gmail.GmailThread;
type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;

export interface SliceDeps {
  readonly mailbox: MonitorMailbox;
  readonly checker: MailChecker;
  readonly queue: Pick<SheetReviewQueue, 'recordAll'>;
  readonly errors: MailErrorLog;
  readonly cursor: CursorPort;
  readonly budget: TimeBudget;
  readonly now: () => Date;
  /** Where flags were found, e.g. `gmail:monitor@school.uk`. */
  readonly source: string;
}

export interface SliceResult {
  /** Threads finished (and labelled) in this slice. */
  readonly threads: number;
  readonly messages: number;
  readonly flagged: number;
  /** Review rows added (a flag already in the sheet is not added again). */
  readonly added: number;
  readonly errors: number;
  /** true: nothing unchecked is left; false: the budget ran out first. */
  readonly finished: boolean;
}

interface Tally {
  threads: number;
  messages: number;
  flagged: number;
  added: number;
  errors: number;
}

class Slice {
  private readonly tally: Tally = { threads: 0, messages: 0, flagged: 0, added: 0, errors: 0 };
  private cursor: MailCursor;
  /** Threads this slice has dealt with: a search may return one again before Gmail indexes its label. */
  private readonly handled = new Set<string>();

  constructor(private readonly deps: SliceDeps) {
    this.cursor = deps.cursor.load();
  }

  run(): SliceResult {
    const finished = this.resumeStopped() && this.drain();
    this.save({ lastSliceAt: this.deps.now().toISOString() });
    return { ...this.tally, finished };
  }

  /** The thread the last slice stopped inside comes first, so its checked messages are not read again. */
  private resumeStopped(): boolean {
    const stopped = this.cursor.thread;
    if (!stopped) return true;
    const thread = this.deps.mailbox.thread(stopped.id);
    if (!thread) {
      this.save({ thread: undefined });
      return true;
    }
    return this.checkThread(thread);
  }

  /** Every unchecked thread; false when the budget runs out first. */
  private drain(): boolean {
    let start = 0;
    for (;;) {
      if (!this.deps.budget.hasTimeLeft()) return false;
      const page = this.deps.mailbox.unchecked(start, PAGE_SIZE);
      const fresh = page.filter((thread) => !this.handled.has(thread.getId()));
      if (fresh.length === 0) {
        if (page.length < PAGE_SIZE) return true;
        start += PAGE_SIZE; // a full page of threads that could not be labelled: look past them
        continue;
      }
      for (const thread of fresh) if (!this.checkThread(thread)) return false;
      start = 0; // labelled threads left the results, so the next search starts at the top again
    }
  }

  /** Checks what is unchecked in the thread and labels it; false when the budget ran out inside it. */
  private checkThread(thread: GmailThread): boolean {
    const id = thread.getId();
    this.handled.add(id);
    const done = new Set(this.cursor.thread?.id === id ? this.cursor.thread.done : []);
    let labelled = false;
    try {
      for (;;) {
        const pending = thread.getMessages().filter((message) => !done.has(message.getId()));
        if (pending.length === 0) {
          if (labelled) break;
          this.deps.mailbox.markChecked(thread);
          labelled = true;
          // A message that arrived between reading the thread and labelling it was labelled unchecked.
          if (thread.refresh().getMessageCount() <= done.size) break;
          continue;
        }
        labelled = false;
        if (!this.checkMessages(id, pending, done)) return false;
      }
    } catch (error) {
      // The thread itself could not be read or labelled: recorded, and the next slice tries it again.
      this.recordError(`thread-${id}`, undefined, error);
      return true;
    }
    this.tally.threads += 1;
    this.save({ thread: undefined });
    return true;
  }

  /** Checks messages in order; records their flags, then the cursor. False when the budget ran out. */
  private checkMessages(threadId: string, messages: readonly GmailMessage[], done: Set<string>): boolean {
    const found: FoundFlag[] = [];
    let last: { id: string; date?: Date } | undefined;
    let count = 0;
    let stopped = false;
    for (const message of messages) {
      if (!this.deps.budget.hasTimeLeft()) {
        stopped = true;
        break;
      }
      const gmailId = message.getId();
      const date = receivedDate(message);
      try {
        const flag = this.deps.checker.check(toMailMessage(message));
        if (flag) found.push({ flag, source: this.deps.source });
      } catch (error) {
        this.recordError(gmailId, date, error);
      }
      done.add(gmailId);
      last = { id: gmailId, date };
      count += 1;
    }
    this.tally.messages += count;
    this.tally.flagged += found.length;
    this.tally.added += this.deps.queue.recordAll(found, this.deps.now());
    this.save({
      thread: { id: threadId, done: [...done] },
      ...(last ? { lastMessageId: last.id } : {}),
      ...(last?.date ? { lastMessageDate: last.date.toISOString() } : {}),
      checked: this.cursor.checked + count,
    });
    return !stopped;
  }

  private recordError(gmailId: string, date: Date | undefined, error: unknown): void {
    this.tally.errors += 1;
    this.deps.errors.record({ gmailId, ...(date ? { date } : {}), reason: error }, this.deps.now());
  }

  private save(change: Partial<MailCursor>): void {
    this.cursor = { ...this.cursor, ...change };
    if ('thread' in change && change.thread === undefined) delete this.cursor.thread;
    this.deps.cursor.save(this.cursor);
  }
}

/** The received date, if Gmail can give it: an error reading one message must not hide which it was. */
function receivedDate(message: GmailMessage): Date | undefined {
  try {
    const date = message.getDate();
    return date && !Number.isNaN(date.getTime()) ? new Date(date.getTime()) : undefined;
  } catch {
    return undefined;
  }
}

export function runMailCheckSlice(deps: SliceDeps): SliceResult {
  return new Slice(deps).run();
}
