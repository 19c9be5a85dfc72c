import type { Command } from 'commander';
import { format as formatDate } from 'date-fns';
import type { FileError, FileFindings, ScanReport } from '../../core/report/scan-report';
import { CONFIDENCES, type Confidence } from '../../core/sensitive/types';
import type { CommandContext } from '../command-context';
import { inputPath } from '../io';
import { defaultFormat, existingPaths, oneOf, positiveNumber } from '../option-values';
import { openOutput } from '../output-target';
import { createProgress, silentProgress, type ProgressReporter } from '../progress';
import { formatterFor, SCAN_FORMATS, type ScanFormat } from '../scan/formatter';

interface RawScanOptions {
  format?: string;
  minConfidence: string;
  out?: string;
  maxFileMb: string;
  quiet?: boolean;
}

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly format: ScanFormat;
  readonly minConfidence: Confidence;
  readonly out?: string;
  readonly maxFileBytes: number;
  readonly quiet: boolean;
}

export function registerScanCommand(program: Command, ctx: CommandContext): void {
  program
    .command('scan')
    .summary('find sensitive personal data (UPN, NHS number, health, safeguarding...) in files')
    .description(
      'Scan files and folders (recursively) for sensitive personal data about pupils and staff. ' +
        'Reads .txt .csv .tsv .md .html .json .eml .docx .xlsx .pptx .odt .ods .odp .pdf; other files are ' +
        'skipped and counted. Examples in the output are always masked.',
    )
    .argument('<paths...>', 'files or folders to scan')
    .option('--format <format>', `output format: ${SCAN_FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .option('--min-confidence <level>', `lowest confidence reported: ${CONFIDENCES.join(', ')}`, 'medium')
    .option('--out <file>', 'write the output to FILE (folders are created); only a summary goes to stderr')
    .option('--max-file-mb <n>', 'files larger than N megabytes are reported as errors, not read', '100')
    .option('--quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 scan completed (findings or not), 1 fatal error, 2 usage or input error.

Examples:
  sos scan ./shared-drive --format html --out reports/scan.html
  sos scan admissions.xlsx letters/ --min-confidence high
  sos scan //server/staff --format jsonl > findings.jsonl
`,
    )
    .action(async (paths: string[], raw: RawScanOptions) => {
      const options = await validateScanOptions(paths, raw, ctx);
      ctx.setExitCode(await scan(options, ctx));
    });
}

/** Checks every flag and path before any work: a bad value is named, exit 2. */
export async function validateScanOptions(
  paths: string[],
  raw: RawScanOptions,
  ctx: CommandContext,
): Promise<ScanOptions> {
  const format =
    raw.format !== undefined ? oneOf('--format', raw.format, SCAN_FORMATS) : defaultFormat(raw.out, ctx.io.stdoutIsTTY);
  const minConfidence = oneOf('--min-confidence', raw.minConfidence, CONFIDENCES);
  const maxFileBytes = Math.floor(positiveNumber('--max-file-mb', raw.maxFileMb) * 1024 * 1024);
  await existingPaths('path', paths, ctx.io.cwd);
  return { paths, format, minConfidence, out: raw.out, maxFileBytes, quiet: raw.quiet === true };
}

export async function scan(options: ScanOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  // Loaded on use: the extractors pull in pdf.js, which `sos --help` has no need of.
  const { runScan } = await import('../scan/run-scan');
  const output = await openOutput(io, options.out);
  const formatter = formatterFor(options.format);
  const files: FileFindings[] = [];
  const errors: FileError[] = [];
  let progress: ProgressReporter = silentProgress;

  let tally;
  try {
    await output.write(formatter.start());
    tally = await runScan(
      {
        paths: options.paths.map((p) => inputPath(io, p)),
        minConfidence: options.minConfidence,
        maxFileBytes: options.maxFileBytes,
        countFirst: !options.quiet,
      },
      {
        planned(totals) {
          progress = createProgress({
            label: 'scan',
            noun: 'files',
            totalItems: totals.files,
            totalBytes: totals.bytes,
            stream: io.stderr,
            isTTY: io.stderrIsTTY,
            now: io.now,
          });
        },
        async outcome(outcome) {
          if ('error' in outcome) errors.push({ file: outcome.file, error: outcome.error });
          else files.push(outcome);
          await output.write(formatter.outcome(outcome));
        },
        done(step) {
          progress.advance(step);
        },
      },
    );
  } finally {
    // Also on a fatal error: the terminal bar hides the cursor until it is stopped.
    progress.finish();
  }

  const report: ScanReport = {
    files,
    errors,
    summary: {
      ...tally,
      minConfidence: options.minConfidence,
      paths: options.paths,
      generatedAt: formatDate(new Date(), 'd MMMM yyyy, HH:mm'),
    },
  };
  await output.write(formatter.end(report));
  await output.close();
  // The table carries its own summary when it is on the terminal; everywhere else stderr gets one line.
  if (output.toFile || options.format !== 'table') io.stderr.write(summaryLine(report, options.out));
  return 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(report: ScanReport, out?: string): string {
  const s = report.summary;
  return (
    `scan: ${plural(s.filesScanned, 'file')} scanned, ${s.filesWithFindings} with findings, ` +
    `${plural(s.errors, 'error')}, ${s.skipped} skipped (unsupported)` +
    (out !== undefined ? `; written to ${out}` : '') +
    '\n'
  );
}
