import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ReviewStatus } from '../../core/mail/review-types';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { QUEUE_FORMATS, type QueueFormat } from '../mail/review-queue-output';
import { defaultFormat, oneOf } from '../option-values';
import { openOutput } from '../output-target';
import { InputError, UsageError } from '../usage-error';

/** What tests replace: the clock, and the environment and fetch the Graph client is made from. */
export interface MailReviewDeps {
  readonly now?: () => Date;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

const STATUSES = ['new', 'no-concern', 'escalated'] as const satisfies readonly ReviewStatus[];
const DEFAULT_STATE = '.sos/state.sqlite';

interface RawListOptions {
  state: string;
  status?: string;
  format?: string;
  out?: string;
  policy?: string;
  directory?: string;
}

interface RawDecideOptions {
  state: string;
  status: string;
  reviewer: string;
  note?: string;
}

interface RawDigestOptions {
  policy: string;
  directory?: string;
  state: string;
  send?: string;
  mailbox?: string;
  dryRun?: boolean;
}

/** `sos mail review` (list), `sos mail review decide` and `sos mail digest`, under `sos mail`. */
export function registerMailReviewCommand(parent: Command, ctx: CommandContext, deps: MailReviewDeps = {}): void {
  const now = deps.now ?? (() => new Date());
  const review = parent
    .command('review')
    .summary('list the review queue of flagged staff–pupil email, with what was decided')
    .description(
      'List the flags in the review queue (recorded by `sos mail check --state`, `sos mail monitor` or the ' +
        'Functions) with their status, reviewer, date and note. Every flag needs a person to review it; nothing ' +
        'is ever sent to the member of staff or the pupil.',
    )
    .option('--state <file>', 'the state file holding the queue', DEFAULT_STATE)
    .option('--status <status>', `only flags with this status: ${STATUSES.join(', ')}`)
    .option('--format <format>', `${QUEUE_FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--policy <file>', 'the school profile: school time, names and policy wording (needed for html)')
    .option('--directory <file>', 'the people directory, to name staff and pupils')
    .addHelpText(
      'after',
      `
Exit codes: 0 listed, 1 fatal error, 2 usage or input error (no queue in the state file, bad decision).

Examples:
  sos mail review --status new
  sos mail review --policy policy.json --directory people.csv --format html --out review.html
  sos mail review decide "CAF=abc@mail.gmail.com" --status no-concern --reviewer dsl@school.sch.uk --note "Trip reminder"
  sos mail review decide "CAF=abc@mail.gmail.com" --status escalated --reviewer dsl@school.sch.uk --note "Head told; LADO called"
`,
    )
    .action(async (raw: RawListOptions) => {
      ctx.setExitCode(await listQueue(raw, ctx, now()));
    });

  review
    .command('decide')
    .summary('record a decision on a flag: status, reviewer, note')
    .description(
      'Record what a person decided about a flagged message. Reviewer is required; a note is required to ' +
        'escalate, to reopen, or to change an earlier decision. Every decision is kept in the audit trail.',
    )
    .argument('<messageId>', "the flag's Message-ID (as listed, without angle brackets)")
    .option('--status <status>', `required: ${STATUSES.join(', ')}`)
    .requiredOption('--reviewer <email>', 'your school email address')
    .option('--note <text>', 'why (required to escalate or to change a decision)')
    .option('--state <file>', 'the state file holding the queue', DEFAULT_STATE)
    .action(async (messageId: string, raw: Partial<RawDecideOptions>, command: Command) => {
      // Commander gives options named like the listing's (--status, --state) to the listing when they come
      // from the command line, whichever side of `decide` they are on: read them back from there.
      const list = review.opts<RawListOptions>();
      const fromList = (name: 'status' | 'state') => review.getOptionValueSource(name) === 'cli';
      const status = raw.status ?? (fromList('status') ? list.status : undefined);
      if (status === undefined) throw new UsageError('--status is required: one of ' + STATUSES.join(', '));
      const state = command.getOptionValueSource('state') === 'cli' || !fromList('state') ? raw.state : list.state;
      ctx.setExitCode(
        await decide(
          messageId,
          { ...raw, status, state: state ?? DEFAULT_STATE, reviewer: raw.reviewer ?? '' },
          ctx,
          now(),
        ),
      );
    });

  parent
    .command('digest')
    .summary("email the day's new flags to the DSL, and flags about staff to the case manager")
    .description(
      'Plan the digest of flags not yet sent in a digest: flags about a member of staff go to the profile\u2019s ' +
        'case manager (contacts.caseManager; the DSL when none), the rest to the DSL. Nobody who is a party of a ' +
        'flag ever receives it. By default the emails are printed, not sent; with --send graph they are sent ' +
        'through Microsoft Graph as --mailbox, and only then marked as digested, so a re-run sends nothing twice.',
    )
    .requiredOption('--policy <file>', 'the school profile (contacts, school name, time zone)')
    .option('--directory <file>', 'the people directory, so personal addresses count as their owners')
    .option('--state <file>', 'the state file holding the queue', DEFAULT_STATE)
    .option(
      '--send <how>',
      'send the emails: graph (SOS_TENANT_ID, SOS_CLIENT_ID, SOS_CLIENT_SECRET or SOS_ACCESS_TOKEN)',
    )
    .option('--mailbox <address>', 'with --send graph: the mailbox the digest is sent as')
    .option('--dry-run', 'print the emails and send nothing (the default)')
    .addHelpText(
      'after',
      `
Exit codes: 0 done (sent, printed or nothing new), 1 a send failed (what was sent is marked), 2 usage or input error.

Examples:
  sos mail digest --policy policy.json
  sos mail digest --policy policy.json --directory people.csv --send graph --mailbox safeguarding@school.sch.uk
`,
    )
    .action(async (raw: RawDigestOptions) => {
      ctx.setExitCode(await digest(raw, ctx, now(), deps));
    });
}

function statusOption(value: string | undefined): ReviewStatus | undefined {
  return value === undefined ? undefined : oneOf('--status', value, STATUSES);
}

/** The queue in an existing state file; listing or deciding never creates one by mistake. */
async function openQueue(ctx: CommandContext, state: string) {
  const file = resolve(ctx.io.cwd, state);
  if (!existsSync(file)) {
    throw new InputError(
      `no review queue at ${state}: record flags first (sos mail check ... --state ${state}), or give --state FILE`,
    );
  }
  const { openStateDb } = await import('../../connectors/state/database');
  const { sqliteReviewQueue } = await import('../../connectors/state/review-queue');
  const db = openStateDb(file);
  return { db, queue: sqliteReviewQueue(db) };
}

async function loadPolicy(
  ctx: CommandContext,
  policy: string,
  directory: string | undefined,
  command: string,
): Promise<{ profile: ResolvedProfile; people: People }> {
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  const { loadDirectory } = await import('../../connectors/files/directory-loader');
  const { createPeople } = await import('../../core/people');
  try {
    const profile = await loadProfile(inputPath(ctx.io, policy));
    if (directory === undefined) return { profile, people: createPeople(profile) };
    const loaded = await loadDirectory(inputPath(ctx.io, directory));
    if (loaded.report !== '') {
      for (const line of loaded.report.split('\n')) ctx.io.stderr.write(`sos ${command}: warning: ${line}\n`);
    }
    return { profile, people: createPeople(profile, loaded.entries) };
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
}

async function listQueue(raw: RawListOptions, ctx: CommandContext, now: Date): Promise<number> {
  const status = statusOption(raw.status);
  const format: QueueFormat =
    raw.format !== undefined
      ? oneOf('--format', raw.format, QUEUE_FORMATS)
      : defaultFormat(raw.out, ctx.io.stdoutIsTTY);
  if (format === 'html' && raw.policy === undefined) {
    throw new UsageError('--format html needs --policy FILE (the school name, time zone and policy wording)');
  }
  if (raw.directory !== undefined && raw.policy === undefined) throw new UsageError('--directory needs --policy FILE');
  const policy = raw.policy !== undefined ? await loadPolicy(ctx, raw.policy, raw.directory, 'mail review') : undefined;
  const { db, queue } = await openQueue(ctx, raw.state);
  try {
    const all = queue.list();
    const counts: Record<ReviewStatus, number> = { new: 0, 'no-concern': 0, escalated: 0 };
    for (const e of all) counts[e.status] += 1;
    const entries = status !== undefined ? all.filter((e) => e.status === status) : all;
    const { renderQueue } = await import('../mail/review-queue-output');
    const output = await openOutput(ctx.io, raw.out);
    await output.write(
      renderQueue(
        {
          entries,
          counts,
          ...(status !== undefined ? { status } : {}),
          stateFile: raw.state,
          ...(policy ? { profile: policy.profile, people: policy.people } : {}),
          now,
        },
        format,
      ),
    );
    await output.close();
    if (output.toFile || format !== 'table') {
      await writeTo(
        ctx.io.stderr,
        `mail review: ${entries.length} listed; queue: ${counts.new} awaiting review, ${counts.escalated} escalated, ` +
          `${counts['no-concern']} no concern${raw.out !== undefined ? `; written to ${raw.out}` : ''}\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}

async function decide(messageId: string, raw: RawDecideOptions, ctx: CommandContext, now: Date): Promise<number> {
  const status = oneOf('--status', raw.status, STATUSES);
  const { ReviewDecisionError } = await import('../../core/mail/review-decision');
  const { db, queue } = await openQueue(ctx, raw.state);
  try {
    const before = queue.get(messageId.replace(/^<|>$/g, ''));
    const entry = queue.decide(
      before?.key ?? messageId,
      { status, reviewer: raw.reviewer, ...(raw.note !== undefined ? { note: raw.note } : {}) },
      now,
    );
    const unchanged = before !== undefined && before.reviewedAt === entry.reviewedAt && before.status === entry.status;
    await writeTo(
      ctx.io.stdout,
      unchanged
        ? `${entry.key}: already ${entry.status} (by ${entry.reviewer ?? 'someone'}); nothing changed\n`
        : `${entry.key}: ${before?.status ?? 'new'} -> ${entry.status}, by ${entry.reviewer ?? ''} at ${entry.reviewedAt ?? ''}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ReviewDecisionError) {
      const flag = { key: 'messageId', status: '--status', reviewer: '--reviewer', note: '--note' }[err.field];
      throw new InputError(`${flag}: ${err.message.slice(err.field.length + 2)}`);
    }
    throw err;
  } finally {
    db.close();
  }
}

async function digest(raw: RawDigestOptions, ctx: CommandContext, now: Date, deps: MailReviewDeps): Promise<number> {
  const send = raw.send !== undefined ? oneOf('--send', raw.send, ['graph'] as const) : undefined;
  if (send !== undefined && raw.dryRun === true) throw new UsageError('--send and --dry-run: choose one');
  if (send === 'graph' && raw.mailbox === undefined) throw new UsageError('--send graph needs --mailbox ADDRESS');
  if (send === undefined && raw.mailbox !== undefined) throw new UsageError('--mailbox is only used with --send graph');
  const { profile, people } = await loadPolicy(ctx, raw.policy, raw.directory, 'mail digest');
  const { runDigest } = await import('../mail/run-digest');
  const { db, queue } = await openQueue(ctx, raw.state);
  try {
    let mailer;
    if (send === 'graph') {
      const { createGraphFromEnv } = await import('../../connectors/microsoft/graph-client');
      const { GraphCredentialsError } = await import('../../connectors/microsoft/credentials');
      const { graphMailer } = await import('../../connectors/microsoft/send-mail');
      try {
        mailer = graphMailer(
          createGraphFromEnv(deps.env ?? process.env, deps.fetch ? { fetch: deps.fetch } : {}),
          raw.mailbox!,
        );
      } catch (err) {
        if (err instanceof GraphCredentialsError) throw new InputError(err.message);
        throw err;
      }
    }
    return await runDigest({ queue, profile, people, now, io: ctx.io, ...(mailer ? { mailer } : {}) });
  } finally {
    db.close();
  }
}
