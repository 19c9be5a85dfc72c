import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writePdf } from '../../connectors/files/write';
import { tempDir } from './run-cli';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

/**
 * The installed command, as a user runs it: built by esbuild, in its own process. The PDF reader is a
 * worker thread kept between files; the process must still end as soon as the scan is done.
 */
describe('bin/sos.js', () => {
  beforeAll(async () => {
    await run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  }, 120_000);

  it('scans a folder holding a PDF, prints findings and exits by itself', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'letter.pdf'), writePdf({ pages: [['Pupil: Ruby Holmes', 'UPN: B801200005001']] }));
      writeFileSync(join(dir, 'notes.txt'), 'NHS number: 943 476 5919\n');
      // execFile's timeout kills a process that hangs; a hang is the failure this test is for.
      const { stdout } = await run(process.execPath, [join(root, 'bin', 'sos.js'), 'scan', dir, '--format', 'jsonl'], {
        timeout: 20_000,
      });
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; type: string });
      expect(lines.map((l) => [l.file.endsWith('letter.pdf') ? 'pdf' : 'txt', l.type])).toEqual(
        expect.arrayContaining([
          ['pdf', 'upn'],
          ['txt', 'nhs_number'],
        ]),
      );
      expect(stdout).not.toContain('B801200005001');
    } finally {
      cleanup();
    }
  }, 30_000);

  it('exits 2 with a message naming a missing path', async () => {
    await expect(
      run(process.execPath, [join(root, 'bin', 'sos.js'), 'scan', 'no/such/folder'], { timeout: 20_000 }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('"no/such/folder"') });
  });
});
