/**
 * The DSL's review queue: every flag a person must look at, with what they decided. Kept in the state
 * store (CLI, Functions) or a Review sheet (Apps Script). Nothing here is ever sent to the member of
 * staff or the pupil.
 */
import type { MailFlag } from './message';

export const REVIEW_STATUSES = ['new', 'no-concern', 'escalated'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewEntry {
  /** Stable key: the flag's messageId (a message offered twice is one entry). */
  readonly key: string;
  readonly flag: MailFlag;
  /** Where it was found: `gmail:ann@school.uk`, `graph:ann@school.uk`, a file path. */
  readonly source: string;
  /** When sos first recorded it (ISO 8601). */
  readonly recordedAt: string;
  readonly status: ReviewStatus;
  readonly reviewer?: string;
  /** When the status was last set by a person (ISO 8601). */
  readonly reviewedAt?: string;
  readonly note?: string;
  /** When it was last included in a digest (ISO 8601), so a digest lists each new flag once. */
  readonly digestedAt?: string;
}

type Awaitable<T> = T | Promise<T>;

export interface ReviewQueue {
  /** Adds the flag if its key is new; an existing entry (and its decision) is left as it is. Returns true when added. */
  record(flag: MailFlag, source: string, at: Date): Awaitable<boolean>;
  list(filter?: { readonly status?: ReviewStatus }): Awaitable<readonly ReviewEntry[]>;
  decide(
    key: string,
    decision: { readonly status: ReviewStatus; readonly reviewer: string; readonly note?: string },
    at: Date,
  ): Awaitable<ReviewEntry>;
  markDigested(keys: readonly string[], at: Date): Awaitable<void>;
}
