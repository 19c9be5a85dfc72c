/**
 * The Graph client every Microsoft connector uses: the official SDK with our own middleware chain, so
 * that what matters is certain rather than left to host-name heuristics:
 *  - the base URL comes from SOS_GRAPH_BASE_URL (CONTRACTS §5), default https://graph.microsoft.com/v1.0;
 *  - the bearer token goes to that exact origin (scheme, host and port) and to the Microsoft Graph hosts
 *    over https, and to nothing else (the SDK's own handler ignores ports and needs `customHosts`);
 *  - the SDK's RetryHandler retries 429, 503 and 504, waiting as long as Retry-After says;
 *  - the request goes out through `fetch`, which tests may replace to trust a loopback certificate.
 */
import {
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { version } from '../../package.json';
import { GraphCredentialsError, tokenProviderFromEnv, type AccessTokenProvider, type Env } from './credentials';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** Public and national-cloud Graph hosts: a token may go to these whatever the base URL is. */
const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

/** A client and the base URL it was made for (paging needs it to follow nextLinks). */
export interface GraphApi {
  readonly client: Client;
  /** Absolute, without a trailing slash, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl: string;
}

export interface GraphOptions {
  readonly baseUrl?: string;
  readonly accessToken: AccessTokenProvider;
  /** Default: the global fetch (which trusts NODE_EXTRA_CA_CERTS). */
  readonly fetch?: typeof fetch;
  /** Retries of a throttled or unavailable request before its error is returned (default 4, SDK max 10). */
  readonly maxRetries?: number;
}

/** Checks a base URL: absolute https with a version segment, as Graph and the emulator both serve it. */
export function parseGraphBaseUrl(raw: string, settingName = 'SOS_GRAPH_BASE_URL'): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new GraphCredentialsError(`${settingName} must be an absolute URL like ${DEFAULT_GRAPH_BASE_URL}`);
  }
  if (url.protocol !== 'https:') throw new GraphCredentialsError(`${settingName} must start with https://`);
  if (url.search !== '' || url.hash !== '' || url.pathname.replace(/\/+$/, '') === '') {
    throw new GraphCredentialsError(
      `${settingName} must be like ${DEFAULT_GRAPH_BASE_URL} (with the version, no query)`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function createGraph(options: GraphOptions): GraphApi {
  const baseUrl = parseGraphBaseUrl(options.baseUrl ?? DEFAULT_GRAPH_BASE_URL);
  const cut = baseUrl.lastIndexOf('/');
  const middleware: Middleware[] = [
    new BearerTokenHandler(options.accessToken, new URL(baseUrl).origin),
    new RetryHandler(new RetryHandlerOptions(RETRY_DELAY_SECONDS, options.maxRetries ?? 4)),
    new FetchHandler(options.fetch ?? ((input, init) => fetch(input, init))),
  ];
  const client = Client.initWithMiddleware({
    // The SDK joins host + version + path; splitting the base URL this way keeps any prefix path intact.
    baseUrl: baseUrl.slice(0, cut),
    defaultVersion: baseUrl.slice(cut + 1),
    middleware: chain(middleware),
    fetchOptions: { headers: { 'User-Agent': `NONISV|sos|sos/${version}` } },
  });
  return { client, baseUrl };
}

/** The Graph client the environment describes (CONTRACTS §5): SOS_GRAPH_BASE_URL, SOS_ACCESS_TOKEN or msal. */
export function createGraphFromEnv(env: Env, extra: { fetch?: typeof fetch } = {}): GraphApi {
  const baseUrl = env.SOS_GRAPH_BASE_URL?.trim() ? parseGraphBaseUrl(env.SOS_GRAPH_BASE_URL) : DEFAULT_GRAPH_BASE_URL;
  const origin = new URL(baseUrl).origin;
  const scope = GRAPH_HOSTS.has(new URL(baseUrl).hostname) ? `${origin}/.default` : undefined;
  return createGraph({ baseUrl, accessToken: tokenProviderFromEnv(env, { scope }), fetch: extra.fetch });
}

/** Seconds between retries when a 429/503 carries no Retry-After (then it grows exponentially). */
const RETRY_DELAY_SECONDS = 2;

function chain(handlers: Middleware[]): Middleware {
  for (let i = 0; i < handlers.length - 1; i++) handlers[i]!.setNext!(handlers[i + 1]!);
  return handlers[0]!;
}

class BearerTokenHandler implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly token: AccessTokenProvider,
    private readonly baseOrigin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    const headers = headersOf(context);
    delete headers.Authorization;
    delete headers.authorization;
    if (url.origin === this.baseOrigin || (url.protocol === 'https:' && GRAPH_HOSTS.has(url.hostname))) {
      headers.Authorization = `Bearer ${await this.token()}`;
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options as RequestInit);
  }
}

/** GraphRequest always hands middleware a plain header object; make sure there is one. */
function headersOf(context: Context): Record<string, string> {
  context.options ??= {};
  if (context.options.headers instanceof Headers) {
    context.options.headers = Object.fromEntries(context.options.headers.entries());
  }
  context.options.headers ??= {};
  return context.options.headers as Record<string, string>;
}
