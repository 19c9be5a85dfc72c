import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context';
import { writeTo } from '../io';
import { UsageError } from '../usage-error';

export const DEFAULT_WORKBOOK = 'incident-log.xlsx';

interface RawOptions {
  out?: string;
}

export interface ExportTemplatesOptions {
  /** Absolute path of the workbook to write. */
  readonly file: string;
}

/** `sos export templates`: the incident log's sheets as an Excel workbook, for Microsoft 365 schools. */
export function registerExportTemplatesCommand(exportCommand: Command, ctx: CommandContext): void {
  exportCommand
    .command('templates')
    .summary('write the incident log sheets (Incident Log, Actions, ...) as an Excel workbook')
    .description(
      'Write the incident log as an .xlsx workbook: the same sheets, columns, dropdowns, frozen headers and ' +
        'overdue highlighting that setup() creates in Google Sheets. Every sheet is protected (no password) ' +
        'so headers are not typed over by accident; who can open the file is decided by its sharing in ' +
        'SharePoint or OneDrive, which must be the DSL team only.',
    )
    .option('--out <file>', `the workbook to write, or a folder to write ${DEFAULT_WORKBOOK} in`, DEFAULT_WORKBOOK)
    .addHelpText(
      'after',
      `
Exit codes: 0 written, 1 fatal error, 2 usage error (e.g. a folder that cannot be written).

Examples:
  sos export templates
  sos export templates --out "Safeguarding/Incident log.xlsx"
`,
    )
    .action(async (raw: RawOptions) => {
      const options = await validateExportOptions(raw, ctx);
      ctx.setExitCode(await exportTemplates(options, ctx));
    });
}

/**
 * Checks --out before any work: an existing folder gets the default file name, a file must end in
 * .xlsx (Excel opens a workbook by its extension), and its folder must exist or be creatable, and be
 * writable.
 */
export async function validateExportOptions(raw: RawOptions, ctx: CommandContext): Promise<ExportTemplatesOptions> {
  const out = (raw.out ?? DEFAULT_WORKBOOK).trim();
  if (out === '') throw new UsageError('--out: needs a file name');
  let file = resolve(ctx.io.cwd, out);
  // "exports/" names a folder even before it exists.
  if (/[\\/]$/.test(out) || (await isFolder(file))) file = join(file, DEFAULT_WORKBOOK);
  else if (extname(file).toLowerCase() !== '.xlsx') {
    throw new UsageError(`--out: "${out}" must end in .xlsx`);
  }
  try {
    await mkdir(dirname(file), { recursive: true });
    await access(dirname(file), constants.W_OK);
  } catch (err) {
    throw new UsageError(`--out: cannot write "${out}" (${whyNot(err)})`);
  }
  return { file };
}

function whyNot(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file stands where a folder is needed';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  return code;
}

export async function exportTemplates(options: ExportTemplatesOptions, ctx: CommandContext): Promise<number> {
  const { INCIDENT_SPREADSHEET } = await import('../../sheets-templates');
  const { writeTemplateXlsx } = await import('../../connectors/files/write/xlsx-template');
  const workbook = writeTemplateXlsx(INCIDENT_SPREADSHEET);
  // Written beside the target and renamed, so a failed write never leaves half a workbook under its name.
  const partial = `${options.file}.${process.pid}.partial`;
  try {
    await writeFile(partial, workbook);
    await rename(partial, options.file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  const sheets = INCIDENT_SPREADSHEET.sheets.map((sheet) => sheet.name).join(', ');
  await writeTo(ctx.io.stdout, `wrote ${options.file} (sheets: ${sheets})\n`);
  ctx.io.stderr.write(
    'Share it with the DSL team only: sheet protection stops accidental edits, not readers ' +
      '(docs/microsoft-incidents.md, "Working in Excel instead of SharePoint lists").\n',
  );
  return 0;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
