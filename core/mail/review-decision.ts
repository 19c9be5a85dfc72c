/**
 * What a reviewer may record against a flag. Every flag is looked at by a person (the ICO expects human
 * review of automated flags), so a decision always names its reviewer; a decision that turns a flag into
 * a concern, or changes a decision already made, must say why, because that note is what a case manager,
 * the LADO or an inspector reads later.
 */
import { parseAddress } from '../people/address';
import type { ReviewEntry, ReviewStatus } from './review-types';
import { REVIEW_STATUSES } from './review-types';

export interface ReviewDecision {
  readonly status: ReviewStatus;
  readonly reviewer: string;
  readonly note?: string;
}

export type ReviewField = 'key' | 'status' | 'reviewer' | 'note';

/** A decision that cannot be recorded; `field` names what to fix. */
export class ReviewDecisionError extends Error {
  constructor(
    readonly field: ReviewField,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ReviewDecisionError';
  }
}

/** Long enough for a justification and a referral reference; short enough that nobody pastes a whole email. */
export const MAX_NOTE = 2000;

export function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}

/** Why a note is needed for a move, or undefined when it is optional. */
function noteNeeded(from: ReviewStatus, to: ReviewStatus): string | undefined {
  if (to === 'escalated') return 'is required when escalating: say what was done and who was told';
  if (from !== 'new') return `is required when changing a decision (${from} -> ${to}): say why`;
  return undefined;
}

/**
 * The entry after the decision, or a ReviewDecisionError. Repeating the decision already recorded (same
 * status, reviewer and note) changes nothing, so a command run twice is harmless; `changed` says which.
 */
export function applyDecision(
  entry: ReviewEntry,
  decision: ReviewDecision,
  at: Date,
): { readonly entry: ReviewEntry; readonly changed: boolean } {
  const status: string = decision.status;
  if (!isReviewStatus(status)) {
    throw new ReviewDecisionError('status', `must be one of ${REVIEW_STATUSES.join(', ')} (got "${status}")`);
  }
  const reviewer = parseAddress(decision.reviewer)?.address;
  if (reviewer === undefined || !reviewer.includes('@')) {
    throw new ReviewDecisionError('reviewer', 'must be the email address of the person deciding');
  }
  const note = decision.note?.trim() || undefined;
  if (note !== undefined && note.length > MAX_NOTE) {
    throw new ReviewDecisionError('note', `must be at most ${MAX_NOTE} characters (got ${note.length})`);
  }
  if (Number.isNaN(at.getTime())) throw new ReviewDecisionError('status', 'the decision time is not a valid date');

  if (status === entry.status) {
    if (status !== 'new' && entry.reviewer === reviewer && (entry.note ?? undefined) === note) {
      return { entry, changed: false };
    }
    throw new ReviewDecisionError(
      'status',
      status === 'new'
        ? 'the flag is already new'
        : `the flag is already ${status} (by ${entry.reviewer ?? 'someone'})`,
    );
  }
  const why = noteNeeded(entry.status, status);
  if (why !== undefined && note === undefined) throw new ReviewDecisionError('note', why);

  const { note: _previous, ...rest } = entry;
  const next: ReviewEntry = {
    ...rest,
    status,
    reviewer,
    reviewedAt: at.toISOString(),
    ...(note !== undefined ? { note } : {}),
  };
  return { entry: next, changed: true };
}
