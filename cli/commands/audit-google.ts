import type { Command } from 'commander';
import { RISK_LEVELS } from '../../core/sharing/types';
import { AUDIT_FORMATS } from '../audit/formatter';
import { validateAuditGoogleOptions, type RawAuditGoogleOptions } from '../audit/audit-google-options';
import type { CommandContext } from '../command-context';
import type { RawUndoOptions } from '../audit/undo-fix';

export function registerAuditGoogleCommand(audit: Command, ctx: CommandContext): void {
  // Positional options: `--state` after `undo` belongs to undo, not to the audit's own --state.
  for (let c: Command | null = audit; c; c = c.parent) c.enablePositionalOptions();
  const google = audit
    .command('google')
    .summary('find Google Drive files shared outside the school policy (and fix them safely)')
    .description(
      'Audit every active user\u2019s My Drive and every shared drive for anonymous, public, whole-school and ' +
        'external sharing that the school policy does not allow. The first run is a full pass; later runs ' +
        're-check only what changed (Drive changes API) and show what is new, still open and fixed. With ' +
        '--scan-content, exposed files are scanned for pupils\u2019 personal data. With --fix, anonymous and ' +
        'public links are listed for removal (a dry run); add --yes to remove them, log each removal and ' +
        'email the owners.',
    )
    .option('--policy <file>', 'the school policy profile (JSON): domains, org units, allowed sharing')
    .option('--admin <email>', 'the Workspace administrator impersonated for Directory and shared drives')
    .option(
      '--format <format>',
      `output format: ${AUDIT_FORMATS.join(', ')} (default: table on a terminal, else jsonl)`,
    )
    .option('--out <file>', 'write the output to FILE (folders are created); only a summary goes to stderr')
    .option('--scan-content', 'scan exposed files for sensitive personal data')
    .option('--fix', 'plan the removal of anonymous and public links (a dry run unless --yes)')
    .option('--yes', 'with --fix: really remove the links, log them and email the owners')
    .option(
      '--fix-min-risk <level>',
      `with --fix: only items at this risk or worse (${RISK_LEVELS.join(', ')})`,
      'high',
    )
    .option('--fix-domain-links', 'with --fix: also remove "anyone in the school with the link" links')
    .option('--no-notify', 'with --fix --yes: do not email the owners')
    .option('--notify-from <email>', 'with --fix --yes: the school account that emails the owners (default: --admin)')
    .option('--full', 'a full pass even if an incremental run would do')
    .option('--full-every <days>', 'repeat a full pass when the last one is this many days old', '7')
    .option('--state <file>', 'where history, change tokens and checkpoints are kept', '.sos/state.sqlite')
    .option('--key <file>', 'service account JSON key (default: GOOGLE_APPLICATION_CREDENTIALS)')
    .option('--max-content-mb <n>', 'with --scan-content: larger files are not downloaded', '20')
    .option('--concurrency <n>', 'drives audited at once', '4')
    .option('--quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 audit completed (findings or not), 1 fatal error, 2 usage or input error.

Examples:
  sos audit google --policy school.json --format html --out reports/sharing.html
  sos audit google --policy school.json --scan-content --fix            # what would be removed
  sos audit google --policy school.json --scan-content --fix --yes      # remove, log, email owners
  sos audit google undo --run 12 --policy school.json                   # put run 12's removals back
`,
    )
    .action(async (raw: RawAuditGoogleOptions) => {
      const options = await validateAuditGoogleOptions(raw, ctx);
      const { auditGoogle } = await import('../audit/run-audit-google');
      ctx.setExitCode(await auditGoogle(options, ctx));
    });
  google
    .command('undo')
    .summary('put back the links a --fix --yes run removed (from the fix log)')
    .option('--run <n>', 'the run whose removals to undo (default: the latest that removed any)')
    .option('--state <file>', 'the state file the fix was logged in', '.sos/state.sqlite')
    .option('--admin <email>', 'the Workspace administrator (needed with --yes)')
    .option('--key <file>', 'service account JSON key (default: GOOGLE_APPLICATION_CREDENTIALS)')
    .option('--yes', 'really put the links back (default: list them)')
    .action(async (raw: RawUndoOptions) => {
      const { undoGoogleFix } = await import('../audit/undo-fix');
      ctx.setExitCode(await undoGoogleFix(raw, ctx));
    });
}
