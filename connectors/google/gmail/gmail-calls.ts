/**
 * The Gmail calls the source makes for one mailbox, each one HTTP request run through the shared
 * Google limiter (quota buckets, the one retry loop, Retry-After honoured), and each answer checked
 * before it is trusted.
 */
import { google, type gmail_v1 } from 'googleapis';
import { GOOGLE_SCOPES, type GoogleConnection } from '../auth';
import { googleServiceOptions } from '../clients';
import type { GoogleLimiter } from '../limiter';
import { GoogleApiError } from '../retry';
import { PARTY_HEADERS } from './pupil-parties';

/** Gmail answered with something the source cannot use (a missing id, no raw body). */
export class GmailResponseError extends Error {
  override readonly name = 'GmailResponseError';
}

export interface HistoryPage {
  /** Ids of messages added, in the order Gmail lists them. */
  readonly added: readonly string[];
  readonly nextPageToken?: string;
  /** The mailbox's current history id. */
  readonly historyId: string;
}

export interface SearchPage {
  readonly ids: readonly string[];
  readonly nextPageToken?: string;
}

export interface GmailCalls {
  historyId(): Promise<string>;
  search(q: string, pageToken: string | undefined): Promise<SearchPage>;
  /** Undefined when the start id is older than the history Gmail keeps (its 404). */
  history(startHistoryId: string, pageToken: string | undefined): Promise<HistoryPage | undefined>;
  /** The party headers; undefined when the message is gone (deleted since it was listed). */
  partyHeaders(id: string): Promise<gmail_v1.Schema$MessagePartHeader[] | undefined>;
  /** The RFC 5322 bytes; undefined when the message is gone. */
  raw(id: string): Promise<Buffer | undefined>;
}

export function gmailCalls(
  connection: GoogleConnection,
  limiter: GoogleLimiter,
  mailbox: string,
  pageSize: number,
): GmailCalls {
  const gmail = google.gmail({
    version: 'v1',
    ...googleServiceOptions(connection, mailbox, [GOOGLE_SCOPES.gmailRead]),
  });
  const users = gmail.users;
  const run = <T>(label: string, call: () => Promise<{ data: T }>) =>
    limiter.run(mailbox, label, call).then((r) => r.data);
  const gone = (err: unknown) => err instanceof GoogleApiError && err.status === 404;

  return {
    async historyId() {
      const profile = await run('gmail.users.getProfile', () => users.getProfile({ userId: 'me' }));
      return historyIdOf(profile.historyId, 'getProfile');
    },
    async search(q, pageToken) {
      const data = await run('gmail.users.messages.list', () =>
        users.messages.list({
          userId: 'me',
          q,
          maxResults: pageSize,
          includeSpamTrash: true,
          ...(pageToken !== undefined && { pageToken }),
        }),
      );
      return {
        ids: (data.messages ?? []).map((m) => idOf(m.id, 'messages.list')),
        ...(data.nextPageToken ? { nextPageToken: data.nextPageToken } : {}),
      };
    },
    async history(startHistoryId, pageToken) {
      let data: gmail_v1.Schema$ListHistoryResponse;
      try {
        data = await run('gmail.users.history.list', () =>
          users.history.list({
            userId: 'me',
            startHistoryId,
            historyTypes: ['messageAdded'],
            maxResults: pageSize,
            ...(pageToken !== undefined && { pageToken }),
          }),
        );
      } catch (err) {
        if (gone(err)) return undefined;
        throw err;
      }
      const added = (data.history ?? []).flatMap((h) =>
        (h.messagesAdded ?? []).map((a) => idOf(a.message?.id, 'history.list')),
      );
      return {
        added,
        ...(data.nextPageToken ? { nextPageToken: data.nextPageToken } : {}),
        historyId: historyIdOf(data.historyId, 'history.list'),
      };
    },
    async partyHeaders(id) {
      try {
        const data = await run('gmail.users.messages.get', () =>
          users.messages.get({ userId: 'me', id, format: 'metadata', metadataHeaders: [...PARTY_HEADERS] }),
        );
        return data.payload?.headers ?? [];
      } catch (err) {
        if (gone(err)) return undefined;
        throw err;
      }
    },
    async raw(id) {
      try {
        const data = await run('gmail.users.messages.get', () =>
          users.messages.get({ userId: 'me', id, format: 'raw' }),
        );
        if (typeof data.raw !== 'string')
          throw new GmailResponseError(`messages.get ${id}: no raw message in the answer`);
        return Buffer.from(data.raw, 'base64url');
      } catch (err) {
        if (gone(err)) return undefined;
        throw err;
      }
    },
  };
}

function idOf(value: string | null | undefined, where: string): string {
  if (typeof value !== 'string' || value === '') throw new GmailResponseError(`${where}: a message without an id`);
  return value;
}

function historyIdOf(value: string | null | undefined, where: string): string {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw new GmailResponseError(`${where}: no usable historyId in the answer`);
  }
  return value;
}
