import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { MailFlag } from '../../core/mail/message';
import type { FetchedMail, MailSyncResult } from '../../core/mail/source';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { defaultFormat, oneOf, positiveNumber } from '../option-values';
import { createProgress, silentProgress } from '../progress';
import { schoolTime } from '../../core/report/html/mail-report-model';
import { alignColumns } from '../text-table';
import { loadPolicyAndDirectory } from '../mail/load-policy-directory';
import { InputError, UsageError } from '../usage-error';

const FORMATS = ['jsonl', 'table'] as const;
type MonitorFormat = (typeof FORMATS)[number];
const NAME = 'mail monitor google';

interface RawOptions {
  policy: string;
  directory: string;
  key?: string;
  state?: string;
  lookbackDays: string;
  format?: string;
  quiet?: boolean;
}

interface MonitorOptions {
  readonly policy: string;
  readonly directory: string;
  readonly key?: string;
  readonly state: string;
  readonly lookbackDays: number;
  readonly format: MonitorFormat;
  readonly quiet: boolean;
}

/** `sos mail monitor google`: the staff mailboxes in Gmail, read since the last run, into the review queue. */
export function registerMailMonitorGoogleCommand(parent: Command, ctx: CommandContext): void {
  parent
    .command('google')
    .summary('check new staff–pupil mail in staff Gmail mailboxes (domain-wide delegation)')
    .description(
      'Read, as each member of staff in turn (a service account with domain-wide delegation and the ' +
        'gmail.readonly scope), the mail to or from pupil addresses since the last run, check it against the ' +
        'staff–pupil rules of the school policy, and record each flag in the review queue of the state file. ' +
        'Mailboxes are the directory’s staff in the staff domains. The first run (and a run after Gmail has ' +
        'forgotten the last position) reads --lookback-days back. Prints the flags new to the queue; a message ' +
        'or mailbox that cannot be read is reported on stderr and the run goes on. Nothing is sent to anyone.',
    )
    .requiredOption('--policy <file>', 'the school policy profile (JSON): staff and pupil domains, rules')
    .requiredOption('--directory <file>', 'the people directory (CSV); its staff are the mailboxes read')
    .option('--key <file>', 'service account JSON key (default: GOOGLE_APPLICATION_CREDENTIALS)')
    .option(
      '--state <file>',
      'the state file: each mailbox’s position and the review queue (default .sos/state.sqlite)',
    )
    .option('--lookback-days <n>', 'days a first (or full) read goes back', '30')
    .option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 run completed (flags or not, some mailboxes unread), 1 fatal error (or no mailbox could be
read), 2 usage or input error (bad policy or directory, no staff, no pupil domains, no credentials).

Examples:
  sos mail monitor google --policy policy.json --directory people.csv --key sa-key.json
  sos mail monitor google --policy policy.json --directory people.csv --format jsonl >> new-flags.jsonl
`,
    )
    .action(async (raw: RawOptions) => {
      ctx.setExitCode(await monitorGoogle(validate(raw, ctx), ctx));
    });
}

function validate(raw: RawOptions, ctx: CommandContext): MonitorOptions {
  const format =
    raw.format !== undefined
      ? oneOf('--format', raw.format, FORMATS)
      : defaultFormat(undefined, ctx.io.stdoutIsTTY) === 'table'
        ? 'table'
        : 'jsonl';
  const lookbackDays = positiveNumber('--lookback-days', raw.lookbackDays);
  if (!Number.isInteger(lookbackDays)) {
    throw new UsageError(`--lookback-days: "${raw.lookbackDays}" is not a whole number of days`);
  }
  return {
    policy: raw.policy,
    directory: raw.directory,
    ...(raw.key !== undefined ? { key: raw.key } : {}),
    state: raw.state ?? '',
    lookbackDays,
    format,
    quiet: raw.quiet === true,
  };
}

interface Loaded {
  readonly profile: ResolvedProfile;
  readonly people: People;
  readonly mailboxes: readonly string[];
}

/** The profile, the directory, and from them the mailboxes to read; any problem is exit 2 with its reason. */
async function load(options: MonitorOptions, ctx: CommandContext): Promise<Loaded> {
  const { domainOf } = await import('../../core/people');
  const { profile, entries, people } = await loadPolicyAndDirectory(options, ctx, `sos ${NAME}`);
  if (profile.domains.pupils.length === 0) {
    throw new InputError(`${options.policy}: domains.pupils is empty: there is no pupil mail to look for`);
  }
  const staffDomains = new Set(profile.domains.staff.map((d) => d.toLowerCase()));
  const staff = entries.filter((e) => e.role === 'staff');
  // Only the school's own accounts have a Gmail mailbox the service account can open.
  const mailboxes = staff.map((e) => e.email).filter((a) => staffDomains.has(domainOf(a) ?? ''));
  const outside = staff.length - mailboxes.length;
  if (outside > 0) {
    await writeTo(
      ctx.io.stderr,
      `sos ${NAME}: warning: ${outside} staff ${outside === 1 ? 'entry is' : 'entries are'} not in the staff ` +
        `domains (${[...staffDomains].join(', ')}) and ${outside === 1 ? 'is' : 'are'} not read\n`,
    );
  }
  if (mailboxes.length === 0) {
    throw new InputError(
      `${options.directory}: no staff with an address in the staff domains (${[...staffDomains].join(', ')}): ` +
        'no mailbox to read',
    );
  }
  return { profile, people, mailboxes };
}

interface Tally {
  checked: number;
  flagged: number;
  recorded: number;
  unreadable: number;
}

async function monitorGoogle(options: MonitorOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const { profile, people, mailboxes } = await load(options, ctx);
  const { googleConnection, GoogleCredentialsError } = await import('../../connectors/google/auth');
  let connection;
  try {
    connection = googleConnection(options.key !== undefined ? { keyFile: inputPath(io, options.key) } : {});
  } catch (err) {
    if (err instanceof GoogleCredentialsError) throw new InputError(err.message);
    throw err;
  }
  const { gmailMailSource } = await import('../../connectors/google/gmail');
  const { createMailChecker } = await import('../../core/mail');
  const { messageFailure } = await import('../../connectors/mail');
  const { DEFAULT_STATE_FILE, openStateDb } = await import('../../connectors/state/database');
  const { sqliteCursorStore } = await import('../../connectors/state/cursor-store');
  const { sqliteReviewQueue } = await import('../../connectors/state/review-queue');
  const { jsonlLine } = await import('../mail/format-jsonl');

  const checker = createMailChecker(profile, people);
  const source = gmailMailSource({ connection, mailboxes, pupilDomains: profile.domains.pupils });
  const stateFile = options.state !== '' ? options.state : DEFAULT_STATE_FILE;
  const db = openStateDb(resolve(io.cwd, stateFile));
  const progress = options.quiet
    ? silentProgress
    : createProgress({ label: NAME, noun: 'messages', stream: io.stderr, isTTY: io.stderrIsTTY, now: io.now });
  // Lines under a terminal bar would tear it: there they wait for the end.
  const deferred: string[] = [];
  const report = async (line: string) => {
    if (!options.quiet && io.stderrIsTTY) deferred.push(line);
    else await writeTo(io.stderr, line);
  };
  const tally: Tally = { checked: 0, flagged: 0, recorded: 0, unreadable: 0 };
  const newFlags: { flag: MailFlag; mailbox: string }[] = [];

  let result: MailSyncResult;
  try {
    const queue = sqliteReviewQueue(db);
    const sink = async (mail: FetchedMail): Promise<void> => {
      const where = `gmail:${mail.mailbox}`;
      let flag: MailFlag | null;
      try {
        if (mail.kind === 'error') throw new Error(mail.error);
        flag = checker.check(mail.message);
      } catch (err) {
        tally.unreadable += 1;
        progress.advance({ failed: true });
        const reason = mail.kind === 'error' ? mail.error : messageFailure(err);
        await report(`sos ${NAME}: not checked: ${where}, message ${mail.sourceId}: ${reason}\n`);
        return;
      }
      tally.checked += 1;
      progress.advance();
      if (flag === null) return;
      tally.flagged += 1;
      // The queue is keyed by Message-ID: a message seen again (another mailbox, a resync) is not new.
      if (!queue.record(flag, where, new Date())) return;
      tally.recorded += 1;
      if (options.format === 'jsonl') await writeTo(io.stdout, jsonlLine(flag));
      else newFlags.push({ flag, mailbox: mail.mailbox });
    };
    try {
      result = await source.sync(sqliteCursorStore(db), sink, { lookbackDays: options.lookbackDays });
    } finally {
      progress.finish();
    }
  } finally {
    db.close();
  }
  for (const line of deferred) await writeTo(io.stderr, line);
  for (const f of result.failedMailboxes) await writeTo(io.stderr, `sos ${NAME}: mailbox not read: ${f.error}\n`);
  if (options.format === 'table') await writeTo(io.stdout, table(newFlags, profile.school.timezone));
  await writeTo(io.stderr, summaryLine(result, tally, stateFile));
  if (result.mailboxes > 0 && result.failedMailboxes.length === result.mailboxes) {
    await writeTo(io.stderr, `sos ${NAME}: no mailbox could be read (see the reasons above)\n`);
    return 1;
  }
  return 0;
}

function table(rows: readonly { flag: MailFlag; mailbox: string }[], timeZone: string): string {
  if (rows.length === 0) return 'No new flag.\n';
  return (
    alignColumns(
      ['SEVERITY', 'SENT (school time)', 'MAILBOX', 'FROM', 'TO', 'RULES'],
      rows.map(({ flag, mailbox }) => [
        flag.severity,
        schoolTime(flag.date, timeZone),
        mailbox,
        flag.from,
        flag.to.join(', '),
        flag.rules.join(', '),
      ]),
    ) + 'New flags are in the review queue (sos mail review); nothing has been sent or reported.\n'
  );
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** `mail monitor google: 3 mailboxes, 12 messages checked, 2 flagged (1 new), 0 could not be read, ...` */
function summaryLine(result: MailSyncResult, tally: Tally, stateFile: string): string {
  return (
    `${NAME}: ${plural(result.mailboxes, 'mailbox', 'mailboxes')}, ` +
    `${plural(tally.checked, 'message')} checked, ${tally.flagged} flagged (${tally.recorded} new in the review queue), ` +
    `${tally.unreadable} could not be read, ${result.fullSyncs.length} read in full, ` +
    `${result.failedMailboxes.length} not read; state: ${stateFile}\n`
  );
}
