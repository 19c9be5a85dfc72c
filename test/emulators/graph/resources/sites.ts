/** Sites, their lists and list columns: what `ensureList` and `sos setup microsoft incidents` use. */
import { badRequest, GraphHttpError, notFound } from '../http-errors';
import { page, parseFilter, select } from '../odata';
import type { Route, RouteRequest } from '../router';
import { builtInColumns, type EmuColumn, type EmuList, type EmuSite, type GraphTenant } from '../tenant';

const COLUMN_TYPES = [
  'text',
  'number',
  'dateTime',
  'boolean',
  'choice',
  'currency',
  'personOrGroup',
  'lookup',
  'hyperlinkOrPicture',
];

export function siteOrThrow(tenant: GraphTenant, siteId: string): EmuSite {
  const site = tenant.site(siteId);
  if (!site) throw notFound(`Site '${siteId}'`);
  return site;
}

export function listOrThrow(tenant: GraphTenant, siteId: string, listId: string): EmuList {
  siteOrThrow(tenant, siteId);
  const list = tenant.list(siteId, listId);
  if (!list) throw notFound(`List '${listId}'`);
  return list;
}

function siteResource(site: EmuSite) {
  return { id: site.id, name: site.name, displayName: site.displayName, webUrl: site.webUrl };
}

export function listResource(site: EmuSite, list: EmuList) {
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.created,
    lastModifiedDateTime: list.created,
    webUrl: `${site.webUrl}/Lists/${list.name}`,
    list: { template: list.template, hidden: false, contentTypesEnabled: false },
  };
}

function columnResource(column: EmuColumn) {
  return {
    ...column.definition,
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    readOnly: column.readOnly,
    indexed: column.indexed,
  };
}

/** Validates a posted column the way Graph does: a name without spaces and exactly one type facet. */
function newColumn(tenant: GraphTenant, list: EmuList, body: unknown): EmuColumn {
  if (typeof body !== 'object' || body === null) throw badRequest('A column definition is required.');
  const def = body as Record<string, unknown>;
  const name = def.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw badRequest(`Invalid column name "${String(name)}".`);
  }
  const facets = COLUMN_TYPES.filter((t) => def[t] !== undefined);
  if (facets.length !== 1) throw badRequest(`Column "${name}" must have exactly one type facet.`);
  if (list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A column named "${name}" already exists.`);
  }
  const { name: _n, displayName, indexed, ...definition } = def;
  return {
    id: tenant.newGuid(),
    name,
    displayName: typeof displayName === 'string' ? displayName : name,
    readOnly: false,
    indexed: indexed === true,
    definition,
  };
}

function getSite(req: RouteRequest, tenant: GraphTenant) {
  return { status: 200, body: select(siteResource(siteOrThrow(tenant, req.params.siteId!)), req.query.get('$select')) };
}

function getLists(req: RouteRequest, tenant: GraphTenant) {
  const site = siteOrThrow(tenant, req.params.siteId!);
  const clauses = parseFilter(req.query.get('$filter'));
  const lists = site.lists
    .map((l) => listResource(site, l))
    .filter((l) =>
      clauses.every((c) => {
        if (c.property !== 'displayName' && c.property !== 'name')
          throw badRequest(`Cannot filter lists on ${c.property}.`);
        return String(l[c.property]).toLowerCase() === String(c.value).toLowerCase();
      }),
    )
    .map((l) => select(l, req.query.get('$select')));
  return { status: 200, body: page(lists, req, 100) };
}

function createList(req: RouteRequest, tenant: GraphTenant) {
  const site = siteOrThrow(tenant, req.params.siteId!);
  const body = (req.body ?? {}) as Record<string, unknown>;
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') throw badRequest('displayName is required.');
  if (site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A list named "${displayName}" already exists.`);
  }
  const template =
    ((body.list as Record<string, unknown> | undefined)?.template as string | undefined) ?? 'genericList';
  const list: EmuList = {
    id: tenant.newGuid(),
    name: displayName.replace(/[^A-Za-z0-9]/g, ''),
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template,
    created: new Date().toISOString(),
    columns: builtInColumns(tenant),
    items: [],
    nextItemId: 1,
  };
  // Graph creates the list with its columns in one go, or not at all.
  const posted = Array.isArray(body.columns) ? body.columns : [];
  for (const c of posted) list.columns.push(newColumn(tenant, list, c));
  site.lists.push(list);
  return { status: 201, body: listResource(site, list) };
}

function getList(req: RouteRequest, tenant: GraphTenant) {
  const site = siteOrThrow(tenant, req.params.siteId!);
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const resource: Record<string, unknown> = listResource(site, list);
  if ((req.query.get('$expand') ?? req.query.get('expand') ?? '').includes('columns')) {
    resource.columns = list.columns.map(columnResource);
  }
  return { status: 200, body: select(resource, req.query.get('$select')) };
}

function getColumns(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  return { status: 200, body: page(list.columns.map(columnResource), req, 100) };
}

function createColumn(req: RouteRequest, tenant: GraphTenant) {
  const list = listOrThrow(tenant, req.params.siteId!, req.params.listId!);
  const column = newColumn(tenant, list, req.body);
  list.columns.push(column);
  return { status: 201, body: columnResource(column) };
}

export const siteRoutes: Route[] = [
  { method: 'GET', pattern: '/sites/:siteId', handler: getSite },
  { method: 'GET', pattern: '/sites/:siteId/lists', handler: getLists },
  { method: 'POST', pattern: '/sites/:siteId/lists', handler: createList },
  { method: 'GET', pattern: '/sites/:siteId/lists/:listId', handler: getList },
  { method: 'GET', pattern: '/sites/:siteId/lists/:listId/columns', handler: getColumns },
  { method: 'POST', pattern: '/sites/:siteId/lists/:listId/columns', handler: createColumn },
];
