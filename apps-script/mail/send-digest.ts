/**
 * The daily digest over the Review sheet, with core's routing and wording (core/mail/review): a concern
 * about a member of staff goes to the case manager, anything else to the DSL, never to a party of a
 * flag. A flag is marked as digested only once the email listing it has gone, so a refused send (quota,
 * a bad address) is tried again the next day rather than forgotten.
 */
import type { MailMessage } from '../../core/incidents';
import { digestEmail, planDigest } from '../../core/mail/review';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import { maskedReason } from './error-log';
import type { SheetReviewQueue } from './review-store';

export interface DigestDeps {
  readonly queue: Pick<SheetReviewQueue, 'list' | 'markDigested'>;
  readonly profile: ResolvedProfile;
  readonly people: People;
  readonly mailer: { send(message: MailMessage): void };
  readonly now: () => Date;
  /** The Review sheet's link. */
  readonly link: string;
}

export interface DigestResult {
  /** Flags the digest was about. */
  readonly flags: number;
  readonly emailsSent: number;
  readonly emailsFailed: number;
  /** Flags nobody may be sent (every contact is a party): they stay due. */
  readonly unrouted: number;
  /** Flags now marked as digested. */
  readonly digested: number;
}

/** How a reader records a decision in the sheet, in place of core's `sos mail review decide` lines. */
function howToDecide(link: string): string[] {
  return [
    `Open the Review sheet (DSL team only): ${link}`,
    'Find the row by its Message ID; set Status to "no concern" or "escalated"; put your address in Reviewer and the date in Reviewed on.',
    'A note is required to escalate or to change a decision: what was done and who was told.',
  ];
}

export function sendMailDigestWith(deps: DigestDeps): DigestResult {
  const now = deps.now();
  const plan = planDigest(deps.queue.list(), now, deps.profile, { people: deps.people });
  const digested: string[] = [];
  let sent = 0;
  let failed = 0;
  for (const message of plan.messages) {
    const email = digestEmail(message, { howToDecide: howToDecide(deps.link) });
    try {
      deps.mailer.send({ to: email.to, subject: email.subject, text: email.text, html: email.html });
      sent += 1;
      digested.push(...message.keys);
    } catch (error) {
      failed += 1;
      console.error(`The mail check digest could not be sent to one recipient: ${maskedReason(error)}`);
    }
  }
  if (plan.unrouted.length > 0) {
    console.warn(
      `${plan.unrouted.length} flag(s) could not be sent to anyone (no contact in the profile, or every contact is a party): open the Review sheet and act on them`,
    );
  }
  deps.queue.markDigested(digested, now);
  return {
    flags: plan.messages.reduce((n, message) => n + message.keys.length, 0) + plan.unrouted.length,
    emailsSent: sent,
    emailsFailed: failed,
    unrouted: plan.unrouted.length,
    digested: digested.length,
  };
}
