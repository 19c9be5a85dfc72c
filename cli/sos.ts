import { Command, CommanderError } from 'commander';
import { version } from '../package.json';
import type { CommandContext } from './command-context';
import { registerAuditGoogleCommand } from './commands/audit-google';
import { registerDemoCommand } from './commands/demo';
import { registerExportTemplatesCommand } from './commands/export-templates';
import { registerMailCheckCommand } from './commands/mail-check';
import { registerMailMonitorGoogleCommand } from './commands/mail-monitor-google';
import { registerMailMonitorMicrosoftCommand } from './commands/mail-monitor-microsoft';
import { registerMailReviewCommand } from './commands/mail-review';
import { registerPolicyCheckCommand } from './commands/policy-check';
import { registerScanCommand } from './commands/scan';
import { registerSetupMicrosoftIncidentsCommand } from './commands/setup-microsoft-incidents';
import { processIo, type Io } from './io';
import { InputError, UsageError } from './usage-error';

/**
 * The `sos` command. Returns the exit code instead of exiting, so tests run it in-process and
 * `bin/sos.js` decides when the process ends: 0 done, 1 fatal error, 2 usage or input error.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  let running = '';
  const ctx: CommandContext = { io, setExitCode: (code) => (exitCode = code) };

  const program = new Command('sos')
    .description("sos — School Online Safety: a UK school's online safety policy, as software.")
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(add --help for usage)')
    .hook('preAction', (_program, action) => {
      running = commandPath(action);
    });
  // Subcommands created with .command() inherit exitOverride and the output configuration above.
  registerScanCommand(program, ctx);
  registerMailCheckCommand(program, ctx);
  const mail = program.commands.find((c) => c.name() === 'mail') as Command;
  // `sos mail review` and `sos mail digest` (the DSL's review queue).
  registerMailReviewCommand(mail, ctx);
  const monitor = mail.command('monitor').description('check new staff–pupil mail in live mailboxes (incremental)');
  registerMailMonitorGoogleCommand(monitor, ctx);
  registerMailMonitorMicrosoftCommand(monitor, ctx);
  const audit = program.command('audit').description('sharing audit against the cloud (CONTRACTS §5)');
  registerAuditGoogleCommand(audit, ctx);
  const policy = program.command('policy').description('school policy profile tools');
  registerPolicyCheckCommand(policy, ctx);
  registerDemoCommand(program, ctx);
  const setup = program.command('setup').description('create or adopt what sos needs in a school tenant');
  registerSetupMicrosoftIncidentsCommand(setup.command('microsoft').description('Microsoft 365 (Graph)'), ctx);
  const exportCommand = program
    .command('export')
    .description('write files for other tools, e.g. the incident log as an Excel workbook');
  registerExportTemplatesCommand(exportCommand, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    const prefix = running === '' ? 'sos' : `sos ${running}`;
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.stderr.write(`${prefix}: ${err.message}\n(add --help for usage)\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`${prefix}: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`${prefix}: fatal error: ${fatalReason(err)}\n`);
    return 1;
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** One line, bounded: enough to act on, too short to carry a document's contents. */
function fatalReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  const line = (message.split('\n')[0] ?? '').slice(0, 200);
  return typeof code === 'string' && !line.includes(code) ? `${line} (${code})` : line;
}
