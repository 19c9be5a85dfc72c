import type { IncomingHttpHeaders } from 'node:http';
import type { GraphTenant } from './tenant';

export interface RouteRequest {
  readonly method: string;
  /** Path after the version segment, e.g. `/sites/abc/lists`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  /** `https://127.0.0.1:port/v1.0`: absolute links (nextLink) are built on it, as Graph does. */
  readonly baseUrl: string;
}

export interface RouteResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RouteHandler = (req: RouteRequest, tenant: GraphTenant) => RouteResponse;

/** One endpoint: `pattern` is a path with `:name` segments, e.g. `/sites/:siteId/lists/:listId`. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly pattern: string;
  readonly handler: RouteHandler;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** Segment-by-segment matching; `pathExists` lets the server tell 405 from 404. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | 'wrong-method' | undefined {
  const segments = splitPath(path);
  let pathExists = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (params === undefined) continue;
    if (route.method === method) return { route, params };
    pathExists = true;
  }
  return pathExists ? 'wrong-method' : undefined;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = splitPath(pattern);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const segment = decodeURIComponent(segments[i] as string);
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}
