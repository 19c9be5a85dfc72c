/** List items: create, list (paged, filtered on fields), get, update fields with If-Match, delete. */
import { badRequest, GraphHttpError, notFound } from '../http-errors';
import { page, parseFilter } from '../odata';
import type { Route, RouteRequest } from '../router';
import { itemETag, type EmuItem, type EmuList, type GraphTenant } from '../tenant';
import { listOrThrow, siteOrThrow } from './sites';

const SINGLE_LINE_MAX = 255;

function itemResource(siteUrl: string, list: EmuList, item: EmuItem, withFields: boolean, selectFields?: Set<string>) {
  const eTag = itemETag(list, item);
  const resource: Record<string, unknown> = {
    '@odata.etag': eTag,
    id: item.id,
    eTag,
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    webUrl: `${siteUrl}/Lists/${list.name}/DispForm.aspx?ID=${item.id}`,
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (withFields) resource.fields = fieldsResource(list, item, selectFields);
  return resource;
}

function fieldsResource(list: EmuList, item: EmuItem, selectFields?: Set<string>) {
  const all: Record<string, unknown> = {
    '@odata.etag': itemETag(list, item),
    ...item.fields,
    id: item.id,
    ID: Number(item.id),
    Created: item.created,
    Modified: item.modified,
  };
  if (!selectFields) return all;
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => k === '@odata.etag' || k === 'id' || selectFields.has(k)),
  );
}

/** `expand=fields` or `$expand=fields(select=A,B)`: whether fields come back, and which. */
function expandFields(req: RouteRequest): { withFields: boolean; selectFields?: Set<string> } {
  const expand = req.query.get('$expand') ?? req.query.get('expand');
  if (expand === null) return { withFields: false };
  const m = /^fields(?:\(\$?select=([^)]*)\))?$/.exec(expand.trim());
  if (!m) throw badRequest(`Unsupported expand "${expand}".`);
  return m[1] === undefined ? { withFields: true } : { withFields: true, selectFields: new Set(m[1].split(',')) };
}

/** Rejects what SharePoint rejects: unknown or read-only fields, wrong types, single-line text over 255. */
function validateFields(list: EmuList, fields: unknown): Record<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    throw badRequest('fields must be an object.');
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith('@odata')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw badRequest(`Field '${name}' is not recognized`);
    if (column.readOnly) throw badRequest(`Field '${name}' is read-only`);
    if (value === null) continue;
    const def = column.definition;
    const wrong = () => badRequest(`Invalid value for field '${name}'.`);
    if (def.text !== undefined) {
      if (typeof value !== 'string') throw wrong();
      const multi = (def.text as { allowMultipleLines?: boolean }).allowMultipleLines === true;
      if (!multi && value.length > SINGLE_LINE_MAX) {
        throw badRequest(`The value of field '${name}' exceeds the maximum length of ${SINGLE_LINE_MAX}.`);
      }
    } else if (def.number !== undefined && typeof value !== 'number') throw wrong();
    else if (def.boolean !== undefined && typeof value !== 'boolean') throw wrong();
    else if (def.dateTime !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
      throw wrong();
    else if (def.choice !== undefined) {
      const choice = def.choice as { choices?: string[]; allowTextEntry?: boolean };
      if (typeof value !== 'string' || (!choice.allowTextEntry && !(choice.choices ?? []).includes(value)))
        throw wrong();
    }
  }
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('@odata')));
}

function siteUrl(req: RouteRequest, tenant: GraphTenant): string {
  return siteOrThrow(tenant, req.params.siteId!).webUrl;
}

function itemOrThrow(list: EmuList, itemId: string): EmuItem {
  const item = list.items.find((i) => i.id === itemId);
  if (!item) throw notFound(`Item '${itemId}'`);
  return item;
}

/** Graph compares the whole eTag; `*` matches any. A stale one is 412, which optimistic writers retry. */
function checkIfMatch(req: RouteRequest, list: EmuList, item: EmuItem): void {
  const ifMatch = req.headers['if-match'];
  if (ifMatch === undefined) return;
  const wanted = String(ifMatch).trim().replace(/^W\//, '');
  if (wanted === '*' || wanted === itemETag(list, item)) return;
  throw new GraphHttpError(412, 'preconditionFailed', 'The resource has changed since it was last read.');
}

function listItems(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const { withFields, selectFields } = expandFields(req);
  const clauses = parseFilter(req.query.get('$filter'));
  const prefer = String(req.headers.prefer ?? '');
  for (const c of clauses) {
    const name = c.property.replace(/^fields\//, '');
    const column = list.columns.find((col) => col.name === name);
    if (!c.property.startsWith('fields/') || !column) throw badRequest(`Cannot filter on "${c.property}".`);
    // SharePoint refuses filters on non-indexed columns unless the caller accepts that they may fail.
    if (!column.indexed && !prefer.includes('HonorNonIndexedQueriesWarningMayFailRandomly')) {
      throw badRequest(`Field '${name}' cannot be referenced in filter or orderby as it is not indexed.`);
    }
  }
  const matching = list.items.filter((item) =>
    clauses.every((c) => {
      const value = fieldsResource(list, item)[c.property.slice('fields/'.length)];
      return value === c.value || (typeof value === 'string' && value === String(c.value));
    }),
  );
  const resources = matching.map((item) => itemResource(siteUrl(req, tenant), list, item, withFields, selectFields));
  return { status: 200, body: page(resources, req, 200) };
}

function createItem(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const fields = validateFields(list, (req.body as { fields?: unknown } | null)?.fields ?? {});
  const now = new Date().toISOString();
  const item: EmuItem = {
    id: String(list.nextItemId),
    guid: tenant.newGuid(),
    fields,
    version: 1,
    created: now,
    modified: now,
  };
  list.nextItemId += 1;
  list.items.push(item);
  return { status: 201, body: itemResource(siteUrl(req, tenant), list, item, true) };
}

function getItem(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const item = itemOrThrow(list, req.params.itemId!);
  const { withFields, selectFields } = expandFields(req);
  return { status: 200, body: itemResource(siteUrl(req, tenant), list, item, withFields, selectFields) };
}

function getItemFields(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  return { status: 200, body: fieldsResource(list, itemOrThrow(list, req.params.itemId!)) };
}

function patchFields(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const item = itemOrThrow(list, req.params.itemId!);
  checkIfMatch(req, list, item);
  const fields = validateFields(list, req.body);
  item.fields = { ...item.fields, ...fields };
  item.version += 1;
  item.modified = new Date().toISOString();
  return { status: 200, body: fieldsResource(list, item) };
}

function deleteItem(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const item = itemOrThrow(list, req.params.itemId!);
  checkIfMatch(req, list, item);
  list.items.splice(list.items.indexOf(item), 1);
  return { status: 204 };
}

export const listItemRoutes: Route[] = [
  { method: 'GET', pattern: '/sites/:siteId/lists/:listId/items', handler: listItems },
  { method: 'POST', pattern: '/sites/:siteId/lists/:listId/items', handler: createItem },
  { method: 'GET', pattern: '/sites/:siteId/lists/:listId/items/:itemId', handler: getItem },
  { method: 'DELETE', pattern: '/sites/:siteId/lists/:listId/items/:itemId', handler: deleteItem },
  { method: 'GET', pattern: '/sites/:siteId/lists/:listId/items/:itemId/fields', handler: getItemFields },
  { method: 'PATCH', pattern: '/sites/:siteId/lists/:listId/items/:itemId/fields', handler: patchFields },
];
