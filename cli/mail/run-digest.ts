/**
 * `sos mail digest`: plan the digest from the queue, then print it (the default) or send it. Each email's
 * flags are marked digested only once that email has been accepted for delivery, so a failed send is
 * retried by the next run and a successful one is never repeated.
 */
import { digestEmail, planDigest } from '../../core/mail/review';
import type { SqliteReviewQueue } from '../../connectors/state/review-queue';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import { writeTo, type Io } from '../io';

export interface DigestMailer {
  send(mail: { to: readonly string[]; subject: string; text: string; html: string }): Promise<void>;
}

export interface DigestRun {
  readonly queue: SqliteReviewQueue;
  readonly profile: ResolvedProfile;
  readonly people: People;
  readonly now: Date;
  readonly io: Io;
  /** Absent: a dry run that prints the emails. */
  readonly mailer?: DigestMailer;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Exit code: 0 done, 1 an email could not be sent. */
export async function runDigest(run: DigestRun): Promise<number> {
  const { io, queue, mailer } = run;
  const plan = planDigest(queue.list(), run.now, run.profile, { people: run.people });
  if (plan.unrouted.length > 0) {
    await writeTo(
      io.stderr,
      `sos mail digest: warning: ${plural(plan.unrouted.length, 'flag')} not sent to anyone: the profile names no ` +
        'contact who is not a party of the message (set contacts.dsl, contacts.deputyDsl, contacts.caseManager, ' +
        'contacts.headteacher or contacts.chairOfGovernors). They stay in the queue for the next digest.\n',
    );
  }
  if (plan.messages.length === 0) {
    await writeTo(io.stderr, 'mail digest: nothing new since the last digest; nothing to send\n');
    return 0;
  }

  let failed = 0;
  let sent = 0;
  for (const message of plan.messages) {
    const email = digestEmail(message);
    if (!mailer) {
      await writeTo(
        io.stdout,
        `To: ${email.to.join(', ')}\nSubject: ${email.subject}\n\n${email.text}\n${'-'.repeat(72)}\n`,
      );
      continue;
    }
    try {
      await mailer.send({ to: email.to, subject: email.subject, text: email.text, html: email.html });
    } catch (err) {
      failed += 1;
      // The reason only: an error from the mail service never quotes the email.
      const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
      await writeTo(io.stderr, `sos mail digest: could not send to ${email.to.join(', ')}: ${reason}\n`);
      continue;
    }
    queue.markDigested(message.keys, run.now);
    sent += 1;
    await writeTo(io.stderr, `mail digest: sent to ${email.to.join(', ')} (${plural(message.keys.length, 'flag')})\n`);
  }
  if (!mailer) {
    await writeTo(
      io.stderr,
      `mail digest: dry run, ${plural(plan.messages.length, 'email')} printed, nothing sent or marked; ` +
        'send with --send graph --mailbox ADDRESS\n',
    );
    return 0;
  }
  if (failed > 0) {
    await writeTo(
      io.stderr,
      `mail digest: ${sent} sent, ${failed} failed; the failed ones' flags will be in the next digest\n`,
    );
    return 1;
  }
  return 0;
}
