/**
 * A loopback Gmail API (plain HTTP) for googleapis: `google.gmail({version: 'v1', rootUrl, auth})` with
 * `rootUrl` = the emulator's, or SOS_GOOGLE_API_ROOT for the `sos` command. A bearer token
 * `test:<address>` acts as that mailbox, as a domain-wide-delegation token for it would.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GmailDomain } from './domain';
import { faultMessage, faultReason, FaultPlan } from './faults';
import { googleErrorBody, GoogleHttpError } from './errors';
import { RequestLog } from './request-log';
import { route } from './routes';

export interface GmailEmulatorOptions {
  /** Mailboxes that exist from the start (more with `domain.addMailbox`). */
  readonly mailboxes?: readonly string[];
  /** The server's clock in ms (newer_than:, default internalDate); default Date.now. */
  readonly now?: () => number;
}

export interface GmailEmulator {
  /** e.g. `http://127.0.0.1:50123/`: the rootUrl for googleapis and the value for SOS_GOOGLE_API_ROOT. */
  readonly rootUrl: string;
  readonly domain: GmailDomain;
  readonly log: RequestLog;
  readonly faults: FaultPlan;
  close(): Promise<void>;
}

const PREFIX = '/gmail/v1/users/';
const JSON_TYPE = 'application/json; charset=UTF-8';

export async function startGmailEmulator(options: GmailEmulatorOptions = {}): Promise<GmailEmulator> {
  const domain = new GmailDomain(options.now ?? Date.now);
  for (const m of options.mailboxes ?? []) domain.addMailbox(m);
  const log = new RequestLog();
  const faults = new FaultPlan();

  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      send(res, 500, googleErrorBody(500, 'backendError', String(err)));
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const fail = (err: GoogleHttpError) => {
      entry.status = err.status;
      send(res, err.status, googleErrorBody(err.status, err.reason, err.message, err.domain), err.headers);
    };
    const rawSegments = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length).split('/') : [];
    const userId = safeDecode(rawSegments[0] ?? '');
    const segments = rawSegments.slice(1).map(safeDecode);
    const mailbox = tokenMailbox(req.headers.authorization);
    const entry = log.add({
      method,
      path: `/${segments.join('/')}`,
      userId,
      ...(mailbox !== undefined ? { mailbox } : {}),
      query: url.searchParams,
      status: 0,
    });

    if (rawSegments.length < 2 || userId === '') return fail(new GoogleHttpError(404, 'notFound', 'Not Found'));
    if (mailbox === undefined) {
      return fail(
        new GoogleHttpError(
          401,
          'authError',
          'Request had invalid authentication credentials. Expected OAuth 2 access token.',
        ),
      );
    }
    const fault = faults.take(entry.path, mailbox);
    if (fault?.drop) {
      entry.fault = 'drop';
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      entry.fault = 'status';
      const reason = faultReason(fault);
      const headers: Record<string, string> =
        fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      const errorDomain =
        reason.endsWith('RateLimitExceeded') || reason === 'rateLimitExceeded' ? 'usageLimits' : 'global';
      return fail(new GoogleHttpError(fault.status, reason, faultMessage(fault.status, reason), headers, errorDomain));
    }
    const box = domain.mailbox(mailbox);
    if (!box) return fail(new GoogleHttpError(400, 'failedPrecondition', 'Mail service not enabled'));
    if (userId !== 'me' && userId.toLowerCase() !== mailbox) {
      return fail(new GoogleHttpError(403, 'forbidden', `Delegation denied for ${mailbox}`));
    }
    if (method !== 'GET') return fail(new GoogleHttpError(405, 'methodNotAllowed', 'Method not allowed.'));
    try {
      const body = route({ mailbox: box, segments, query: url.searchParams }, domain);
      entry.status = 200;
      send(res, 200, body);
    } catch (err) {
      if (err instanceof GoogleHttpError) return fail(err);
      throw err;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    domain,
    log,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `Bearer test:<address>` → the address, lower-cased; anything else is no credential here. */
function tokenMailbox(header: string | undefined): string | undefined {
  const m = /^Bearer\s+test:(\S+@\S+)$/i.exec(header ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
