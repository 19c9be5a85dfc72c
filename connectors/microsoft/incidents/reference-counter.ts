/**
 * The one item that records the last incident reference issued. Taking a number is a conditional write
 * (If-Match on the eTag just read), so two Function instances can never both take the same one: the
 * loser gets 412 and starts again from a fresh read. Core's nextReference does the arithmetic.
 */
import { highestReference } from '../../../core/incidents';
import { createListItem, listItems, updateListItem, type ListItem } from '../sharepoint-list';
import type { GraphApi } from '../graph-client';
import { COUNTER_KEY } from './lists';

export interface CounterState {
  readonly itemId: string;
  readonly eTag: string;
  /** Undefined before the first incident. */
  readonly lastReference: string | undefined;
}

export interface CounterLists {
  readonly siteId: string;
  readonly counterListId: string;
  readonly incidentLogListId: string;
}

/**
 * Reads the counter. When there is none yet (a new log, or the item was deleted) it is created from the
 * highest reference in the Incident Log, so numbering carries on rather than restarting.
 */
export async function readCounter(graph: GraphApi, lists: CounterLists): Promise<CounterState> {
  const found = await findCounterItem(graph, lists);
  if (found) return found;
  const references: string[] = [];
  for await (const item of listItems(graph, lists.siteId, lists.incidentLogListId, { select: ['reference'] })) {
    if (typeof item.fields.reference === 'string') references.push(item.fields.reference);
  }
  await createListItem(graph, lists.siteId, lists.counterListId, {
    Title: COUNTER_KEY,
    lastReference: highestReference(references) ?? '',
  });
  // Read back rather than use what was created: if two instances seeded at once, both settle on one item.
  const settled = await findCounterItem(graph, lists);
  if (!settled) throw new Error('the incident reference counter could not be created');
  return settled;
}

/** Records `reference` as issued, only if the counter is still as read; else ListItemConflictError. */
export async function claimReference(
  graph: GraphApi,
  lists: CounterLists,
  state: CounterState,
  reference: string,
): Promise<void> {
  await updateListItem(
    graph,
    lists.siteId,
    lists.counterListId,
    state.itemId,
    { lastReference: reference },
    { ifMatch: state.eTag },
  );
}

/** The counter item with the lowest id: a duplicate from a seeding race is ignored by everyone alike. */
async function findCounterItem(graph: GraphApi, lists: CounterLists): Promise<CounterState | undefined> {
  let best: ListItem | undefined;
  for await (const item of listItems(graph, lists.siteId, lists.counterListId)) {
    if (item.fields.Title !== COUNTER_KEY) continue;
    if (!best || Number(item.id) < Number(best.id)) best = item;
  }
  if (!best) return undefined;
  const last = typeof best.fields.lastReference === 'string' ? best.fields.lastReference.trim() : '';
  return { itemId: best.id, eTag: best.eTag, lastReference: last === '' ? undefined : last };
}
