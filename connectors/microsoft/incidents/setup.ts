/**
 * Creates or adopts the incident lists on a site, adding any columns an adopted list lacks, and makes
 * sure the reference counter exists. Safe to run again: a second run creates nothing.
 */
import type { GraphApi } from '../graph-client';
import { ensureList, type EnsuredList } from '../sharepoint-list';
import { INCIDENT_LIST_DEFINITIONS } from './lists';
import { resolveIncidentLists } from './incident-store';
import { readCounter } from './reference-counter';

export interface IncidentSetupResult {
  readonly lists: readonly EnsuredList[];
  /** The last reference issued so far (undefined for a new log). */
  readonly lastReference: string | undefined;
}

export async function ensureIncidentLists(graph: GraphApi, siteId: string): Promise<IncidentSetupResult> {
  const lists: EnsuredList[] = [];
  // One at a time: list creation is the costliest SharePoint call and order makes the output readable.
  for (const definition of INCIDENT_LIST_DEFINITIONS) lists.push(await ensureList(graph, siteId, definition));
  const ids = await resolveIncidentLists(graph, siteId);
  const counter = await readCounter(graph, {
    siteId,
    counterListId: ids.counter,
    incidentLogListId: ids.incidentLog,
  });
  return { lists, lastReference: counter.lastReference };
}
