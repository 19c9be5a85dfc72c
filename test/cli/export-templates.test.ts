import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemplateXlsx } from '../../connectors/files/write/xlsx-template';
import { INCIDENT_SPREADSHEET } from '../../sheets-templates';
import { textOf } from '../connectors/files/helpers';
import { runCli, tempDir } from './run-cli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('sos export templates', () => {
  it('writes incident-log.xlsx in the current folder by default, says where, and exits 0', async () => {
    const r = await runCli(['export', 'templates'], { cwd: dir });
    const file = join(dir, 'incident-log.xlsx');
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toContain(`wrote ${file}`);
    expect(r.stderr).toMatch(/DSL team only/);
    expect(readFileSync(file).equals(writeTemplateXlsx(INCIDENT_SPREADSHEET))).toBe(true);
    const text = await textOf(file);
    for (const sheet of INCIDENT_SPREADSHEET.sheets) expect(text).toContain(`Sheet: ${sheet.name}\n`);
    expect(readdirSync(dir)).toEqual(['incident-log.xlsx']);
  });

  it('writes to --out, creating its folders, and replaces an older copy', async () => {
    const file = join(dir, 'Safeguarding', 'Incident log.xlsx');
    let r = await runCli(['export', 'templates', '--out', 'Safeguarding/Incident log.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(file);
    writeFileSync(file, 'old');
    r = await runCli(['export', 'templates', '--out', file], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(join(dir, 'Safeguarding'))).toEqual(['Incident log.xlsx']);
  });

  it('given a folder (existing, or new with a trailing slash), writes incident-log.xlsx in it', async () => {
    mkdirSync(join(dir, 'exports'));
    expect((await runCli(['export', 'templates', '--out', 'exports'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'exports', 'incident-log.xlsx'))).toBe(true);
    expect((await runCli(['export', 'templates', '--out', 'new/'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'new', 'incident-log.xlsx'))).toBe(true);
  });

  it('exits 2 naming the path when --out is in a folder that cannot be made', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const r = await runCli(['export', 'templates', '--out', 'not-a-folder/log.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sos export templates: --out: cannot write "not-a-folder\/log\.xlsx" \(a file stands where a folder is needed\)/,
    );
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('exits 2 when --out does not end in .xlsx, before writing anything', async () => {
    const r = await runCli(['export', 'templates', '--out', 'log.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out: "log.csv" must end in .xlsx');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is listed in the help, with its exit codes', async () => {
    expect((await runCli(['export', '--help'])).stdout).toContain('templates');
    const help = await runCli(['export', 'templates', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 written, 1 fatal error, 2 usage error/);
  });
});
