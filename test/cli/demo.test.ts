import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli';

describe('sos demo', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('writes the sample school, the scan report and the incident log files, listing each one', async () => {
    const run = await runCli(['demo', '--dir', 'school', '--out', 'reports', '--quiet'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'school', 'directory.csv'))).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'report.html'), 'utf8')).toContain('<html');
    expect(run.stdout).toContain(join('reports', 'report.html'));
    for (const name of [
      'incident-log.csv',
      'needs-attention.csv',
      'actions.csv',
      'alerts.txt',
      'termly-summary.html',
    ]) {
      expect(existsSync(join(dir, 'reports', name))).toBe(true);
      // One line per file: its path, then what it is.
      const line = run.stdout.split('\n').find((text) => text.trim().startsWith(`${join('reports', name)} `));
      expect(line?.trim().length).toBeGreaterThan(join('reports', name).length + 10);
    }
    expect(run.stdout).toMatch(/\b\d+ incidents logged, 2 needing attention\b/);

    // The sharing audit of the sample tenant: one finding line per exposed file, and the report.
    const findings = readFileSync(join(dir, 'reports', 'sharing-audit.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(findings.length).toBeGreaterThan(500);
    const critical = findings
      .map((l) => JSON.parse(l) as { risk: string; sensitive: string[] })
      .filter((f) => f.risk === 'critical');
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.every((f) => f.sensitive.length > 0)).toBe(true);
    const report = readFileSync(join(dir, 'reports', 'sharing-audit.html'), 'utf8');
    expect(report).toContain('What to do first');
    expect(report).toContain('Fixed since the last run');
    expect(run.stdout).toContain(join('reports', 'sharing-audit.html'));
  }, 120_000);
});
