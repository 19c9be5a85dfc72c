/**
 * `sos audit google`: wires the Google connector, the state file and core/sharing into the resumable
 * audit job, then renders what is open, new and fixed, and (with --fix) plans or applies removals.
 */
import { dirname } from 'node:path';
import { format as formatDate } from 'date-fns';
import {
  createGoogleLimiter,
  googleClients,
  googleConnection,
  GoogleCredentialsError,
  googleSharingInventory,
  listDirectoryUsers,
  type GoogleConnection,
} from '../../connectors/google';
import { sqliteCheckpointStore } from '../../connectors/state/checkpoint-store';
import { sqliteCursorStore } from '../../connectors/state/cursor-store';
import { openStateDb } from '../../connectors/state/database';
import { sqliteFixLog } from '../../connectors/state/fix-log';
import { sqliteSharingHistory, type SharingHistory } from '../../connectors/state/sharing-history';
import { runSharingAudit, type AuditCheckpoint } from '../../core/jobs/sharing-audit';
import type { FolderMap } from '../../core/jobs/sharing-audit-ports';
import { orgUnitRole } from '../../core/people';
import type { OwnerGroup, SharingReport, SharingReportRow, TrendPoint } from '../../core/report/sharing-report';
import { sharingPolicy, type SharingProfile } from '../../core/sharing/policy';
import { classifyRun } from '../../core/sharing/run-diff';
import type { DirectoryUser } from '../../core/sharing/ports';
import type { ExposureFinding, SharedItem } from '../../core/sharing/types';
import type { CommandContext } from '../command-context';
import { openOutput } from '../output-target';
import { createProgress, silentProgress, type ProgressReporter } from '../progress';
import { InputError } from '../usage-error';
import type { AuditGoogleOptions } from './audit-google-options';
import { applyFixes, type ExposedItem } from './apply-fix';
import { googleContentScanner } from './google-content-scanner';
import { renderAudit } from './formatter';

export async function auditGoogle(options: AuditGoogleOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const connection = connect(options);
  const output = await openOutput(io, options.out);
  const limiter = createGoogleLimiter({ concurrency: Math.max(4, options.concurrency * 2) });
  const profile = options.profile ?? (await profileFromDirectory(connection, options.admin, limiter));
  const schoolDomains = [...profile.domains.staff, ...profile.domains.pupils, ...profile.domains.parents];
  const inventory = googleSharingInventory({ connection, admin: options.admin, limiter, schoolDomains });

  const db = openStateDb(options.stateFile);
  try {
    const history = sqliteSharingHistory(db, 'google');
    const roles = new Map<string, OwnerGroup>();
    const aliases: string[] = [];
    const exposed = new Map<string, ExposedItem>();
    const policy = sharingPolicy(profile, {
      now: () => new Date(),
      scanContent: options.scanContent,
      schoolAddresses: aliases,
    });
    let progress: ProgressReporter = silentProgress;
    let contentErrors = 0;
    const namespace = `google:${connection.rootUrl ?? 'googleapis.com'}:${options.admin}`;
    let result;
    try {
      result = await runSharingAudit(
        {
          inventory,
          history,
          cursors: sqliteCursorStore(db),
          checkpoints: sqliteCheckpointStore<AuditCheckpoint>(db),
          folderMaps: sqliteCheckpointStore<FolderMap>(db),
          policy,
          ...(options.scanContent ? { scanContent: googleContentScanner(inventory, options.maxContentBytes) } : {}),
          now: () => new Date(),
          namespace,
          concurrency: options.concurrency,
          includeUser: (user) => {
            roles.set(user.email.toLowerCase(), ownerGroup(profile, user));
            aliases.push(...user.aliases.map((a) => a.toLowerCase()));
            return true;
          },
          events: {
            scopes(scopes) {
              for (const s of scopes)
                if (s.kind === 'user' && !roles.has(s.email)) roles.set(s.email, domainGroup(profile, s.email));
            },
            scopesKnown(total, done) {
              if (options.quiet) return;
              progress = createProgress({
                label: 'audit google',
                noun: 'drives',
                totalItems: total,
                stream: io.stderr,
                isTTY: io.stderrIsTTY,
                now: io.now,
              });
              for (let i = 0; i < done; i++) progress.advance();
            },
            scopeDone: () => progress.advance(),
            scopeFailed: () => progress.advance({ failed: true }),
            contentError: () => (contentErrors += 1),
            activityUnavailable: (reason) =>
              io.stderr.write(
                `audit google: Drive activity reports could not be read (${reason}); reading every drive's changes\n`,
              ),
            exposed(item: SharedItem, finding: ExposureFinding, folders: FolderMap) {
              exposed.set(item.id, { item, finding, folders });
            },
          },
        },
        {
          full: options.full,
          fullEveryDays: options.fullEveryDays,
          fullPassKey: JSON.stringify({
            domains: profile.domains,
            sharing: profile.sharing,
            scan: options.scanContent,
          }),
        },
      );
    } finally {
      progress.finish();
    }

    const fix = options.fix
      ? await applyFixes({
          exposed,
          history,
          fixLog: sqliteFixLog(db),
          inventory,
          policy,
          connection,
          limiter,
          runId: result.runId,
          options: options.fix,
          schoolName: options.profile?.school.name ?? 'the school',
          itContact: options.profile?.contacts.it?.[0],
          outbox: `${dirname(options.stateFile)}/outbox`,
        })
      : undefined;

    const report = buildReport(history, result, roles, options, contentErrors, fix);
    await output.write(renderAudit(options.format, report));
    await output.close();
    if (output.toFile || options.format !== 'table')
      io.stderr.write(summaryLine(report, limiter.stats().requests, options.out));
    for (const f of result.failures) io.stderr.write(`audit google: could not audit ${f.scope}: ${f.error}\n`);
    return 0;
  } finally {
    db.close();
  }
}

function connect(options: AuditGoogleOptions): GoogleConnection {
  try {
    return googleConnection({
      ...(options.keyFile !== undefined ? { keyFile: options.keyFile } : {}),
      ...(options.env !== undefined ? { env: options.env } : {}),
    });
  } catch (err) {
    if (err instanceof GoogleCredentialsError) throw new InputError(err.message);
    throw err;
  }
}

/** Without --policy: the school is every domain its directory has accounts in, all counted as staff. */
async function profileFromDirectory(
  connection: GoogleConnection,
  admin: string,
  limiter: ReturnType<typeof createGoogleLimiter>,
): Promise<SharingProfile> {
  const domains = new Set([admin.split('@')[1] as string]);
  const deps = { clients: googleClients(connection), limiter, admin, schoolDomains: [] };
  let token: string | undefined;
  do {
    const page = await listDirectoryUsers(deps, token);
    for (const u of page.items) domains.add(u.email.split('@')[1]?.toLowerCase() ?? '');
    token = page.nextPageToken;
  } while (token !== undefined);
  domains.delete('');
  return {
    domains: { staff: [...domains].sort(), pupils: [], parents: [], orgUnits: { staff: [], pupils: [] } },
    sharing: { allowedExternalDomains: [], allowedPublicFolders: [], fixDomainLinks: false },
  };
}

function ownerGroup(profile: SharingProfile, user: DirectoryUser): OwnerGroup {
  const byUnit = user.orgUnitPath !== undefined ? orgUnitRole(profile, user.orgUnitPath) : undefined;
  return byUnit ?? domainGroup(profile, user.email);
}

function domainGroup(profile: SharingProfile, email: string): OwnerGroup {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (profile.domains.pupils.includes(domain)) return 'pupil';
  if (profile.domains.staff.includes(domain)) return 'staff';
  return 'other';
}

function buildReport(
  history: SharingHistory,
  result: Awaited<ReturnType<typeof runSharingAudit>>,
  roles: ReadonlyMap<string, OwnerGroup>,
  options: AuditGoogleOptions,
  contentErrors: number,
  fix: SharingReport['fix'],
): SharingReport {
  const runs = history.runs();
  const thisRun = runs.find((r) => r.id === result.runId);
  // Open until the command ends: links a --fix removed after the audit count as fixed by this run.
  const changed = thisRun
    ? classifyRun(history.all(), { ...thisRun, finishedAt: undefined })
    : { newlyFound: [], fixed: [] };
  const fresh = new Set(changed.newlyFound.map((r) => r.finding.fileId));
  const rows: SharingReportRow[] = history.open().map((r) => ({
    ...r.finding,
    // The contract: sensitive is filled only with --scan-content.
    sensitive: options.scanContent ? r.finding.sensitive : [],
    ownerGroup: r.scopeKey.startsWith('drive:') ? 'shared drive' : (roles.get(r.finding.owner) ?? 'other'),
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    isNew: fresh.has(r.finding.fileId),
    link: `https://drive.google.com/open?id=${encodeURIComponent(r.finding.fileId)}`,
  }));
  const fixedSinceLastRun = changed.fixed.map((r) => ({
    fileId: r.finding.fileId,
    name: r.finding.name,
    owner: r.finding.owner,
    fixedAt: r.fixedAt as string,
  }));
  const trend: TrendPoint[] = runs
    .filter((r) => r.finishedAt !== undefined && r.counts !== undefined)
    .map((r) => ({
      runId: r.id,
      at: r.startedAt,
      mode: r.mode,
      open: Object.values(r.counts?.open ?? {}).reduce((a, b) => a + b, 0),
    }));
  return {
    provider: 'google',
    generatedAt: formatDate(new Date(), 'd MMMM yyyy, HH:mm'),
    mode: result.mode,
    complete: result.complete,
    scopesAudited: result.scopes,
    scanContent: options.scanContent,
    rows,
    fixedSinceLastRun,
    trend,
    failures: result.failures,
    contentErrors,
    ...(fix ? { fix } : {}),
  };
}

function summaryLine(report: SharingReport, requests: number, out?: string): string {
  const critical = report.rows.filter((r) => r.risk === 'critical').length;
  const fresh = report.rows.filter((r) => r.isNew).length;
  return (
    `audit google: ${report.mode} run, ${report.scopesAudited} drives, ${report.rows.length} exposed items ` +
    `(${critical} critical, ${fresh} new), ${report.fixedSinceLastRun.length} fixed since last run, ` +
    `${report.failures.length} drives failed, ${requests} API requests` +
    (out !== undefined ? `; written to ${out}` : '') +
    '\n'
  );
}
