/**
 * A live mail source (Gmail through domain-wide delegation, Microsoft Graph sent items, a monitoring
 * mailbox): incremental, with one cursor per mailbox kept in a CursorStore.
 */
import type { CursorStore } from '../jobs/ports';
import type { MailMessage } from './message';

/** One message fetched from a mailbox, or one that could not be read (reported, never dropped silently). */
export type FetchedMail =
  | {
      readonly kind: 'message';
      readonly mailbox: string;
      /** The provider's id (Gmail message id, Graph message id): with the mailbox, a stable key. */
      readonly sourceId: string;
      readonly message: MailMessage;
    }
  | { readonly kind: 'error'; readonly mailbox: string; readonly sourceId: string; readonly error: string };

export interface MailSyncResult {
  readonly mailboxes: number;
  readonly fetched: number;
  readonly errors: number;
  /** Mailboxes read in full because they had no cursor or their cursor had expired. */
  readonly fullSyncs: readonly string[];
  /** Mailboxes that could not be read at all, with the reason (the run goes on without them). */
  readonly failedMailboxes: ReadonlyArray<{ readonly mailbox: string; readonly error: string }>;
}

export interface MailSyncOptions {
  /** A full sync (first run, expired cursor) reads this many days back. */
  readonly lookbackDays?: number;
  readonly onProgress?: (event: { mailbox: string; fetched: number }) => void;
}

export interface LiveMailSource {
  readonly name: 'gmail' | 'graph';
  /**
   * Everything new in every monitored mailbox since its cursor. The sink takes each message; a mailbox's
   * cursor is saved only after the sink has taken every message up to it, so a run killed midway reads
   * the rest next time (the sink must be idempotent: the same message may be offered again).
   */
  sync(
    cursors: CursorStore,
    sink: (mail: FetchedMail) => Promise<void>,
    options?: MailSyncOptions,
  ): Promise<MailSyncResult>;
}
