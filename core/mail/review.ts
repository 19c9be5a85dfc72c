/**
 * The DSL's review queue, pure parts: what a reviewer may record (review-decision), who the daily digest
 * goes to (review-digest) and what it says (review-digest-email). Stores implement `ReviewQueue`
 * (review-types): the state file in connectors/state/review-queue.ts, a Review sheet in Apps Script.
 */
export * from './review-types';
export {
  applyDecision,
  isReviewStatus,
  MAX_NOTE,
  ReviewDecisionError,
  type ReviewDecision,
  type ReviewField,
} from './review-decision';
export {
  planDigest,
  staffConcern,
  type DigestAudience,
  type DigestMessage,
  type DigestOptions,
  type DigestPlan,
  type DigestSchool,
  type DigestSeverityGroup,
  type DigestStaffGroup,
} from './review-digest';
export { digestEmail, type DigestEmail, type DigestEmailOptions } from './review-digest-email';
