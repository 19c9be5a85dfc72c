import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context';
import { scan } from './scan';

interface RawDemoOptions {
  dir: string;
  out: string;
  quiet?: boolean;
}

/**
 * `sos demo`: the main job on the built-in sample school, so a new user sees a real report within a minute
 * of cloning. Each capability adds its own step here.
 */
export function registerDemoCommand(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .summary('write the sample school and run sos on it (what `npm start` does)')
    .description(
      'Writes a deterministic sample school (profile, directory of staff and pupils, about 200 documents in every ' +
        'supported format, some holding personal data) and scans it, writing an HTML report. Then runs a year of ' +
        'the sample school\u2019s online safety incidents through the incident log and writes what its sheets and ' +
        'emails would hold, checks a sample mailbox of staff–pupil email into a review queue with its report, and ' +
        'audits the sample school\u2019s Google Drive (on a local emulator) for sharing outside the policy.',
    )
    .option('--dir <folder>', 'where to write the sample school', 'sample-school')
    .option('--out <folder>', 'where to write the reports', 'out')
    .option('--quiet', 'no progress on stderr')
    .action(async (raw: RawDemoOptions) => {
      ctx.setExitCode(await demo(raw, ctx));
    });
}

async function demo(raw: RawDemoOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const dir = resolve(io.cwd, raw.dir);
  const outDir = resolve(io.cwd, raw.out);
  const show = (p: string) => relative(io.cwd, p) || '.';
  // The sample is regenerated from scratch each time, so a run never mixes old and new files.
  await rm(dir, { recursive: true, force: true });
  const { writeSampleSchool } = await import('../../connectors/sample-school/generate');
  const school = await writeSampleSchool(dir);
  io.stderr.write(
    `demo: wrote the sample school to ${show(dir)}: ${school.counts.staff} staff, ${school.counts.pupils} pupils, ` +
      `${school.counts.documents} documents\n`,
  );
  const report = join(outDir, 'report.html');
  const code = await scan(
    {
      paths: [school.documentsPath],
      format: 'html',
      minConfidence: 'medium',
      out: report,
      maxFileBytes: 100 * 1024 * 1024,
      quiet: raw.quiet === true,
    },
    ctx,
  );
  if (code !== 0) return code;
  io.stdout.write(`\nThe sensitive-data report is ready: ${show(report)}\nOpen it in a browser.\n`);

  const { runIncidentDemo } = await import('../../connectors/incidents/demo-run');
  const incidents = await runIncidentDemo(outDir);
  io.stdout.write(
    `\nThe incident log after the sample school's year: ${incidents.incidentsLogged} incidents logged, ` +
      `${incidents.needsAttention} needing attention, ${incidents.alertsSent} alerts and ${incidents.chasesSent} ` +
      'chases sent:\n',
  );
  const width = Math.max(...incidents.written.map((file) => show(file.path).length));
  for (const file of incidents.written) io.stdout.write(`  ${show(file.path).padEnd(width)}  ${file.about}\n`);

  // Mail step: the sample mailbox, checked into a review queue, with its review report and digest.
  const { runMailDemo } = await import('../mail/demo-mail');
  const mail = await runMailDemo(school, outDir, ctx, raw.quiet === true);
  io.stdout.write(
    `\nThe sample mailbox (${show(mail.mbox)}): ${mail.messages} messages checked against the staff–pupil rules, ` +
      `${mail.flagged} flagged for review:\n`,
  );
  const mailWidth = Math.max(...mail.written.map((file) => show(file.path).length));
  for (const file of mail.written) io.stdout.write(`  ${show(file.path).padEnd(mailWidth)}  ${file.about}\n`);

  // Audit step: the sample school's Google tenant on the loopback emulator, audited twice (full, then
  // incremental after a day's changes) with --scan-content.
  const { runAuditDemo } = await import('../audit/demo-audit');
  const stateDir = join(dir, '.sos');
  await rm(stateDir, { recursive: true, force: true });
  const audit = await runAuditDemo(school.profilePath, outDir, stateDir, ctx, raw.quiet === true);
  io.stdout.write(
    `\nThe sample school's Google Drive (${audit.users} accounts, ${audit.files.toLocaleString('en-GB')} files, ` +
      'served by the emulator the tests use), audited for sharing outside the policy:\n' +
      `  ${show(audit.report)}  what IT should fix first, with charts and what changed since the first run\n` +
      `  ${show(audit.jsonl)}  the first run's findings, one line per exposed file\n`,
  );
  return 0;
}
