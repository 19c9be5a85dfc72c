import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli';

const minimal = {
  school: { name: 'Example School', timezone: 'Europe/London' },
  domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
  mail: { staffPupilEmail: 'allowed', allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true } },
};

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('sos policy check', () => {
  it('prints the resolved profile as pretty JSON and exits 0', async () => {
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(minimal));
    const r = await runCli(['policy', 'check', join(dir, 'ok.json')]);
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as typeof minimal;
    expect(profile.school.name).toBe('Example School');
    expect(profile.mail.staffPupilEmail).toBe('allowed');
    expect(r.stdout).toMatch(/^\{\n {2}"/);
  });

  it('accepts the documented example profile', async () => {
    const r = await runCli(['policy', 'check', 'examples/school-profile.jsonc']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names the bad field of an invalid profile and exits 2', async () => {
    const bad = { ...minimal, mail: { ...minimal.mail, staffPupilEmail: 'sometimes' } };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await runCli(['policy', 'check', join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sos policy check: /);
    expect(r.stderr).toContain('staffPupilEmail');
  });

  it('rejects an unknown key (a typo must not switch a rule off)', async () => {
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ ...minimal, mial: {} }));
    const r = await runCli(['policy', 'check', join(dir, 'typo.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mial');
  });

  it('exits 2 for a missing file, naming it', async () => {
    const r = await runCli(['policy', 'check', 'nowhere.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.json');
  });
});
