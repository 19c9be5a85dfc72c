/**
 * Routing for the Google emulator: the Graph emulator's segment matching, with handlers that receive the
 * caller (resolved from the bearer token) and the emulator's state.
 */
import type { Pager } from './paging';
import type { GoogleTenant } from './tenant';

export interface Caller {
  /** Primary address, lower-cased. */
  readonly email: string;
  readonly isAdmin: boolean;
}

export interface GoogleRequest {
  readonly method: string;
  /** Decoded path, e.g. `/drive/v3/files/abc/permissions`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: Caller;
  readonly tenant: GoogleTenant;
  readonly pager: Pager;
}

export interface GoogleResponse {
  readonly status: number;
  /** JSON body. */
  readonly json?: unknown;
  /** Raw body (media, export) with its type. */
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
}

export type GoogleHandler = (req: GoogleRequest) => GoogleResponse;

export interface GoogleRoute {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `/drive/v3/files/:fileId/permissions` style. */
  readonly pattern: string;
  readonly handler: GoogleHandler;
}

export function matchRoute(
  routes: readonly GoogleRoute[],
  method: string,
  path: string,
): { route: GoogleRoute; params: Record<string, string> } | 'wrong-method' | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  let pathExists = false;
  for (const route of routes) {
    const parts = route.pattern.split('/').filter((s) => s !== '');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = parts.every((part, i) => {
      const segment = segments[i] as string;
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (!ok) continue;
    if (route.method === method) return { route, params };
    pathExists = true;
  }
  return pathExists ? 'wrong-method' : undefined;
}
