/**
 * Staff Sent Items through Microsoft Graph message delta, as a LiveMailSource. Per mailbox:
 *  - the cursor `graph-mail-delta:<mailbox>` is the last round's deltaLink, replayed to get what is new;
 *    with none, or when Graph says it has expired (410), a fresh delta reads the folder again;
 *  - `graph-mail-seen:<mailbox>` (see seen-messages.ts) makes that fresh read start near where the last
 *    one ended and skip what was already offered, so an expiry neither misses nor repeats a message;
 *  - only messages with a pupil among the recipients are read in full (their MIME, `$value`), which is
 *    all the staff–pupil rules need: the rest of a member of staff's mail is never opened;
 *  - the deltaLink is saved only after the sink has taken every message of the round.
 * Throttling (429, 503, 504 with Retry-After) is retried by the Graph client's RetryHandler
 * (graph-client.ts); nothing here retries again.
 */
import { GraphError, ResponseType } from '@microsoft/microsoft-graph-client';
import type { CursorStore } from '../../../core/jobs/ports';
import type { MailMessage } from '../../../core/mail/message';
import type { FetchedMail, LiveMailSource, MailSyncOptions, MailSyncResult } from '../../../core/mail/source';
import { messageFailure, toMessage } from '../../mail';
import type { GraphApi } from '../graph-client';
import { GraphLinkError, graphPages, odataQuery, pathOnBase } from '../paging';
import { DELTA_SELECT, parseDeltaItem, pupilRecipientTest } from './delta-item';
import { SeenMessages } from './seen-messages';

export interface GraphMailSourceOptions {
  readonly graph: GraphApi;
  /** Staff mailboxes (UPNs) whose Sent Items are read. */
  readonly mailboxes: readonly string[];
  /** The profile's pupil domains: a message to an address on one of them is read. */
  readonly pupilDomains: readonly string[];
  /** Pupils' addresses outside those domains (the directory's personal addresses of pupils). */
  readonly pupilAddresses?: readonly string[];
  /** The first sync reads this many days back (default 30); `MailSyncOptions.lookbackDays` overrides it. */
  readonly lookbackDays?: number;
  /** Delta page size asked for with `Prefer: odata.maxpagesize` (default 50). */
  readonly pageSize?: number;
  readonly now?: () => Date;
}

export const DEFAULT_LOOKBACK_DAYS = 30;
const DEFAULT_PAGE_SIZE = 50;
/** A full read that itself expires is started again, twice at most; then the mailbox fails for this run. */
const MAX_RESYNCS = 2;

export const deltaCursorKey = (mailbox: string) => `graph-mail-delta:${mailbox.toLowerCase()}`;
export const seenCursorKey = (mailbox: string) => `graph-mail-seen:${mailbox.toLowerCase()}`;

/** Graph answered that the delta state is gone: read the folder afresh. */
function needsResync(err: unknown): boolean {
  if (!(err instanceof GraphError)) return false;
  const code = String(err.code ?? '').toLowerCase();
  return err.statusCode === 410 || ['syncstatenotfound', 'syncstateinvalid', 'resyncrequired'].includes(code);
}

/** A failure of the sink (the review queue): not the mailbox's fault, so the whole run stops. */
class SinkFailure extends Error {
  constructor(readonly original: unknown) {
    super('sink failed');
  }
}

/** Short and free of message content: the HTTP status and Graph's code and message, or the error's kind. */
export function graphFailure(err: unknown): string {
  if (err instanceof GraphError) {
    const message = (err.message ?? '').split('\n')[0]!.slice(0, 160);
    if (err.statusCode <= 0) return `no answer from Graph${message ? `: ${message}` : ''}`;
    return `HTTP ${err.statusCode}${err.code ? ` ${err.code}` : ''}${message ? `: ${message}` : ''}`;
  }
  if (err instanceof GraphLinkError) return err.message;
  const code = (err as { code?: unknown } | null)?.code;
  const name = err instanceof Error ? err.name : typeof err;
  return `${name}${typeof code === 'string' ? ` (${code})` : ''}${err instanceof Error ? `: ${err.message.slice(0, 160)}` : ''}`;
}

export function graphMailSource(options: GraphMailSourceOptions): LiveMailSource {
  const { graph } = options;
  const isToPupil = pupilRecipientTest(options.pupilDomains, options.pupilAddresses);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const now = options.now ?? (() => new Date());
  const mailboxes = [...new Set(options.mailboxes.map((m) => m.trim().toLowerCase()).filter((m) => m !== ''))];

  function firstDeltaPath(mailbox: string, since: Date): string {
    const iso = since.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return (
      `/users/${encodeURIComponent(mailbox)}/mailFolders/sentitems/messages/delta` +
      odataQuery({ $select: DELTA_SELECT, $filter: `receivedDateTime ge ${iso}` })
    );
  }

  async function readMime(mailbox: string, id: string): Promise<Buffer> {
    const body = (await graph.client
      .api(`/users/${encodeURIComponent(mailbox)}/messages/${encodeURIComponent(id)}/$value`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer;
    return Buffer.from(body);
  }

  /** The message, or the reason it cannot be checked; throws when the mailbox itself is failing. */
  async function fetchMessage(mailbox: string, id: string): Promise<MailMessage | { error: string }> {
    let raw: Buffer;
    try {
      raw = await readMime(mailbox, id);
    } catch (err) {
      // Deleted between the delta page and this read: reported, since it cannot be checked any more.
      if (err instanceof GraphError && err.statusCode === 404) {
        return { error: 'deleted from the mailbox before it could be read' };
      }
      throw err;
    }
    try {
      return await toMessage(raw);
    } catch (err) {
      return { error: messageFailure(err) };
    }
  }

  return {
    name: 'graph',
    async sync(cursors: CursorStore, sink: (mail: FetchedMail) => Promise<void>, syncOptions: MailSyncOptions = {}) {
      const lookbackDays = syncOptions.lookbackDays ?? options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
      let fetched = 0;
      let errors = 0;
      const fullSyncs: string[] = [];
      const failedMailboxes: Array<{ mailbox: string; error: string }> = [];

      const offer = async (mail: FetchedMail) => {
        try {
          await sink(mail);
        } catch (err) {
          throw new SinkFailure(err);
        }
        if (mail.kind === 'message') fetched += 1;
        else errors += 1;
      };

      /** One delta round from `start` to its deltaLink. */
      async function round(mailbox: string, start: string, seen: SeenMessages): Promise<string> {
        let latest: string | undefined;
        let done = 0;
        const later = (iso: string | undefined) =>
          iso !== undefined &&
          !Number.isNaN(Date.parse(iso)) &&
          (latest === undefined || Date.parse(iso) > Date.parse(latest));
        try {
          for await (const page of graphPages<unknown>(graph, start, {
            headers: { Prefer: `odata.maxpagesize=${pageSize}` },
          })) {
            for (const raw of page.value) {
              const item = parseDeltaItem(raw);
              if (item.kind === 'removed') continue;
              if (item.kind === 'invalid') {
                await offer({ kind: 'error', mailbox, sourceId: item.id, error: item.reason });
                continue;
              }
              if (later(item.receivedDateTime)) latest = item.receivedDateTime;
              if (item.isDraft || seen.has(item.id) || !isToPupil(item.recipients)) continue;
              const message = await fetchMessage(mailbox, item.id);
              if ('error' in message) {
                await offer({ kind: 'error', mailbox, sourceId: item.id, error: message.error });
              } else {
                await offer({ kind: 'message', mailbox, sourceId: item.id, message });
              }
              seen.add(item.id, item.receivedDateTime ?? now().toISOString());
              syncOptions.onProgress?.({ mailbox, fetched: ++done });
            }
            if (page.deltaLink !== undefined) {
              // Validated before it is kept: a link off the base URL would never be followed.
              pathOnBase(page.deltaLink, graph.baseUrl);
              seen.completeRound(latest);
              return page.deltaLink;
            }
            await cursors.set(seenCursorKey(mailbox), seen.serialize());
          }
        } finally {
          // What the sink took is remembered even when the round fails, so a rerun does not offer it again.
          await cursors.set(seenCursorKey(mailbox), seen.serialize());
        }
        throw new GraphLinkError('the delta round ended without a deltaLink');
      }

      async function syncMailbox(mailbox: string): Promise<void> {
        const seen = SeenMessages.parse(await cursors.get(seenCursorKey(mailbox)));
        let link = await cursors.get(deltaCursorKey(mailbox));
        if (link !== undefined && !onBase(link)) link = undefined;
        let full = link === undefined;
        for (let resyncs = 0; ; resyncs++) {
          const start =
            link ?? firstDeltaPath(mailbox, seen.resyncFrom() ?? new Date(now().getTime() - lookbackDays * 86_400_000));
          try {
            const deltaLink = await round(mailbox, start, seen);
            await cursors.set(deltaCursorKey(mailbox), deltaLink);
            break;
          } catch (err) {
            if (!needsResync(err) || resyncs >= MAX_RESYNCS) throw err;
            await cursors.delete(deltaCursorKey(mailbox));
            link = undefined;
            full = true;
          }
        }
        if (full) fullSyncs.push(mailbox);
      }

      function onBase(link: string): boolean {
        try {
          pathOnBase(link, graph.baseUrl);
          return true;
        } catch {
          return false;
        }
      }

      for (const mailbox of mailboxes) {
        try {
          await syncMailbox(mailbox);
        } catch (err) {
          if (err instanceof SinkFailure) throw err.original;
          failedMailboxes.push({ mailbox, error: graphFailure(err) });
        }
      }
      const result: MailSyncResult = { mailboxes: mailboxes.length, fetched, errors, fullSyncs, failedMailboxes };
      return result;
    },
  };
}
