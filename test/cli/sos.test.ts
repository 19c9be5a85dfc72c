import { version } from '../../package.json';
import { runCli } from './run-cli';

describe('sos', () => {
  it('prints help on --help with exit 0, listing the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scan');
    expect(r.stdout).toContain('policy');
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('treats an unknown command as a usage error (exit 2) and says so', async () => {
    const r = await runCli(['scna', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'scna'/);
  });

  it('with no command, shows usage on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: sos/);
    expect(r.stdout).toBe('');
  });

  it('rejects an unknown option with exit 2', async () => {
    const r = await runCli(['scan', '--colour', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--colour'/);
  });

  it('shows a subcommand help with exit codes', async () => {
    const r = await runCli(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--min-confidence <level>/);
    expect(r.stdout).toMatch(/Exit codes: 0/);
  });
});
