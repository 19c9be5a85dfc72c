import type { Command } from 'commander';
import type { MailFlag } from '../../core/mail/message';
import type { FetchedMail, MailSyncResult } from '../../core/mail/source';
import type { People } from '../../core/people';
import { schoolTime } from '../../core/report/html/mail-report-model';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { jsonlLine } from '../mail/format-jsonl';
import { reviewFlag } from '../mail/review-flag';
import { defaultFormat, oneOf } from '../option-values';
import { createProgress, silentProgress } from '../progress';
import { alignColumns } from '../text-table';
import { loadPolicyAndDirectory } from '../mail/load-policy-directory';
import { InputError, UsageError } from '../usage-error';

const FORMATS = ['jsonl', 'table'] as const;
type Format = (typeof FORMATS)[number];
const NAME = 'sos mail monitor microsoft';
/** DEFAULT_STATE_FILE of connectors/state/database, which is not imported here: it loads SQLite. */
const DEFAULT_STATE = '.sos/state.sqlite';

interface RawOptions {
  policy: string;
  directory: string;
  state?: string;
  lookbackDays: string;
  format?: string;
  quiet?: boolean;
}

export interface MailMonitorMicrosoftOptions {
  readonly policy: string;
  readonly directory: string;
  readonly state: string;
  readonly lookbackDays: number;
  readonly format: Format;
  readonly quiet: boolean;
}

/** What tests replace: the environment the Graph client is made from, its fetch, and the clock. */
export interface MailMonitorMicrosoftDeps {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

/** `sos mail monitor microsoft`: new staff–pupil mail in staff Sent Items, into the review queue. */
export function registerMailMonitorMicrosoftCommand(
  monitor: Command,
  ctx: CommandContext,
  deps: MailMonitorMicrosoftDeps = {},
): void {
  monitor
    .command('microsoft')
    .summary('check new mail in staff Sent Items (Microsoft 365) and add flags to the review queue')
    .description(
      "Read what staff have sent to pupils since the last run (Microsoft Graph delta on each staff member's " +
        'Sent Items; staff are the directory rows with role staff), check it against the school policy, and ' +
        'add each flagged message to the review queue in the state file for the DSL (`sos mail review`). ' +
        'Prints the flags that are new to the queue; nothing is sent to anyone. The first run reads ' +
        '--lookback-days back; later runs read only what is new. Signs in with SOS_TENANT_ID, SOS_CLIENT_ID ' +
        'and SOS_CLIENT_SECRET (or SOS_CLIENT_CERTIFICATE_PATH), or uses SOS_ACCESS_TOKEN; SOS_GRAPH_BASE_URL ' +
        'replaces the Graph endpoint. Set-up, including limiting the app to staff mailboxes: ' +
        'docs/microsoft-mail-monitoring.md.',
    )
    .requiredOption('--policy <file>', 'the school policy profile (JSON)')
    .requiredOption('--directory <file>', 'the people directory (CSV: email,role,name,personal_emails)')
    .option('--state <file>', 'the state file (cursors and review queue)', DEFAULT_STATE)
    .option('--lookback-days <n>', 'how far back the first run (or a full resync) reads', '30')
    .option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 run completed (flags or not, even if some mailboxes could not be read), 1 fatal error
(including: no mailbox could be read), 2 usage, input or sign-in settings error.

Run it on a schedule (every 15 minutes in school hours, say); each run carries on from the last.

Example:
  sos mail monitor microsoft --policy policy.json --directory people.csv --state /var/lib/sos/state.sqlite
`,
    )
    .action(async (raw: RawOptions) => {
      const options = validateOptions(raw, ctx);
      ctx.setExitCode(await mailMonitorMicrosoft(options, ctx, deps));
    });
}

export function validateOptions(raw: RawOptions, ctx: CommandContext): MailMonitorMicrosoftOptions {
  const format: Format =
    raw.format !== undefined
      ? oneOf('--format', raw.format, FORMATS)
      : defaultFormat(undefined, ctx.io.stdoutIsTTY) === 'table'
        ? 'table'
        : 'jsonl';
  const lookbackDays = /^\s*\d+\s*$/.test(raw.lookbackDays) ? Number(raw.lookbackDays) : NaN;
  if (!Number.isInteger(lookbackDays) || lookbackDays < 1 || lookbackDays > 3650) {
    throw new UsageError(`--lookback-days: "${raw.lookbackDays}" is not a whole number of days from 1 to 3650`);
  }
  return {
    policy: raw.policy,
    directory: raw.directory,
    state: raw.state ?? DEFAULT_STATE,
    lookbackDays,
    format,
    quiet: raw.quiet === true,
  };
}

async function loadPolicy(options: MailMonitorMicrosoftOptions, ctx: CommandContext) {
  const { profile, entries, people } = await loadPolicyAndDirectory(options, ctx, NAME);
  const staff = entries.filter((e) => e.role === 'staff').map((e) => e.email);
  if (staff.length === 0) {
    throw new InputError(`${options.directory}: no row has role staff, so there is no mailbox to read`);
  }
  const pupilAddresses = entries.filter((e) => e.role === 'pupil').flatMap((e) => [e.email, ...e.personalEmails]);
  return { profile, people, staff, pupilAddresses };
}

export async function mailMonitorMicrosoft(
  options: MailMonitorMicrosoftOptions,
  ctx: CommandContext,
  deps: MailMonitorMicrosoftDeps = {},
): Promise<number> {
  const { io } = ctx;
  const now = deps.now ?? (() => new Date());
  const { profile, people, staff, pupilAddresses } = await loadPolicy(options, ctx);
  // Loaded on use: `sos --help` needs neither msal, the Graph client, SQLite nor the MIME reader.
  const { createGraphFromEnv } = await import('../../connectors/microsoft/graph-client');
  const { GraphCredentialsError } = await import('../../connectors/microsoft/credentials');
  const { graphMailSource } = await import('../../connectors/microsoft/mail');
  const { openStateDb } = await import('../../connectors/state/database');
  const { sqliteCursorStore } = await import('../../connectors/state/cursor-store');
  const { sqliteReviewQueue } = await import('../../connectors/state/review-queue');
  const { createMailChecker } = await import('../../core/mail');

  let graph;
  try {
    graph = createGraphFromEnv(deps.env ?? process.env, { fetch: deps.fetch });
  } catch (err) {
    if (err instanceof GraphCredentialsError) throw new InputError(err.message);
    throw err;
  }

  const db = openStateDb(inputPath(io, options.state));
  try {
    const cursors = sqliteCursorStore(db);
    const queue = sqliteReviewQueue(db);
    const checker = createMailChecker(profile, people);
    const source = graphMailSource({
      graph,
      mailboxes: staff,
      pupilDomains: profile.domains.pupils,
      pupilAddresses,
      lookbackDays: options.lookbackDays,
      now,
    });
    const progress = options.quiet
      ? silentProgress
      : createProgress({ label: 'mail monitor', noun: 'messages', stream: io.stderr, isTTY: io.stderrIsTTY });
    const deferred: string[] = [];
    const say = async (line: string) => {
      // A terminal bar would be torn by lines written under it: there, lines wait for the end.
      if (!options.quiet && io.stderrIsTTY) deferred.push(line);
      else await writeTo(io.stderr, line);
    };
    const newFlags: Array<{ flag: MailFlag; source: string }> = [];
    let checked = 0;
    let flagged = 0;

    const sink = async (mail: FetchedMail) => {
      if (mail.kind === 'error') {
        progress.advance({ failed: true });
        await say(`${NAME}: not checked: graph:${mail.mailbox}, message ${mail.sourceId}: ${mail.error}\n`);
        return;
      }
      checked += 1;
      progress.advance();
      const flag = checker.check(mail.message);
      if (flag === null) return;
      flagged += 1;
      const source = `graph:${mail.mailbox}`;
      // Recorded before it is printed: a run killed in between prints it again next time, never loses it.
      if (!queue.record(flag, source, now())) return;
      newFlags.push({ flag, source });
      if (options.format === 'jsonl') await writeTo(io.stdout, jsonlLine(flag));
    };

    let result: MailSyncResult;
    try {
      result = await source.sync(cursors, sink);
    } finally {
      progress.finish();
    }
    for (const line of deferred) await writeTo(io.stderr, line);
    for (const { mailbox, error } of result.failedMailboxes) {
      await writeTo(io.stderr, `${NAME}: mailbox not read: ${mailbox}: ${error}${hint(error)}\n`);
    }
    if (options.format === 'table') {
      await writeTo(io.stdout, table(newFlags, people, profile.school.timezone));
    }
    await writeTo(io.stderr, summaryLine(result, checked, flagged, newFlags.length, options.state));
    if (result.mailboxes > 0 && result.failedMailboxes.length === result.mailboxes) {
      await writeTo(io.stderr, `${NAME}: fatal error: no mailbox could be read\n`);
      return 1;
    }
    return 0;
  } finally {
    db.close();
  }
}

/** What an administrator can do about the usual refusals. */
function hint(error: string): string {
  if (/^HTTP 403/.test(error)) {
    return " (is the mailbox in the app's RBAC management scope? see docs/microsoft-mail-monitoring.md)";
  }
  if (/^HTTP 404 ErrorInvalidUser/.test(error) || /MailboxNotEnabled/i.test(error)) {
    return ' (no such mailbox: check the directory)';
  }
  return '';
}

function table(rows: ReadonlyArray<{ flag: MailFlag; source: string }>, people: People, timeZone: string): string {
  if (rows.length === 0) return 'No new message was flagged.\n';
  const lines = rows.map(({ flag, source }) => {
    const r = reviewFlag(flag, people, source);
    const evidence = flag.evidence[0] ?? '';
    return [
      flag.severity,
      schoolTime(flag.date, timeZone),
      r.staff?.address ?? flag.from,
      r.pupils.map((p) => p.address).join(', ') || flag.to.join(', '),
      flag.rules.join(', '),
      evidence.length > 80 ? `${evidence.slice(0, 79)}…` : evidence,
    ];
  });
  return (
    alignColumns(['SEVERITY', 'SENT (school time)', 'STAFF', 'PUPIL', 'RULES', 'EVIDENCE (masked)'], lines) +
    'Each flag is now in the review queue (sos mail review); nothing has been sent or reported.\n'
  );
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

function summaryLine(r: MailSyncResult, checked: number, flagged: number, added: number, state: string): string {
  const read = r.mailboxes - r.failedMailboxes.length;
  return (
    `mail monitor microsoft: ${read} of ${plural(r.mailboxes, 'mailbox', 'mailboxes')} read` +
    (r.fullSyncs.length > 0 ? ` (${r.fullSyncs.length} in full)` : '') +
    `, ${plural(checked, 'message')} checked, ${flagged} flagged (${added} new for review), ` +
    `${r.errors} could not be read; state in ${state}\n`
  );
}
