/**
 * SharePoint lists through Graph: create a list and its columns from a typed definition (or adopt the
 * one already there and add what it lacks), and add, read and update items. Values are written as the
 * caller gives them; optimistic concurrency is the caller's through `ifMatch` and `ListItemConflictError`.
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import type { GraphApi } from './graph-client';
import { graphItems, graphPages, odataQuery, odataString } from './paging';

/** `text` is one line (SharePoint caps it at 255 characters); `note` is multi-line plain text. */
export type SharePointColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface SharePointColumn {
  /** The internal name: letters, digits and underscores; fields are read and written by it. */
  readonly name: string;
  readonly displayName: string;
  readonly kind: SharePointColumnKind;
  readonly description?: string;
  readonly choices?: readonly string[];
  /** Indexed columns can be filtered on in large lists. */
  readonly indexed?: boolean;
}

export interface SharePointListDefinition {
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly SharePointColumn[];
}

export interface ListRef {
  readonly id: string;
  readonly displayName: string;
  readonly webUrl: string;
}

export interface EnsuredList {
  readonly list: ListRef;
  /** False when a list of that name was already there and was adopted. */
  readonly created: boolean;
  /** Columns added to an adopted list that lacked them (all of them, for a new list). */
  readonly columnsAdded: readonly string[];
}

export interface ListItem {
  readonly id: string;
  readonly eTag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export type FieldValues = Readonly<Record<string, string | number | boolean | null>>;

/** The item changed since its eTag was read (HTTP 412): read it again and retry. */
export class ListItemConflictError extends Error {
  override name = 'ListItemConflictError';
}

const listPath = (siteId: string, listId: string) =>
  `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(listId)}`;

/** The Graph column definition for one of ours. */
export function columnPayload(column: SharePointColumn): Record<string, unknown> {
  const base = {
    name: column.name,
    displayName: column.displayName,
    ...(column.description ? { description: column.description } : {}),
    ...(column.indexed ? { indexed: true } : {}),
  };
  switch (column.kind) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'choice':
      return {
        ...base,
        choice: { choices: [...(column.choices ?? [])], allowTextEntry: false, displayAs: 'dropDownMenu' },
      };
  }
}

interface GraphList {
  id: string;
  displayName: string;
  webUrl: string;
}

function listRef(l: GraphList): ListRef {
  return { id: l.id, displayName: l.displayName, webUrl: l.webUrl };
}

export async function findList(graph: GraphApi, siteId: string, displayName: string): Promise<ListRef | undefined> {
  const query = odataQuery({ $filter: `displayName eq ${odataString(displayName)}`, $select: 'id,displayName,webUrl' });
  for await (const list of graphItems<GraphList>(graph, `/sites/${encodeURIComponent(siteId)}/lists${query}`)) {
    // Compare exactly too: SharePoint titles are case-insensitive, but we adopt only our own name.
    if (list.displayName.toLowerCase() === displayName.toLowerCase()) return listRef(list);
  }
  return undefined;
}

/** Idempotent: running it twice creates nothing the second time. */
export async function ensureList(
  graph: GraphApi,
  siteId: string,
  definition: SharePointListDefinition,
): Promise<EnsuredList> {
  const existing = await findList(graph, siteId, definition.displayName);
  if (existing === undefined) {
    const created = (await graph.client.api(`/sites/${encodeURIComponent(siteId)}/lists`).post({
      displayName: definition.displayName,
      description: definition.description,
      columns: definition.columns.map(columnPayload),
      list: { template: 'genericList' },
    })) as GraphList;
    return { list: listRef(created), created: true, columnsAdded: definition.columns.map((c) => c.name) };
  }
  const have = new Set<string>();
  for await (const page of graphPages<{ name: string }>(
    graph,
    `${listPath(siteId, existing.id)}/columns?$select=name`,
  )) {
    for (const c of page.value) have.add(c.name.toLowerCase());
  }
  const columnsAdded: string[] = [];
  for (const column of definition.columns) {
    if (have.has(column.name.toLowerCase())) continue;
    await graph.client.api(`${listPath(siteId, existing.id)}/columns`).post(columnPayload(column));
    columnsAdded.push(column.name);
  }
  return { list: existing, created: false, columnsAdded };
}

interface GraphListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: Record<string, unknown> & { '@odata.etag'?: string };
}

function toItem(raw: GraphListItem): ListItem {
  return {
    id: raw.id,
    eTag: raw.eTag ?? raw['@odata.etag'] ?? raw.fields?.['@odata.etag'] ?? '',
    fields: raw.fields ?? {},
  };
}

export async function createListItem(
  graph: GraphApi,
  siteId: string,
  listId: string,
  fields: FieldValues,
): Promise<ListItem> {
  const raw = (await graph.client.api(`${listPath(siteId, listId)}/items`).post({ fields })) as GraphListItem;
  return toItem(raw);
}

export async function getListItem(graph: GraphApi, siteId: string, listId: string, itemId: string): Promise<ListItem> {
  const raw = (await graph.client
    .api(`${listPath(siteId, listId)}/items/${encodeURIComponent(itemId)}?expand=fields`)
    .get()) as GraphListItem;
  return toItem(raw);
}

/**
 * Updates some fields. With `ifMatch` (an eTag read earlier) the write happens only if nobody wrote the
 * item since, else `ListItemConflictError`. Returns the new eTag.
 */
export async function updateListItem(
  graph: GraphApi,
  siteId: string,
  listId: string,
  itemId: string,
  fields: FieldValues,
  options: { ifMatch?: string } = {},
): Promise<{ eTag: string }> {
  try {
    const request = graph.client.api(`${listPath(siteId, listId)}/items/${encodeURIComponent(itemId)}/fields`);
    if (options.ifMatch !== undefined) request.header('If-Match', options.ifMatch);
    const raw = (await request.patch(fields)) as { '@odata.etag'?: string };
    return { eTag: raw['@odata.etag'] ?? '' };
  } catch (err) {
    if (err instanceof GraphError && err.statusCode === 412) {
      throw new ListItemConflictError('the list item changed since it was read');
    }
    throw err;
  }
}

export interface ListItemsOptions {
  /** Only items whose field equals the value (the column should be indexed). */
  readonly where?: { readonly field: string; readonly value: string };
  readonly select?: readonly string[];
  readonly pageSize?: number;
}

/** Items with their fields, page by page. */
export async function* listItems(
  graph: GraphApi,
  siteId: string,
  listId: string,
  options: ListItemsOptions = {},
): AsyncGenerator<ListItem> {
  const expand = options.select ? `fields($select=${options.select.join(',')})` : 'fields';
  const query = odataQuery({
    expand,
    $filter: options.where ? `fields/${options.where.field} eq ${odataString(options.where.value)}` : undefined,
    $top: options.pageSize,
  });
  // Without this header SharePoint refuses filters on non-indexed columns; ours are indexed, but an
  // adopted list might not be.
  const headers = options.where ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : undefined;
  for await (const raw of graphItems<GraphListItem>(graph, `${listPath(siteId, listId)}/items${query}`, { headers })) {
    yield toItem(raw);
  }
}
