/**
 * core/incidents' IncidentStore over SharePoint lists. Functions scale out, so there is no lock to take:
 * `withLock` runs the work optimistically and runs it again from the start when the reference counter
 * changed under it (another instance issued a number first). The work reads the counter through
 * `lastReference` and claims the next number in `append`, before the incident item is written, so a
 * number is never issued twice; if the item then cannot be written the caller keeps the report in Needs
 * Attention, so nothing is lost.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Incident, IncidentStore, NeedsAttentionEntry } from '../../../core/incidents';
import type { GraphApi } from '../graph-client';
import { createListItem, findList, listItems, ListItemConflictError, updateListItem } from '../sharepoint-list';
import { incidentFields, incidentFromFields, needsAttentionItems } from './fields';
import { COUNTER_LIST, INCIDENT_LOG_LIST, NEEDS_ATTENTION_LIST } from './lists';
import { claimReference, readCounter, type CounterState } from './reference-counter';

export interface IncidentListIds {
  readonly incidentLog: string;
  readonly needsAttention: string;
  readonly counter: string;
  /** The Incident Log's address, for alert links. */
  readonly incidentLogUrl: string;
  readonly needsAttentionUrl: string;
}

/** A list the store needs is not on the site: `sos setup microsoft incidents` has not been run there. */
export class IncidentListsMissingError extends Error {
  override name = 'IncidentListsMissingError';
}

/** The reference was issued but its item could not be written; the caller keeps the report elsewhere. */
export class IncidentWriteError extends Error {
  override name = 'IncidentWriteError';
  constructor(
    readonly reference: string,
    cause: unknown,
  ) {
    super(`incident ${reference} could not be written to the ${INCIDENT_LOG_LIST} list`, { cause });
  }
}

export async function resolveIncidentLists(graph: GraphApi, siteId: string): Promise<IncidentListIds> {
  const [log, attention, counter] = await Promise.all(
    [INCIDENT_LOG_LIST, NEEDS_ATTENTION_LIST, COUNTER_LIST].map((name) => findList(graph, siteId, name)),
  );
  const missing = [
    [INCIDENT_LOG_LIST, log],
    [NEEDS_ATTENTION_LIST, attention],
    [COUNTER_LIST, counter],
  ].filter(([, list]) => list === undefined);
  if (missing.length > 0 || !log || !attention || !counter) {
    throw new IncidentListsMissingError(
      `the site has no ${missing.map(([name]) => `"${name}"`).join(', ')} list: run sos setup microsoft incidents --site <site-id>`,
    );
  }
  return {
    incidentLog: log.id,
    needsAttention: attention.id,
    counter: counter.id,
    incidentLogUrl: log.webUrl,
    needsAttentionUrl: attention.webUrl,
  };
}

export interface SharePointIncidentStoreOptions {
  readonly graph: GraphApi;
  readonly siteId: string;
  readonly lists: IncidentListIds;
  readonly timeZone: string;
  /** Attempts of the work before giving up under contention (default 12). */
  readonly maxAttempts?: number;
  /** Waits between attempts; replaceable so tests need not wait. */
  readonly pause?: (attempt: number) => Promise<void>;
}

/** What one run of the work read, kept per call chain so concurrent submissions in one process don't mix. */
interface Attempt {
  counter?: CounterState;
}

export class SharePointIncidentStore implements IncidentStore {
  private readonly attempt = new AsyncLocalStorage<Attempt>();
  private readonly maxAttempts: number;
  private readonly pause: (attempt: number) => Promise<void>;

  constructor(private readonly options: SharePointIncidentStoreOptions) {
    this.maxAttempts = options.maxAttempts ?? 12;
    this.pause = options.pause ?? jitteredPause;
  }

  private get counterLists() {
    return {
      siteId: this.options.siteId,
      counterListId: this.options.lists.counter,
      incidentLogListId: this.options.lists.incidentLog,
    };
  }

  async withLock<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt.run({}, work);
      } catch (err) {
        if (!(err instanceof ListItemConflictError) || attempt >= this.maxAttempts) throw err;
        await this.pause(attempt);
      }
    }
  }

  async lastReference(): Promise<string | undefined> {
    const counter = await readCounter(this.options.graph, this.counterLists);
    const attempt = this.attempt.getStore();
    if (attempt) attempt.counter = counter;
    return counter.lastReference;
  }

  async append(incident: Incident): Promise<void> {
    const counter = this.attempt.getStore()?.counter;
    // Claiming without the eTag read in this same attempt would defeat the check, so it is a bug.
    if (!counter) throw new Error('append must follow lastReference inside withLock');
    await claimReference(this.options.graph, this.counterLists, counter, incident.reference);
    try {
      await createListItem(
        this.options.graph,
        this.options.siteId,
        this.options.lists.incidentLog,
        incidentFields(incident),
      );
    } catch (err) {
      throw new IncidentWriteError(incident.reference, err);
    }
  }

  async list(): Promise<readonly Incident[]> {
    const incidents: Incident[] = [];
    for await (const item of listItems(this.options.graph, this.options.siteId, this.options.lists.incidentLog)) {
      const incident = incidentFromFields(item.fields, this.options.timeZone);
      if (incident) incidents.push(incident);
    }
    return incidents;
  }

  async update(incident: Incident): Promise<void> {
    const { graph, siteId, lists } = this.options;
    for await (const item of listItems(graph, siteId, lists.incidentLog, {
      where: { field: 'reference', value: incident.reference },
    })) {
      await updateListItem(graph, siteId, lists.incidentLog, item.id, incidentFields(incident), { ifMatch: item.eTag });
      return;
    }
    throw new Error(`incident ${incident.reference} is not in the ${INCIDENT_LOG_LIST} list`);
  }

  async appendNeedsAttention(entry: NeedsAttentionEntry): Promise<void> {
    const reportId = randomUUID();
    for (const fields of needsAttentionItems(entry, reportId)) {
      await createListItem(this.options.graph, this.options.siteId, this.options.lists.needsAttention, fields);
    }
  }
}

/** Spreads retrying instances apart: 50-150 ms, growing with each attempt, at most about 2 s. */
function jitteredPause(attempt: number): Promise<void> {
  const ms = Math.min(2000, 50 * attempt + Math.random() * 100 * attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
