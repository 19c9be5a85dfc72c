/**
 * One mailbox's sync. With a saved history id, Gmail's history since then (messages added, in pages);
 * without one, or when Gmail no longer keeps history that old, a full sync: the mailbox's history id is
 * taken first, then the search for pupil mail in the look-back window, so a message arriving during the
 * search is in the next run's history (perhaps offered twice, never missed). The cursor is saved only
 * after the sink has taken every message up to it.
 */
import type { CursorStore } from '../../../core/jobs/ports';
import type { FetchedMail } from '../../../core/mail/source';
import { messageFailure, toMessage } from '../../mail';
import type { GmailCalls } from './gmail-calls';
import { headersHavePupil, messageHasPupil, pupilMailQuery } from './pupil-parties';

export interface MailboxSyncSettings {
  readonly pupilDomains: ReadonlySet<string>;
  readonly lookbackDays: number;
  /** Messages fetched at once (their sink order is kept). */
  readonly fetchConcurrency: number;
  /** A larger message is reported, not read. */
  readonly maxMessageBytes: number;
  readonly onProgress?: (event: { mailbox: string; fetched: number }) => void;
}

export interface MailboxSyncResult {
  readonly fetched: number;
  readonly errors: number;
  readonly fullSync: boolean;
}

/** The cursor key for a mailbox (CursorStore port: `gmail-history:<address>`). */
export function gmailCursorKey(mailbox: string): string {
  return `gmail-history:${mailbox.toLowerCase()}`;
}

export async function syncMailbox(
  mailbox: string,
  calls: GmailCalls,
  cursors: CursorStore,
  sink: (mail: FetchedMail) => Promise<void>,
  settings: MailboxSyncSettings,
): Promise<MailboxSyncResult> {
  const key = gmailCursorKey(mailbox);
  // Gmail ids already offered in this run: a message is offered once per run even if reached twice.
  const offered = new Set<string>();
  const tally = { fetched: 0, errors: 0 };

  /** Fetches and offers `ids` in order; `checkParties` reads headers first (history lists every message). */
  async function offer(ids: readonly string[], checkParties: boolean): Promise<void> {
    const fresh = ids.filter((id) => !offered.has(id) && (offered.add(id), true));
    for (let i = 0; i < fresh.length; i += settings.fetchConcurrency) {
      const chunk = fresh.slice(i, i + settings.fetchConcurrency);
      // Settled, not Promise.all: when one fails, none of its siblings is left running into the next mailbox.
      const settled = await Promise.allSettled(chunk.map((id) => fetchOne(id, checkParties)));
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      for (const s of settled) {
        const mail = (s as PromiseFulfilledResult<FetchedMail | undefined>).value;
        if (mail === undefined) continue;
        await sink(mail);
        if (mail.kind === 'message') tally.fetched += 1;
        else tally.errors += 1;
        settings.onProgress?.({ mailbox, fetched: tally.fetched + tally.errors });
      }
    }
  }

  /** Undefined for a message that is gone or has no pupil party. API failures throw (the mailbox fails). */
  async function fetchOne(id: string, checkParties: boolean): Promise<FetchedMail | undefined> {
    if (checkParties) {
      const headers = await calls.partyHeaders(id);
      if (headers === undefined || !headersHavePupil(headers, settings.pupilDomains)) return undefined;
    }
    const raw = await calls.raw(id);
    if (raw === undefined) return undefined;
    const error = (text: string): FetchedMail => ({ kind: 'error', mailbox, sourceId: id, error: text });
    if (raw.length > settings.maxMessageBytes) {
      return error(`message larger than ${Math.round(settings.maxMessageBytes / 1048576)} MB: not read`);
    }
    try {
      const message = await toMessage(raw);
      // The search matches loosely (Gmail's own reading of addresses); the same exact test as history's.
      if (!checkParties && !messageHasPupil(message, settings.pupilDomains)) return undefined;
      return { kind: 'message', mailbox, sourceId: id, message };
    } catch (err) {
      return error(messageFailure(err));
    }
  }

  /** False when Gmail no longer keeps history from `start` (a full sync is needed). */
  async function incremental(start: string): Promise<boolean> {
    let pageToken: string | undefined;
    let latest: string;
    do {
      const page = await calls.history(start, pageToken);
      if (page === undefined) return false;
      await offer(page.added, true);
      latest = page.historyId;
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    await cursors.set(key, latest);
    return true;
  }

  async function full(): Promise<void> {
    const historyId = await calls.historyId();
    const q = pupilMailQuery(settings.pupilDomains, settings.lookbackDays);
    let pageToken: string | undefined;
    do {
      const page = await calls.search(q, pageToken);
      await offer(page.ids, false);
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    await cursors.set(key, historyId);
  }

  const cursor = await cursors.get(key);
  if (cursor !== undefined && (await incremental(cursor))) return { ...tally, fullSync: false };
  await full();
  return { ...tally, fullSync: true };
}
