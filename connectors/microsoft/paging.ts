/**
 * Collections come a page at a time; `@odata.nextLink` (and, for delta queries, `@odata.deltaLink`) are
 * absolute URLs that must be followed exactly as given and with the token. A link is followed only when
 * it is on the configured base URL: a link elsewhere is refused rather than sent our token.
 */
import type { GraphApi } from './graph-client';

export interface GraphPage<T> {
  readonly value: T[];
  readonly nextLink?: string;
  readonly deltaLink?: string;
}

export class GraphLinkError extends Error {
  override name = 'GraphLinkError';
}

export interface PageOptions {
  /** Sent with the first request and every page after it (e.g. `Prefer`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A link as a path the client resolves against its base URL. Relative paths make the client put the
 * base back, so the request goes to the same origin and version the link named, with the token.
 */
export function pathOnBase(link: string, baseUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  const base = new URL(baseUrl);
  const url = new URL(link);
  const basePath = base.pathname.replace(/\/+$/, '');
  if (url.origin !== base.origin || !(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))) {
    throw new GraphLinkError(`refusing to follow a paging link outside ${baseUrl} (host ${url.host})`);
  }
  return url.pathname.slice(basePath.length) + url.search;
}

/** Every page of a collection, starting at `path` (relative to the base URL, query included). */
export async function* graphPages<T>(
  graph: GraphApi,
  path: string,
  options: PageOptions = {},
): AsyncGenerator<GraphPage<T>> {
  let next: string | undefined = path;
  while (next !== undefined) {
    const body = (await graph.client
      .api(pathOnBase(next, graph.baseUrl))
      .headers({ ...options.headers })
      .get()) as { value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
    const page: GraphPage<T> = {
      value: body.value ?? [],
      nextLink: body['@odata.nextLink'],
      deltaLink: body['@odata.deltaLink'],
    };
    yield page;
    next = page.nextLink;
  }
}

/** Every item of every page. */
export async function* graphItems<T>(graph: GraphApi, path: string, options: PageOptions = {}): AsyncGenerator<T> {
  for await (const page of graphPages<T>(graph, path, options)) yield* page.value;
}

/** Builds a query string from OData options, encoding the values (the SDK leaves them as given). */
export function odataQuery(options: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(options)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
