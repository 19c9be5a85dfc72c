/**
 * The demo's sharing audit: the sample school's Google tenant (every staff member and pupil, 20,000 files)
 * served by the loopback emulator the tests use, audited by the real command with --scan-content. Two
 * runs: a full pass, then an incremental one after a day's changes, so the report shows new and fixed.
 */
import { join } from 'node:path';
import { loadProfile } from '../../connectors/files/profile-loader';
import { sampleGoogleTenant } from '../../connectors/sample-school/google-tenant';
import { startGoogleEmulator } from '../../test/emulators/google';
import type { CommandContext } from '../command-context';
import { auditGoogle } from './run-audit-google';

export interface AuditDemoResult {
  readonly report: string;
  readonly jsonl: string;
  readonly files: number;
  readonly users: number;
}

export async function runAuditDemo(
  profilePath: string,
  outDir: string,
  stateDir: string,
  ctx: CommandContext,
  quiet: boolean,
): Promise<AuditDemoResult> {
  const tenant = sampleGoogleTenant();
  const emu = await startGoogleEmulator({ fixture: tenant.fixture });
  try {
    const profile = await loadProfile(profilePath);
    const env = { SOS_GOOGLE_API_ROOT: emu.rootUrl, SOS_ACCESS_TOKEN: 'test:{user}' };
    const report = join(outDir, 'sharing-audit.html');
    const jsonl = join(outDir, 'sharing-audit.jsonl');
    const base = {
      profile,
      admin: tenant.admin,
      scanContent: true,
      full: false,
      fullEveryDays: 7,
      stateFile: join(stateDir, 'state.sqlite'),
      maxContentBytes: 20 * 1024 * 1024,
      concurrency: 4,
      quiet,
      env,
    };
    await auditGoogle({ ...base, format: 'jsonl', out: jsonl }, ctx);
    // A school day later: a few links removed, a few new ones, a file made public by mistake.
    const exposed = tenant.expected.filter((e) => e.exposure.includes('anyone-with-link')).slice(0, 12);
    for (const e of exposed.slice(0, 6)) {
      const file = emu.tenant.file(e.fileId);
      const link = file?.permissions.find((p) => p.type === 'anyone');
      if (file && link) emu.tenant.removePermission(file.id, link.id);
    }
    const quietFiles = tenant.fixture.files.filter((f) => !f.permissions && !f.trashed && f.owner).slice(0, 5);
    for (const f of quietFiles)
      emu.tenant.addPermission(f.id, { type: 'anyone', role: 'reader', allowFileDiscovery: true });
    await auditGoogle({ ...base, format: 'html', out: report }, ctx);
    return { report, jsonl, files: tenant.fixture.files.length, users: tenant.fixture.users.length };
  } finally {
    await emu.close();
  }
}
