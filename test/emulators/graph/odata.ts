import { badRequest } from './http-errors';
import type { RouteRequest } from './router';

/** One `name eq 'value'` clause: the only filter shape the endpoints we emulate are asked for. */
export interface EqualityClause {
  readonly property: string;
  readonly value: string | number | boolean;
}

const CLAUSE = /^\s*([A-Za-z_][\w/]*)\s+eq\s+(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(true|false))\s*$/;

/** `displayName eq 'Incident Log' and ...`; anything else is a 400, as Graph gives for what it can't do. */
export function parseFilter(filter: string | null): EqualityClause[] {
  if (filter === null || filter.trim() === '') return [];
  return filter.split(/\s+and\s+/i).map((clause) => {
    const m = CLAUSE.exec(clause);
    if (!m)
      throw badRequest(`Invalid filter clause: the emulator supports only "property eq value" (got "${clause}").`);
    const [, property, text, num, bool] = m;
    const value = text !== undefined ? text.replace(/''/g, "'") : num !== undefined ? Number(num) : bool === 'true';
    return { property: property as string, value };
  });
}

export interface Page<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
}

/**
 * `$top` paging with an opaque `$skiptoken`, and a nextLink that is absolute on this server with every
 * other query option kept, as Graph returns it (clients must follow it as given, with the token).
 */
export function page<T>(items: readonly T[], req: RouteRequest, defaultTop: number): Page<T> {
  const topText = req.query.get('$top') ?? req.query.get('top');
  const top = topText === null ? defaultTop : Number(topText);
  if (!Number.isInteger(top) || top < 1) throw badRequest(`Invalid $top value "${topText}".`);
  const token = req.query.get('$skiptoken');
  const offset = token === null ? 0 : decodeSkipToken(token);
  const value = items.slice(offset, offset + top);
  if (offset + top >= items.length) return { value };
  const next = new URLSearchParams(req.query);
  next.set('$skiptoken', encodeSkipToken(offset + top));
  return { value, '@odata.nextLink': `${req.baseUrl}${req.path}?${next.toString()}` };
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${offset}`).toString('base64url');
}

function decodeSkipToken(token: string): number {
  const m = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m) throw badRequest('Invalid $skiptoken.');
  return Number(m[1]);
}

/** `$select=a,b` applied to a plain object; `id` always stays, as Graph keeps it. */
export function select<T extends object>(resource: T, selectParam: string | null): Partial<T> {
  if (selectParam === null) return resource;
  const keep = new Set(selectParam.split(',').map((s) => s.trim()));
  keep.add('id');
  return Object.fromEntries(
    Object.entries(resource).filter(([k]) => keep.has(k) || k.startsWith('@odata')),
  ) as Partial<T>;
}
