/**
 * `sos demo`'s mail step: the sample school's mailbox is written next to its documents, checked against
 * the staff–pupil rules with every flag recorded in a demo review queue, two flags are decided as a DSL
 * would, and the queue's review report and the digest the DSL and case manager would receive are written.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SampleSchoolSummary } from '../../connectors/sample-school/generate';
import type { CommandContext } from '../command-context';

export interface MailDemoResult {
  readonly mbox: string;
  readonly messages: number;
  readonly flagged: number;
  readonly written: readonly { readonly path: string; readonly about: string }[];
}

/** When the demo's DSL reviews the queue: the Monday after the sample term's mail. */
const REVIEWED_AT = new Date('2026-03-30T08:30:00Z');

export async function runMailDemo(
  school: SampleSchoolSummary,
  outDir: string,
  ctx: CommandContext,
  quiet: boolean,
): Promise<MailDemoResult> {
  const { sampleMailbox, MAILBOX_FILE } = await import('../../connectors/sample-school/mailbox');
  const { samplePeople } = await import('../../connectors/sample-school/sample-people');
  const { mailCheck } = await import('../commands/mail-check');
  const { openStateDb } = await import('../../connectors/state/database');
  const { sqliteReviewQueue } = await import('../../connectors/state/review-queue');
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  const { loadDirectory } = await import('../../connectors/files/directory-loader');
  const { createPeople } = await import('../../core/people');
  const { renderQueue } = await import('./review-queue-output');
  const { planDigest, digestEmail } = await import('../../core/mail/review');

  const box = sampleMailbox(samplePeople());
  const mbox = join(school.root, MAILBOX_FILE);
  await mkdir(dirname(mbox), { recursive: true });
  await writeFile(mbox, box.mbox);

  // A fresh queue each run, like the sample school itself.
  const state = join(outDir, 'demo-state.sqlite');
  for (const suffix of ['', '-wal', '-shm']) await rm(state + suffix, { force: true });
  const flagsFile = join(outDir, 'mail-flags.jsonl');
  // The check's own summary line goes to stderr like any run; the demo prints its own on stdout.
  const code = await mailCheck(
    {
      sources: [mbox],
      policy: school.profilePath,
      directory: school.directoryPath,
      format: 'jsonl',
      out: flagsFile,
      maxMessageBytes: 50 * 1024 * 1024,
      quiet,
      state,
    },
    ctx,
  );
  if (code !== 0) throw new Error(`the demo mail check ended with exit code ${code}`);

  const profile = await loadProfile(school.profilePath);
  const people = createPeople(profile, (await loadDirectory(school.directoryPath)).entries);
  const db = openStateDb(state);
  try {
    const queue = sqliteReviewQueue(db);
    const dsl = profile.contacts.dsl ?? 'dsl@example.sch.uk';
    // The DSL looks at the late-evening marking first: a reminder of the policy, not a concern.
    for (const entry of queue.list().filter((e) => e.flag.rules.length === 1 && e.flag.rules[0] === 'out-of-hours')) {
      queue.decide(
        entry.key,
        {
          status: 'no-concern',
          reviewer: dsl,
          note: 'Marking sent late in the evening; reminded of the allowed hours.',
        },
        REVIEWED_AT,
      );
    }
    const all = queue.list();
    const counts = { new: 0, 'no-concern': 0, escalated: 0 };
    for (const e of all) counts[e.status] += 1;
    const report = join(outDir, 'mail-review.html');
    await writeFile(
      report,
      renderQueue({ entries: all, counts, stateFile: state, profile, people, now: REVIEWED_AT }, 'html'),
    );
    // What `sos mail digest` would send that morning (a dry run: nothing is sent or marked).
    const plan = planDigest(all, REVIEWED_AT, profile, { people });
    const digest = join(outDir, 'mail-digest.txt');
    await writeFile(
      digest,
      plan.messages
        .map((m) => digestEmail(m))
        .map((e) => `To: ${e.to.join(', ')}\nSubject: ${e.subject}\n\n${e.text}`)
        .join(`\n${'-'.repeat(72)}\n\n`),
    );
    return {
      mbox,
      messages: box.messages.length,
      flagged: all.length,
      written: [
        { path: report, about: 'the review queue: flags by severity and member of staff, with decisions' },
        { path: digest, about: 'the daily digest to the DSL and the case manager (not sent)' },
        { path: flagsFile, about: 'the flags as JSON lines (CONTRACTS §4)' },
        { path: state, about: 'the demo review queue (sos mail review --state ...)' },
      ],
    };
  } finally {
    db.close();
  }
}
