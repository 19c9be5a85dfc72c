/**
 * The sharing audit as a resumable job over ports: enumerate users and shared drives, then audit each
 * scope (a user's My Drive or a shared drive) in full or from its change feed, judge every item against
 * the policy, scan exposed items' content when asked, and record findings in the history.
 *
 * Resumability: the checkpoint lists the scopes and which are done. A scope is the unit of work: a run
 * killed inside one redoes that scope, and because history writes are idempotent upserts keyed by item,
 * nothing is doubled. A scope's change token is taken before its full listing and stored only after the
 * listing is recorded, so a change made during the pass is seen again next time, never missed.
 */
import type { CheckpointStore, CursorStore, TimeBudget } from './ports';
import type { AuditHistory, AuditMode, AuditPolicy, ContentScanner, FolderMap } from './sharing-audit-ports';
import { sortSensitive } from '../sharing/findings';
import type { AuditScope, DirectoryUser, SharingInventory } from '../sharing/ports';
import type { ExposureFinding, SharedItem } from '../sharing/types';

export interface AuditCheckpoint {
  readonly runId: number;
  readonly mode: AuditMode;
  readonly startedAt: string;
  /** Every scope of this run, once enumerated. */
  scopes?: AuditScope[];
  /** Keys of scopes finished (audited or failed). */
  done: string[];
  failures: Array<{ scope: string; error: string }>;
  /** Incremental runs: scope keys with Drive activity since the last run (absent: poll every scope). */
  active?: string[];
}

export interface AuditEvents {
  scopesKnown?(count: number, alreadyDone: number): void;
  itemsListed?(scope: string, count: number): void;
  scopeDone?(scope: string, outcome: { items: number; exposed: number; mode: AuditMode }): void;
  scopeFailed?(scope: string, error: string): void;
  contentError?(item: SharedItem, error: string): void;
  /** An item found exposed, with the scope's folders (what a fix needs to plan its removals). */
  exposed?(item: SharedItem, finding: ExposureFinding, folders: FolderMap): void;
  /** The activity reports could not be read, so every change feed is polled. */
  activityUnavailable?(reason: string): void;
  /** The run's scopes, once known (fresh or from the checkpoint). */
  scopes?(scopes: readonly AuditScope[]): void;
}

export interface SharingAuditDeps {
  readonly inventory: SharingInventory;
  readonly history: AuditHistory;
  /** Change tokens, and the record of the last complete full pass. */
  readonly cursors: CursorStore;
  readonly checkpoints: CheckpointStore<AuditCheckpoint>;
  readonly folderMaps: CheckpointStore<FolderMap>;
  readonly policy: AuditPolicy;
  /** Present with --scan-content. */
  readonly scanContent?: ContentScanner;
  readonly now: () => Date;
  readonly budget?: TimeBudget;
  readonly events?: AuditEvents;
  /** Which directory accounts are audited (the profile's domains and org units). */
  readonly includeUser: (user: DirectoryUser) => boolean;
  /** Keys cursors and checkpoints, so two tenants never share state. */
  readonly namespace: string;
  /** Scopes audited at once. */
  readonly concurrency?: number;
}

export interface AuditOptions {
  /** Force a full pass. */
  readonly full?: boolean;
  /**
   * What a full pass's judgements depend on (policy, content scanning): an incremental run is only
   * trusted when the last complete full pass had the same key.
   */
  readonly fullPassKey: string;
  /** A full pass older than this is repeated (days). */
  readonly fullEveryDays?: number;
  /**
   * How late activity reports can arrive (hours): an incremental run asks for activity since the last
   * run's start minus this, so a late report is still seen.
   */
  readonly activityLagHours?: number;
}

export interface AuditRunResult {
  readonly runId: number;
  readonly mode: AuditMode;
  /** false when the time budget ran out: run again to continue from the checkpoint. */
  readonly complete: boolean;
  readonly scopes: number;
  readonly failures: ReadonlyArray<{ readonly scope: string; readonly error: string }>;
}

interface FullPassRecord {
  readonly key: string;
  readonly at: string;
}

const DAY_MS = 86_400_000;
/**
 * Google lists Drive audit events as near real time but warns some come later; integrators see up to about
 * three hours (connectors/google/drive-activity.ts). A scope whose late event is missed keeps its change
 * token, so the change is still read the next time that scope is polled or at the weekly full pass.
 */
const DEFAULT_LAG_HOURS = 3;

export function scopeKey(scope: AuditScope): string {
  return scope.kind === 'user' ? `user:${scope.email.toLowerCase()}` : `drive:${scope.id}`;
}

export async function runSharingAudit(deps: SharingAuditDeps, options: AuditOptions): Promise<AuditRunResult> {
  const ns = deps.namespace;
  const fullPassCursor = `${ns}:last-full-pass`;
  let cp = await deps.checkpoints.load(ns);
  if (cp === undefined) {
    // Listing the scopes first is cheap, and tells whether the change feeds can be trusted this time.
    const { scopes, failures } = await enumerateScopes(deps);
    let mode: AuditMode = (await wantsFull(deps, fullPassCursor, options)) ? 'full' : 'incremental';
    if (mode === 'incremental' && (await changeFeedsReset(deps, scopes))) mode = 'full';
    const at = deps.now();
    cp = {
      runId: await deps.history.beginRun(mode, at),
      mode,
      startedAt: at.toISOString(),
      scopes,
      done: [],
      failures,
    };
    if (mode === 'incremental') {
      const active = await activeScopeKeys(deps, options);
      if (active !== undefined) cp.active = active;
    }
    await deps.checkpoints.save(ns, cp);
  }
  const checkpoint = cp;
  const active = checkpoint.active !== undefined ? new Set(checkpoint.active) : undefined;
  const scopes = checkpoint.scopes ?? [];
  const done = new Set(checkpoint.done);
  deps.events?.scopes?.(scopes);
  deps.events?.scopesKnown?.(scopes.length, done.size);

  const pending = scopes.filter((s) => !done.has(scopeKey(s)));
  let outOfTime = false;
  const worker = async () => {
    for (;;) {
      if (deps.budget && !deps.budget.hasTimeLeft()) {
        outOfTime = true;
        return;
      }
      const scope = pending.shift();
      if (scope === undefined) return;
      const key = scopeKey(scope);
      try {
        await auditScope(deps, checkpoint, scope, active);
      } catch (err) {
        const error = errorText(err);
        checkpoint.failures.push({ scope: key, error });
        deps.events?.scopeFailed?.(key, error);
      }
      checkpoint.done.push(key);
      await deps.checkpoints.save(ns, checkpoint);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));

  const complete = !outOfTime && checkpoint.done.length >= scopes.length;
  if (complete) {
    const at = deps.now();
    await deps.history.finishRun(checkpoint.runId, at);
    if (checkpoint.mode === 'full') {
      const record: FullPassRecord = { key: options.fullPassKey, at: checkpoint.startedAt };
      await deps.cursors.set(fullPassCursor, JSON.stringify(record));
    }
    await deps.cursors.set(`${ns}:last-run`, checkpoint.startedAt);
    await deps.checkpoints.clear(ns);
  }
  return {
    runId: checkpoint.runId,
    mode: checkpoint.mode,
    complete,
    scopes: scopes.length,
    failures: checkpoint.failures,
  };
}

async function wantsFull(deps: SharingAuditDeps, cursor: string, options: AuditOptions): Promise<boolean> {
  if (options.full) return true;
  const raw = await deps.cursors.get(cursor);
  if (raw === undefined) return true;
  let record: FullPassRecord;
  try {
    record = JSON.parse(raw) as FullPassRecord;
  } catch {
    return true;
  }
  if (record.key !== options.fullPassKey) return true;
  const every = options.fullEveryDays;
  return every !== undefined && deps.now().getTime() - Date.parse(record.at) >= every * DAY_MS;
}

/**
 * Scope keys with Drive activity since the last complete run (less the reports' lag). Undefined when the
 * cloud cannot say, or there was no earlier run: then every scope's change feed is polled.
 */
async function activeScopeKeys(deps: SharingAuditDeps, options: AuditOptions): Promise<string[] | undefined> {
  const last = await deps.cursors.get(`${deps.namespace}:last-run`);
  if (deps.inventory.activeScopes === undefined || last === undefined || Number.isNaN(Date.parse(last)))
    return undefined;
  const since = new Date(Date.parse(last) - (options.activityLagHours ?? DEFAULT_LAG_HOURS) * 3_600_000);
  let found;
  try {
    found = await deps.inventory.activeScopes(since.toISOString(), { contentMatters: deps.scanContent !== undefined });
  } catch (err) {
    // Reports unavailable (not granted, older than they keep, an outage): read every change feed instead.
    deps.events?.activityUnavailable?.(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    return undefined;
  }
  return [
    ...[...found.users].map((email) => scopeKey({ kind: 'user', email })),
    ...[...found.drives].map((id) => scopeKey({ kind: 'drive', id, name: '' })),
  ];
}

/**
 * Drive's change tokens only grow. A current token below the one stored means the change feeds are not
 * the ones the tokens came from (the tenant was restored or replaced, or the state file was copied from
 * another school): the stored tokens would miss changes, so the run is a full pass. One request.
 */
async function changeFeedsReset(deps: SharingAuditDeps, scopes: readonly AuditScope[]): Promise<boolean> {
  for (const scope of scopes.slice(0, 20)) {
    const stored = await deps.cursors.get(`${deps.namespace}:changes:${scopeKey(scope)}`);
    if (stored === undefined) continue;
    if (!/^\d+$/.test(stored)) return false;
    let current: string;
    try {
      current = await deps.inventory.startChangeToken(scope);
    } catch {
      return false;
    }
    return /^\d+$/.test(current) && BigInt(current) < BigInt(stored);
  }
  return false;
}

/** Users, then shared drives. Shared drives that cannot be listed are a failure of the run, not its end. */
async function enumerateScopes(
  deps: SharingAuditDeps,
): Promise<{ scopes: AuditScope[]; failures: Array<{ scope: string; error: string }> }> {
  const scopes: AuditScope[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await deps.inventory.listUsers(token);
    for (const user of page.items) {
      const email = user.email.toLowerCase();
      if (!deps.includeUser(user) || seen.has(email)) continue;
      seen.add(email);
      scopes.push({ kind: 'user', email });
    }
    token = page.nextPageToken;
  } while (token !== undefined);
  token = undefined;
  const drives: AuditScope[] = [];
  try {
    do {
      const page = await deps.inventory.listSharedDrives(token);
      for (const d of page.items) drives.push({ kind: 'drive', id: d.id, name: d.name });
      token = page.nextPageToken;
    } while (token !== undefined);
  } catch (err) {
    const error = errorText(err);
    deps.events?.scopeFailed?.('shared drives', error);
    return { scopes, failures: [{ scope: 'shared drives', error }] };
  }
  return { scopes: [...scopes, ...drives], failures: [] };
}

async function auditScope(
  deps: SharingAuditDeps,
  cp: AuditCheckpoint,
  scope: AuditScope,
  active: ReadonlySet<string> | undefined,
): Promise<void> {
  const key = scopeKey(scope);
  const cursorKey = `${deps.namespace}:changes:${key}`;
  const token = cp.mode === 'incremental' ? await deps.cursors.get(cursorKey) : undefined;
  // No activity reported: its change token is kept, so anything a late report missed is read next time.
  if (token !== undefined && active !== undefined && !active.has(key)) {
    deps.events?.scopeDone?.(key, { items: 0, exposed: 0, mode: 'incremental' });
    return;
  }
  if (token === undefined) {
    await fullScope(deps, cp, scope, key, cursorKey);
    return;
  }
  let refolder: boolean;
  try {
    refolder = await incrementalScope(deps, cp, scope, key, cursorKey, token);
  } catch {
    // A token the feed no longer accepts (or a feed that fails): a full listing of the scope still works.
    refolder = true;
  }
  // A folder's grants changed: what its items inherit changed too, and a change feed need not list every
  // item below it. Re-listing the scope is the one way to be sure.
  if (refolder) await fullScope(deps, cp, scope, key, cursorKey);
}

async function fullScope(
  deps: SharingAuditDeps,
  cp: AuditCheckpoint,
  scope: AuditScope,
  key: string,
  cursorKey: string,
): Promise<void> {
  // Without a token (the change feed failed) the listing is still complete; the next run lists again.
  let startToken: string | undefined;
  try {
    startToken = await deps.inventory.startChangeToken(scope);
  } catch {
    startToken = undefined;
  }
  const items: SharedItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = await deps.inventory.listItems(scope, pageToken);
    items.push(...page.items);
    deps.events?.itemsListed?.(key, page.items.length);
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);

  const folders: FolderMap = {};
  for (const item of items) if (item.isFolder && !item.trashed) folders[item.id] = folderEntry(item);
  let exposed = 0;
  for (const item of items) if (await judgeItem(deps, cp, scope, key, item, folders)) exposed += 1;
  await deps.folderMaps.save(`${deps.namespace}:${key}`, folders);
  await deps.history.completeScope(cp.runId, key, deps.now());
  if (startToken !== undefined) await deps.cursors.set(cursorKey, startToken);
  else await deps.cursors.delete(cursorKey);
  deps.events?.scopeDone?.(key, { items: items.length, exposed, mode: 'full' });
}

/** Returns true when a folder's grants changed, so the scope must be listed again. */
async function incrementalScope(
  deps: SharingAuditDeps,
  cp: AuditCheckpoint,
  scope: AuditScope,
  key: string,
  cursorKey: string,
  token: string,
): Promise<boolean> {
  const mapKey = `${deps.namespace}:${key}`;
  const folders: FolderMap = { ...((await deps.folderMaps.load(mapKey)) ?? {}) };
  let pageToken: string | undefined = token;
  let newStart: string | undefined;
  let items = 0;
  let exposed = 0;
  let folderGrantsChanged = false;
  while (pageToken !== undefined) {
    const page = await deps.inventory.listChanges(scope, pageToken);
    // Folders first, so an item moved into a new folder in the same page finds its path.
    const ordered = [...page.items].sort(
      (a, b) => Number(b.item?.isFolder ?? false) - Number(a.item?.isFolder ?? false),
    );
    for (const change of ordered) {
      items += 1;
      const item = change.item;
      if (change.removed || item === undefined || item.trashed) {
        if (folders[change.itemId] !== undefined) {
          delete folders[change.itemId];
          folderGrantsChanged = true;
        }
        await deps.history.resolve(change.itemId, deps.now(), key);
        continue;
      }
      if (item.isFolder) {
        const entry = folderEntry(item);
        const before = folders[item.id];
        if (before !== undefined && (before.grants !== entry.grants || before.parents.join() !== entry.parents.join()))
          folderGrantsChanged = true;
        folders[item.id] = entry;
      }
      if (await judgeItem(deps, cp, scope, key, item, folders)) exposed += 1;
    }
    deps.events?.itemsListed?.(key, page.items.length);
    pageToken = page.nextPageToken;
    if (page.newStartPageToken !== undefined) newStart = page.newStartPageToken;
  }
  if (folderGrantsChanged) return true;
  await deps.folderMaps.save(mapKey, folders);
  if (newStart !== undefined) await deps.cursors.set(cursorKey, newStart);
  deps.events?.scopeDone?.(key, { items, exposed, mode: 'incremental' });
  return false;
}

function folderEntry(item: SharedItem): FolderMap[string] {
  const grants = item.grants
    .map((g) =>
      [g.id, g.kind, g.role, g.emailAddress ?? '', g.domain ?? '', g.discoverable ?? '', g.expiresAt ?? ''].join('|'),
    )
    .sort()
    .join(';');
  return { name: item.name, parents: [...item.parents], grants };
}

/** Records the item's finding (or its absence); true when it is exposed. */
async function judgeItem(
  deps: SharingAuditDeps,
  cp: AuditCheckpoint,
  scope: AuditScope,
  key: string,
  item: SharedItem,
  folders: FolderMap,
): Promise<boolean> {
  const at = deps.now();
  if (item.trashed) {
    await deps.history.resolve(item.id, at, key);
    return false;
  }
  const { exposures } = deps.policy.judge(item, folders);
  if (exposures.length === 0) {
    await deps.history.resolve(item.id, at, key);
    return false;
  }
  const scanning = deps.scanContent !== undefined && !item.isFolder;
  const version = `${item.modifiedTime ?? ''}:${item.size ?? ''}`;
  let signature = `${scanning ? 's' : 'u'}:${version}`;
  let sensitive: readonly ExposureFinding['sensitive'][number][] = [];
  let scanned = false;
  if (scanning && deps.scanContent) {
    scanned = true;
    const cached = await deps.history.cachedSensitive(item.id, signature);
    if (cached !== undefined) sensitive = cached;
    else {
      const result = await deps.scanContent(item);
      if ('error' in result) {
        // Not cached: the next run tries the content again.
        signature = `e:${version}`;
        scanned = false;
        deps.events?.contentError?.(item, result.error);
      } else sensitive = sortSensitive(result.types);
    }
  }
  const finding: ExposureFinding = {
    provider: item.provider,
    fileId: item.id,
    name: item.name,
    owner: (item.owner || (scope.kind === 'user' ? scope.email : '')).toLowerCase(),
    exposure: exposures,
    sensitive,
    risk: deps.policy.risk(exposures, sensitive, scanned),
  };
  await deps.history.upsert(cp.runId, finding, key, signature, at, scanned);
  deps.events?.exposed?.(item, finding, folders);
  return true;
}

function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').slice(0, 300);
}
