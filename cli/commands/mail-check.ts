import type { Command } from 'commander';
import { format as formatDate } from 'date-fns';
import type { MailFile } from '../../connectors/mail';
import type { People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import type { MailCheckError, MailReport, ReviewFlag } from '../../core/report/html/mail-report-model';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { formatterFor, MAIL_FORMATS, type MailFormat } from '../mail/formatter';
import { locationOf, reviewFlag } from '../mail/review-flag';
import type { MessageChecker } from '../mail/run-mail-check';
import { defaultFormat, existingPaths, oneOf, positiveNumber } from '../option-values';
import { openOutput } from '../output-target';
import { createProgress, silentProgress, type ProgressReporter } from '../progress';
import { InputError, UsageError } from '../usage-error';

interface RawMailCheckOptions {
  policy: string;
  directory?: string;
  format?: string;
  out?: string;
  maxMessageMb: string;
  quiet?: boolean;
  state?: string;
}

export interface MailCheckOptions {
  readonly sources: readonly string[];
  readonly policy: string;
  readonly directory?: string;
  readonly format: MailFormat;
  readonly out?: string;
  readonly maxMessageBytes: number;
  readonly quiet: boolean;
  /** Also record each flag in the review queue of this state file (`sos mail review`). */
  readonly state?: string;
}

/** The review outputs list this many unreadable messages; the count is always complete. */
const MAX_LISTED_ERRORS = 1000;

export function registerMailCheckCommand(program: Command, ctx: CommandContext): void {
  const mail =
    program.commands.find((c) => c.name() === 'mail') ??
    program.command('mail').description('staff–pupil email against the school policy');
  mail
    .command('check')
    .summary('check staff–pupil email (mbox or .eml exports) against the school policy')
    .description(
      'Check exported mail against the staff–pupil rules of the school policy profile: an .mbox file (as ' +
        'Google Vault or Takeout exports it), .eml files, or folders of them. Prints one line per flagged ' +
        'message with masked evidence; messages that cannot be read are reported on stderr and skipped. ' +
        'Nothing is sent or reported to anyone: every flag is for a person to review.',
    )
    .argument('<sources...>', '.mbox or .eml files, or folders of them')
    .requiredOption('--policy <file>', 'the school policy profile (JSON)')
    .option('--directory <file>', 'the people directory (CSV: email,role,name,personal_emails)')
    .option('--format <format>', `output format: ${MAIL_FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--out <file>', 'write the output to FILE (folders are created); only a summary goes to stderr')
    .option('--max-message-mb <n>', 'messages larger than N megabytes are reported, not read', '50')
    .option('--quiet', 'no progress on stderr')
    .option('--state <file>', 'also record each flag in the review queue of this state file (see sos mail review)')
    .addHelpText(
      'after',
      `
Exit codes: 0 check completed (flags or not), 1 fatal error, 2 usage or input error.

Examples:
  sos mail check vault-export/ --policy policy.json --directory people.csv --format html --out review.html
  sos mail check "All mail Including Spam and Trash.mbox" --policy policy.json > flags.jsonl
`,
    )
    .action(async (sources: string[], raw: RawMailCheckOptions) => {
      const options = await validateMailCheckOptions(sources, raw, ctx);
      ctx.setExitCode(await mailCheck(options, ctx));
    });
}

/** Checks every flag and path before any work: a bad value is named, exit 2. */
export async function validateMailCheckOptions(
  sources: string[],
  raw: RawMailCheckOptions,
  ctx: CommandContext,
): Promise<MailCheckOptions> {
  const format =
    raw.format !== undefined ? oneOf('--format', raw.format, MAIL_FORMATS) : defaultFormat(raw.out, ctx.io.stdoutIsTTY);
  const maxMessageBytes = Math.floor(positiveNumber('--max-message-mb', raw.maxMessageMb) * 1024 * 1024);
  await existingPaths('source', sources, ctx.io.cwd);
  return {
    sources,
    policy: raw.policy,
    ...(raw.directory !== undefined ? { directory: raw.directory } : {}),
    format,
    ...(raw.out !== undefined ? { out: raw.out } : {}),
    maxMessageBytes,
    quiet: raw.quiet === true,
    ...(raw.state !== undefined ? { state: raw.state } : {}),
  };
}

/** The profile and directory, or exit 2 with the loaders' messages (which name the file and the field). */
async function loadPolicy(
  options: MailCheckOptions,
  ctx: CommandContext,
): Promise<{ profile: ResolvedProfile; people: People }> {
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  const { loadDirectory } = await import('../../connectors/files/directory-loader');
  const { createPeople } = await import('../../core/people');
  let profile: ResolvedProfile;
  try {
    profile = await loadProfile(inputPath(ctx.io, options.policy));
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  if (options.directory === undefined) return { profile, people: createPeople(profile) };
  let loaded;
  try {
    loaded = await loadDirectory(inputPath(ctx.io, options.directory));
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  // Bad rows are left out; the rest of the directory is still worth using, but the user must know.
  if (loaded.report !== '') {
    for (const line of loaded.report.split('\n')) ctx.io.stderr.write(`sos mail check: warning: ${line}\n`);
  }
  return { profile, people: createPeople(profile, loaded.entries) };
}

export async function mailCheck(options: MailCheckOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const { profile, people } = await loadPolicy(options, ctx);
  // Loaded on use: attachment extractors pull in pdf.js, which `sos --help` has no need of.
  const { listMailFiles } = await import('../../connectors/mail');
  const { runMailCheck } = await import('../mail/run-mail-check');
  const { createMailChecker } = await import('../../core/mail');
  const checker: MessageChecker = createMailChecker(profile, people);

  const files: MailFile[] = await listMailFiles(options.sources.map((p) => inputPath(io, p)));
  const output = await openOutput(io, options.out);
  const review = options.state !== undefined ? await openReviewQueue(io.cwd, options.state) : undefined;
  const formatter = formatterFor(options.format, { timeZone: profile.school.timezone });
  const keepFlags = options.format === 'table' || options.format === 'html';
  const flags: ReviewFlag[] = [];
  const errors: MailCheckError[] = [];
  const progress: ProgressReporter = options.quiet
    ? silentProgress
    : createProgress({
        label: 'mail check',
        noun: 'messages',
        totalBytes: files.filter((f) => f.kind !== 'other').reduce((sum, f) => sum + f.size, 0),
        stream: io.stderr,
        isTTY: io.stderrIsTTY,
        now: io.now,
      });
  // A terminal bar would be torn by lines written under it: there, error lines wait for the end.
  const deferErrors = !options.quiet && io.stderrIsTTY;
  const deferred: string[] = [];

  let tally;
  try {
    await output.write(formatter.start());
    tally = await runMailCheck(
      files,
      checker,
      { maxMessageBytes: options.maxMessageBytes },
      {
        async flag(flag, where) {
          const row = reviewFlag(flag, people, locationOf(where.source, where.index, where.inMbox));
          if (keepFlags) flags.push(row);
          review?.queue.record(flag, row.location, new Date());
          await output.write(formatter.flag(row));
        },
        async error(error) {
          if (errors.length < MAX_LISTED_ERRORS) errors.push(error);
          const line = errorLine(error);
          if (deferErrors) {
            if (deferred.length < MAX_LISTED_ERRORS) deferred.push(line);
          } else await writeTo(io.stderr, line);
          await output.write(formatter.error(error));
        },
        done(step) {
          progress.advance(step);
        },
      },
    );
  } finally {
    progress.finish();
    review?.db.close();
  }
  for (const line of deferred) await writeTo(io.stderr, line);

  const report: MailReport = {
    flags,
    errors,
    errorsNotListed: Math.max(0, tally.errors - errors.length),
    summary: {
      schoolName: profile.school.name,
      timeZone: profile.school.timezone,
      policy: { staffPupilEmail: profile.mail.staffPupilEmail, allowedHours: profile.mail.allowedHours },
      sources: options.sources,
      messagesChecked: tally.messagesChecked,
      flagged: tally.flagged,
      errors: tally.errors,
      skippedFiles: tally.skippedFiles,
      generatedAt: formatDate(new Date(), 'd MMMM yyyy, HH:mm'),
    },
  };
  await output.write(formatter.end(report));
  await output.close();
  // The table carries its own summary when it is on the terminal; everywhere else stderr gets one line.
  if (output.toFile || options.format !== 'table') await writeTo(io.stderr, summaryLine(report, options.out));
  return 0;
}

/** The review queue in the state file (created if need be): a check run twice records each flag once. */
async function openReviewQueue(cwd: string, state: string) {
  const { resolve } = await import('node:path');
  const { openStateDb } = await import('../../connectors/state/database');
  const { sqliteReviewQueue } = await import('../../connectors/state/review-queue');
  let db;
  try {
    db = openStateDb(resolve(cwd, state));
  } catch (err) {
    throw new UsageError(`--state: cannot open "${state}" (${(err as { code?: string }).code ?? 'error'})`);
  }
  return { db, queue: sqliteReviewQueue(db) };
}

/** `sos mail check: not checked: export.mbox, message 12 (byte 34567): no From or To header` */
export function errorLine(e: MailCheckError): string {
  const where = e.index !== undefined ? `${e.source}, message ${e.index} (byte ${e.offset ?? 0})` : e.source;
  return `sos mail check: not checked: ${where}: ${e.error}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(report: MailReport, out?: string): string {
  const s = report.summary;
  return (
    `mail check: ${plural(s.messagesChecked, 'message')} checked, ${s.flagged} flagged, ` +
    `${s.errors} could not be read, ${plural(s.skippedFiles, 'file')} skipped (not mail)` +
    (out !== undefined ? `; written to ${out}` : '') +
    '\n'
  );
}
