/**
 * The incident log's ports held in memory: what `sos demo` runs the workflows against, and what the core
 * tests drive them with. Platform-neutral, like core; nothing is kept once the process ends.
 */
import type {
  Action,
  ActionStore,
  CellValue,
  ChaseLog,
  ChaseRecord,
  Clock,
  Incident,
  IncidentStore,
  MailMessage,
  Mailer,
  NeedsAttentionEntry,
  SummaryStore,
} from '../../core/incidents';

export class MemoryIncidentStore implements IncidentStore {
  readonly incidents: Incident[] = [];
  readonly needsAttention: NeedsAttentionEntry[] = [];
  private last: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** A real lock: each piece of work waits for the one before, however the awaits interleave. */
  withLock<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
  // The awaits stand in for a platform's I/O, so work outside the lock really can interleave.
  async lastReference(): Promise<string | undefined> {
    await Promise.resolve();
    return this.last;
  }
  async append(incident: Incident): Promise<void> {
    await Promise.resolve();
    this.incidents.push(incident);
    this.last = incident.reference;
  }
  list(): readonly Incident[] {
    return this.incidents;
  }
  update(incident: Incident): void {
    const at = this.incidents.findIndex((item) => item.reference === incident.reference);
    this.incidents[at] = incident;
  }
  appendNeedsAttention(entry: NeedsAttentionEntry): void {
    this.needsAttention.push(entry);
  }
}

/** Keeps every message instead of sending it. `failFor` makes sends to those addresses throw, as a quota would. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  failFor = new Set<string>();
  send(message: MailMessage): void {
    if (message.to.some((to) => this.failFor.has(to))) throw new Error('quota exceeded');
    this.sent.push(message);
  }
}

export class MemoryChaseLog implements ChaseLog {
  readonly records: ChaseRecord[] = [];
  chasedOn(date: string): readonly ChaseRecord[] {
    return this.records.filter((record) => record.date === date);
  }
  record(records: readonly ChaseRecord[]): void {
    this.records.push(...records);
  }
}

export class MemoryActions implements ActionStore {
  constructor(readonly actions: Action[]) {}
  list(): readonly Action[] {
    return this.actions;
  }
}

export class MemorySummaries implements SummaryStore {
  readonly rows: (readonly CellValue[])[] = [];
  summarisedTerms(): readonly string[] {
    return this.rows.map((row) => String(row[0]));
  }
  append(row: readonly CellValue[]): void {
    this.rows.push(row);
  }
}

/** A clock stopped at one instant: runs that must give the same bytes every time. */
export const clockAt = (iso: string): Clock => ({ now: () => new Date(iso) });
