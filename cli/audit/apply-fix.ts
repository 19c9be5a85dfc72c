/**
 * `--fix`: plan the link removals from what this (full) run saw exposed; with --yes remove them one by
 * one, log each with the grant as it was (so `undo` can put it back), close the findings they fixed and
 * email each owner once. A dry run and a real run over the same drives plan exactly the same removals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoogleConnection, GoogleLimiter } from '../../connectors/google';
import type { FixLog } from '../../connectors/state/fix-log';
import type { SharingHistory } from '../../connectors/state/sharing-history';
import type { FolderMap } from '../../core/jobs/sharing-audit-ports';
import type { FixRow, SharingReport } from '../../core/report/sharing-report';
import { planFixes, type GrantRemoval } from '../../core/sharing/fix-plan';
import { ownerNotices, type OwnerNotice } from '../../core/sharing/owner-notice';
import type { SharingPolicy } from '../../core/sharing/policy';
import { scopeOf } from '../../core/sharing/item-scope';
import type { SharingInventory } from '../../core/sharing/ports';
import type { ExposureFinding, RiskLevel, SharedItem, SharingGrant } from '../../core/sharing/types';
import { sendGmail } from './send-gmail';

export interface ExposedItem {
  readonly item: SharedItem;
  readonly finding: ExposureFinding;
  readonly folders: FolderMap;
}

export interface FixArgs {
  readonly exposed: ReadonlyMap<string, ExposedItem>;
  readonly history: SharingHistory;
  readonly fixLog: FixLog;
  readonly inventory: SharingInventory;
  readonly policy: SharingPolicy;
  readonly connection: GoogleConnection;
  readonly limiter: GoogleLimiter;
  readonly runId: number;
  readonly options: {
    readonly apply: boolean;
    readonly minRisk: RiskLevel;
    readonly domainLinks: boolean;
    readonly notifyFrom?: string;
  };
  readonly schoolName: string;
  readonly itContact?: string;
  /** Notices that could not be sent are written here as .eml files for IT to forward. */
  readonly outbox: string;
}

export function describeGrant(grant: SharingGrant): string {
  const who =
    grant.kind === 'anyone'
      ? grant.discoverable
        ? 'public on the web'
        : 'anyone with the link'
      : grant.kind === 'domain'
        ? `anyone at ${grant.domain ?? 'the school'} with the link`
        : (grant.emailAddress ?? grant.kind);
  return `${who} (${grant.role})`;
}

export async function applyFixes(args: FixArgs): Promise<NonNullable<SharingReport['fix']>> {
  const candidates = [...args.exposed.values()].map(({ item, finding, folders }) => {
    const judgement = args.policy.judge(item, folders);
    return { item, finding, causes: judgement.causes, allowedPublic: judgement.allowedPublic };
  });
  const plan = planFixes(candidates, { minRisk: args.options.minRisk, fixDomainLinks: args.options.domainLinks });
  const rows: FixRow[] = [];
  const done: GrantRemoval[] = [];
  for (const removal of plan.removals) {
    const row = {
      fileId: removal.item.id,
      name: removal.item.name,
      owner: removal.item.owner,
      risk: removal.risk,
      removed: describeGrant(removal.grant),
    };
    if (!args.options.apply) {
      rows.push({ ...row, outcome: 'planned' });
      continue;
    }
    const scope = scopeOf(removal.item);
    try {
      // One at a time: Drive applies only the last of concurrent permission changes on a file.
      await args.inventory.removeGrant(scope, removal.item, removal.grant);
      args.fixLog.record({
        runId: args.runId,
        provider: removal.item.provider,
        scope,
        itemId: removal.item.id,
        name: removal.item.name,
        owner: removal.item.owner,
        grant: removal.grant,
        removedAt: new Date(),
      });
      done.push(removal);
      rows.push({ ...row, outcome: 'removed' });
    } catch (err) {
      rows.push({ ...row, outcome: 'failed', error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
    }
  }
  if (args.options.apply) closeFixed(args, done);
  const ownersNotified =
    args.options.apply && args.options.notifyFrom !== undefined && done.length > 0
      ? await notifyOwners(args, done, args.options.notifyFrom)
      : 0;
  return {
    dryRun: !args.options.apply,
    minRisk: args.options.minRisk,
    rows,
    notFixable: plan.notFixable.map((n) => ({ fileId: n.itemId, name: n.itemName, reason: n.reason })),
    ownersNotified,
  };
}

/** Items left with no exposure once their removed grants are gone are closed as fixed now. */
function closeFixed(args: FixArgs, done: readonly GrantRemoval[]): void {
  const removedByItem = new Map<string, Set<string>>();
  for (const removal of done)
    for (const id of [removal.item.id, ...removal.fixes]) {
      const set = removedByItem.get(id) ?? new Set<string>();
      set.add(removal.grant.id);
      removedByItem.set(id, set);
    }
  const at = new Date();
  for (const [itemId, grantIds] of removedByItem) {
    const exposed = args.exposed.get(itemId);
    if (!exposed) continue;
    const remaining = { ...exposed.item, grants: exposed.item.grants.filter((g) => !grantIds.has(g.id)) };
    if (args.policy.judge(remaining, exposed.folders).exposures.length === 0) args.history.resolve(itemId, at);
  }
}

async function notifyOwners(args: FixArgs, done: readonly GrantRemoval[], from: string): Promise<number> {
  const notices = ownerNotices(done, {
    schoolName: args.schoolName,
    ...(args.itContact ? { itContact: args.itContact } : {}),
  });
  let sent = 0;
  for (const notice of notices) {
    try {
      await sendGmail(args.connection, args.limiter, from, notice);
      sent += 1;
    } catch {
      writeOutbox(args.outbox, from, notice);
    }
  }
  return sent;
}

function writeOutbox(dir: string, from: string, notice: OwnerNotice): void {
  mkdirSync(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${notice.to.join('_').replace(/[^a-z0-9@._-]/gi, '_')}.eml`;
  writeFileSync(
    join(dir, name),
    [
      `From: ${from}`,
      `To: ${notice.to.join(', ')}`,
      `Subject: ${notice.subject}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      notice.text,
      '',
    ].join('\r\n'),
  );
}
