/**
 * The sharing audit against the Google emulator serving the sample school's tenant: API requests per
 * 1,000 files against the minimum the API allows, wall time with injected latency, the CLI's peak
 * memory, and an incremental run after 1% of the files changed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleGoogleTenant } from '../../../connectors/sample-school/google-tenant';
import { sampleProfile } from '../../../connectors/sample-school/profile';
import { samplePeople } from '../../../connectors/sample-school/sample-people';
import { startGoogleEmulator } from '../../../test/emulators/google';
import { minimumRequests } from './minimum-requests';
import { runAuditCli, type AuditCliRun } from './run-audit-cli';

export interface AuditBenchResult {
  readonly files: number;
  readonly users: number;
  readonly latencyMs: number;
  readonly full: AuditCliRun & { readonly requests: number };
  readonly minimum: { readonly listing: number; readonly tokens: number };
  readonly incremental: AuditCliRun & {
    readonly requests: number;
    readonly changedFiles: number;
    readonly activeAccounts: number;
  };
}

export async function runAuditBench(
  root: string,
  options: { files: number; latencyMs: number },
  log: (line: string) => void,
): Promise<AuditBenchResult> {
  const tenant = sampleGoogleTenant({ files: options.files });
  const emu = await startGoogleEmulator({ fixture: tenant.fixture });
  const tmp = mkdtempSync(join(tmpdir(), 'sos-audit-bench-'));
  try {
    const policy = join(tmp, 'policy.json');
    writeFileSync(policy, JSON.stringify(sampleProfile(samplePeople())));
    const env = { SOS_GOOGLE_API_ROOT: emu.rootUrl, SOS_ACCESS_TOKEN: 'test:{user}' };
    const args = ['--policy', policy, '--state', join(tmp, 'state.sqlite'), '--format', 'jsonl'];
    if (options.latencyMs > 0)
      emu.faults.add({ path: /./, delayMs: options.latencyMs, times: Number.POSITIVE_INFINITY });

    log(`  full pass over ${tenant.fixture.files.length} files, ${options.latencyMs} ms latency per request`);
    const full = await runAuditCli(root, args, env, join(tmp, 'full.jsonl'));
    const fullRequests = emu.log.entries.length;
    log(
      `  ${full.wallS.toFixed(1)} s, ${fullRequests} requests, ${full.findings} findings, peak ${full.peakRssMiB.toFixed(0)} MiB`,
    );

    // 1% of the files change in a day, made by the accounts that were active that day (one in ten), as a
    // school day brings: edits and renames mostly, some new links.
    const owners = [...new Set(tenant.fixture.users.map((u) => u.primaryEmail))].filter((_, i) => i % 10 === 0);
    const active = new Set(owners);
    const ids = tenant.fixture.files.filter(
      (f) =>
        !f.trashed &&
        f.mimeType !== 'application/vnd.google-apps.folder' &&
        f.owner !== undefined &&
        active.has(f.owner),
    );
    const changed = Math.min(ids.length, Math.round(tenant.fixture.files.length / 100));
    for (let i = 0; i < changed; i++) {
      const f = ids[(i * 7919) % ids.length]!;
      if (i % 4 === 0) emu.tenant.addPermission(f.id, { type: 'anyone', role: 'reader', allowFileDiscovery: false });
      else emu.tenant.rename(f.id, `${f.name} (edited)`);
    }
    emu.log.clear();
    const incremental = await runAuditCli(root, args, env, join(tmp, 'incremental.jsonl'));
    const incrementalRequests = emu.log.entries.length;
    log(`  incremental after ${changed} changes: ${incremental.wallS.toFixed(1)} s, ${incrementalRequests} requests`);

    const min = minimumRequests(tenant.fixture);
    return {
      files: tenant.fixture.files.length,
      users: tenant.fixture.users.length,
      latencyMs: options.latencyMs,
      full: { ...full, requests: fullRequests },
      minimum: { listing: min.listing, tokens: min.tokens },
      incremental: {
        ...incremental,
        requests: incrementalRequests,
        changedFiles: changed,
        activeAccounts: active.size,
      },
    };
  } finally {
    await emu.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
