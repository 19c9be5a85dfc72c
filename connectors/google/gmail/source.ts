/**
 * Staff mailboxes read through domain-wide delegation (gmail.readonly, impersonating each member of
 * staff in turn), incrementally by Gmail history id, for mail to or from pupil addresses.
 *
 * Idempotence: the sink may be offered a message again after a crash or an expired cursor (a full
 * resync reads the look-back window again); the review queue is keyed by Message-ID, so it keeps one
 * entry. Within one run a mailbox's message is offered once. The same email seen in two staff
 * mailboxes (sender and recipient) is two offers with two Gmail ids and one Message-ID.
 */
import type { CursorStore } from '../../../core/jobs/ports';
import type { FetchedMail, LiveMailSource, MailSyncOptions, MailSyncResult } from '../../../core/mail/source';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../mail';
import type { GoogleConnection } from '../auth';
import { createGoogleLimiter, type GoogleLimiter } from '../limiter';
import { GoogleApiError } from '../retry';
import { GmailResponseError, gmailCalls } from './gmail-calls';
import { syncMailbox } from './mailbox-sync';
import { pupilDomainSet } from './pupil-parties';

export interface GmailMailSourceOptions {
  readonly connection: GoogleConnection;
  /** Staff addresses to read (the directory's staff). */
  readonly mailboxes: readonly string[];
  /** The profile's pupil domains: mail with an address there is read. */
  readonly pupilDomains: readonly string[];
  /** Days a full sync reads back (default 30); MailSyncOptions.lookbackDays overrides it per run. */
  readonly lookbackDays?: number;
  /** Shared quota and retry loop (default: a limiter of its own with Google's defaults). */
  readonly limiter?: GoogleLimiter;
  /** maxResults for messages.list and history.list (default and most 500). */
  readonly pageSize?: number;
  /** Messages fetched at once per mailbox (default 4). */
  readonly fetchConcurrency?: number;
  readonly maxMessageBytes?: number;
}

export const DEFAULT_LOOKBACK_DAYS = 30;
const MAX_PAGE_SIZE = 500;

export function gmailMailSource(options: GmailMailSourceOptions): LiveMailSource {
  const pupilDomains = pupilDomainSet(options.pupilDomains);
  if (pupilDomains.size === 0) throw new RangeError('gmail source: no pupil domains to look for');
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? MAX_PAGE_SIZE)));
  const limiter = options.limiter ?? createGoogleLimiter();
  const mailboxes = [...new Set(options.mailboxes.map((m) => m.trim().toLowerCase()).filter((m) => m !== ''))];

  return {
    name: 'gmail',
    async sync(
      cursors: CursorStore,
      sink: (mail: FetchedMail) => Promise<void>,
      syncOptions: MailSyncOptions = {},
    ): Promise<MailSyncResult> {
      const lookbackDays = syncOptions.lookbackDays ?? options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
      if (!Number.isInteger(lookbackDays) || lookbackDays < 1) {
        throw new RangeError(`gmail source: lookbackDays must be a whole number of days, not ${lookbackDays}`);
      }
      let fetched = 0;
      let errors = 0;
      const fullSyncs: string[] = [];
      const failedMailboxes: { mailbox: string; error: string }[] = [];
      for (const mailbox of mailboxes) {
        try {
          const result = await syncMailbox(
            mailbox,
            gmailCalls(options.connection, limiter, mailbox, pageSize),
            cursors,
            async (mail) => {
              // Counted as offered, so a mailbox that fails midway still reports what it handed over.
              if (mail.kind === 'message') fetched += 1;
              else errors += 1;
              await sink(mail);
            },
            {
              pupilDomains,
              lookbackDays,
              fetchConcurrency: Math.max(1, Math.floor(options.fetchConcurrency ?? 4)),
              maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
              ...(syncOptions.onProgress !== undefined && { onProgress: syncOptions.onProgress }),
            },
          );
          if (result.fullSync) fullSyncs.push(mailbox);
        } catch (err) {
          // Gmail refusing or failing for this mailbox; anything else (the sink, the cursor store) is ours and fatal.
          if (!(err instanceof GoogleApiError || err instanceof GmailResponseError)) throw err;
          failedMailboxes.push({ mailbox, error: err.message });
        }
      }
      return { mailboxes: mailboxes.length, fetched, errors, fullSyncs, failedMailboxes };
    },
  };
}
