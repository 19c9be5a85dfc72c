/**
 * The Gmail endpoints sos reads, answering as Gmail does: ids and page tokens are strings, empty lists
 * are left out of the body (`{resultSizeEstimate: 0}`), maxResults above 500 is capped at 500.
 */
import type { GmailDomain, HistoryRecord, Mailbox, StoredMessage } from './domain';
import { invalidArgument, notFound } from './errors';
import { asksForSpamOrTrash, matches, parseQuery, QueryError, type QueryNode } from './query';

export interface RouteRequest {
  readonly mailbox: Mailbox;
  /** Segments after `users/{userId}`, e.g. `['messages', '18c2...']`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

const MAX_RESULTS = 500;

export function route(req: RouteRequest, domain: GmailDomain): unknown {
  const [first, second, ...rest] = req.segments;
  if (rest.length === 0) {
    if (first === 'profile' && second === undefined) return profile(req.mailbox);
    if (first === 'messages' && second === undefined) return listMessages(req, domain);
    if (first === 'messages' && second !== undefined) return getMessage(req, second);
    if (first === 'history' && second === undefined) return listHistory(req);
  }
  throw notFound();
}

function profile(box: Mailbox): unknown {
  const threads = new Set([...box.messages.values()].map((m) => m.threadId));
  return {
    emailAddress: box.address,
    messagesTotal: box.messages.size,
    threadsTotal: threads.size,
    historyId: String(box.historyId),
  };
}

function listMessages(req: RouteRequest, domain: GmailDomain): unknown {
  const q = req.query.get('q') ?? '';
  let node: QueryNode;
  try {
    node = parseQuery(q);
  } catch (err) {
    if (err instanceof QueryError) throw invalidArgument(`Invalid query: ${err.message}`);
    throw err;
  }
  const withSpamTrash = req.query.get('includeSpamTrash') === 'true' || asksForSpamOrTrash(node);
  const labels = req.query.getAll('labelIds');
  const now = domain.now();
  const found = [...req.mailbox.messages.values()]
    .filter((m) => withSpamTrash || !m.labelIds.some((l) => l === 'SPAM' || l === 'TRASH'))
    .filter((m) => labels.every((l) => m.labelIds.includes(l)))
    .filter((m) => matches(node, m, now))
    .sort(newestFirst);
  const after = decodeToken<{ d: number; id: string }>(req.query.get('pageToken'));
  const start = after ? found.filter((m) => newestFirst(m, { internalDate: after.d, id: after.id }) > 0) : found;
  const size = pageSize(req.query.get('maxResults'), 100);
  const page = start.slice(0, size);
  const last = page[page.length - 1];
  return {
    ...(page.length > 0 ? { messages: page.map((m) => ({ id: m.id, threadId: m.threadId })) } : {}),
    ...(start.length > size && last ? { nextPageToken: encodeToken({ d: last.internalDate, id: last.id }) } : {}),
    resultSizeEstimate: found.length,
  };
}

function getMessage(req: RouteRequest, id: string): unknown {
  const m = req.mailbox.messages.get(id);
  if (!m) throw notFound();
  const format = req.query.get('format') ?? 'full';
  const base = {
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds,
    snippet: snippet(m),
    sizeEstimate: m.raw.length,
    historyId: String(m.historyId),
    internalDate: String(m.internalDate),
  };
  switch (format) {
    case 'minimal':
      return base;
    case 'raw':
      return { ...base, raw: m.raw.toString('base64url') };
    case 'metadata': {
      const wanted = req.query.getAll('metadataHeaders').map((h) => h.toLowerCase());
      const headers = m.headers.filter((h) => wanted.length === 0 || wanted.includes(h.name.toLowerCase()));
      return { ...base, payload: { partId: '', mimeType: mimeType(m), filename: '', headers: [...headers] } };
    }
    case 'full':
      // The body tree is not emulated: a client that needs it should use raw (as sos does).
      throw invalidArgument('format=full is not supported by the emulator; use raw or metadata');
    default:
      throw invalidArgument(`Invalid value at 'format' (${format})`);
  }
}

function listHistory(req: RouteRequest): unknown {
  const box = req.mailbox;
  const startText = req.query.get('startHistoryId');
  if (startText === null || !/^\d+$/.test(startText)) throw invalidArgument('Invalid startHistoryId');
  const start = Number(startText);
  if (start < box.oldestHistoryId) throw notFound();
  const types = req.query.getAll('historyTypes');
  const after = decodeToken<{ h: number }>(req.query.get('pageToken'));
  const records = box.history
    .filter((r) => r.id > start && (after === undefined || r.id > after.h))
    .filter((r) => types.length === 0 || types.includes(r.type));
  const size = pageSize(req.query.get('maxResults'), 100);
  const page = records.slice(0, size);
  const last = page[page.length - 1];
  return {
    ...(page.length > 0 ? { history: page.map(historyJson) } : {}),
    ...(records.length > size && last ? { nextPageToken: encodeToken({ h: last.id }) } : {}),
    historyId: String(box.historyId),
  };
}

function historyJson(r: HistoryRecord): unknown {
  const ref = { id: r.message.id, threadId: r.message.threadId };
  const full = { ...ref, labelIds: [...r.message.labelIds] };
  const base = { id: String(r.id), messages: [ref] };
  switch (r.type) {
    case 'messageAdded':
      return { ...base, messagesAdded: [{ message: full }] };
    case 'messageDeleted':
      return { ...base, messagesDeleted: [{ message: ref }] };
    case 'labelAdded':
      return { ...base, labelsAdded: [{ message: full, labelIds: [...r.labelIds] }] };
  }
}

function pageSize(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalidArgument(`Invalid maxResults: ${value}`);
  return Math.min(n, MAX_RESULTS);
}

/** Newest first, then by id: a stable order, so a page token can say "after this one". */
function newestFirst(a: Pick<StoredMessage, 'internalDate' | 'id'>, b: Pick<StoredMessage, 'internalDate' | 'id'>) {
  if (a.internalDate !== b.internalDate) return b.internalDate - a.internalDate;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeToken<T>(token: string | null): T | undefined {
  if (token === null || token === '') return undefined;
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    throw invalidArgument('Invalid pageToken');
  }
}

function mimeType(m: StoredMessage): string {
  const ct = m.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'text/plain';
  return ct.split(';')[0]!.trim().toLowerCase();
}

function snippet(m: StoredMessage): string {
  const text = m.raw.toString('utf8');
  const blank = /\r?\n\r?\n/.exec(text);
  const body = blank ? text.slice(blank.index + blank[0].length) : '';
  return body.replace(/\s+/g, ' ').trim().slice(0, 100);
}
