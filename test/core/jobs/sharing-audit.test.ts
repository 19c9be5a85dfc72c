/**
 * The audit job's own decisions, over an in-memory cloud (the SharingInventory port) and the real SQLite
 * history: when a run is full or incremental, which scopes an incremental run reads, what a time budget
 * leaves for the next run.
 */
import { memoryCheckpointStore } from '../../../connectors/state/checkpoint-store';
import { memoryCursorStore } from '../../../connectors/state/cursor-store';
import { openStateDb } from '../../../connectors/state/database';
import { sqliteSharingHistory } from '../../../connectors/state/sharing-history';
import { runSharingAudit, type AuditCheckpoint } from '../../../core/jobs/sharing-audit';
import type { FolderMap } from '../../../core/jobs/sharing-audit-ports';
import { sharingPolicy } from '../../../core/sharing/policy';
import type { AuditScope, ItemChange, SharingInventory } from '../../../core/sharing/ports';
import type { SharedItem } from '../../../core/sharing/types';

const PROFILE = {
  domains: { staff: ['school.sch.uk'], pupils: [], parents: [], orgUnits: { staff: [], pupils: [] } },
  sharing: { allowedExternalDomains: [], allowedPublicFolders: [], fixDomainLinks: false },
};

function file(id: string, owner: string, link: boolean): SharedItem {
  return {
    provider: 'google',
    id,
    name: id,
    mimeType: 'text/plain',
    isFolder: false,
    owner,
    parents: [],
    trashed: false,
    grants: link ? [{ id: 'anyoneWithLink', kind: 'anyone', role: 'reader', discoverable: false }] : [],
  };
}

/** A tiny cloud: users' files, a change log per user, activity reports, and a count of calls. */
class Cloud implements SharingInventory {
  files = new Map<string, SharedItem>();
  log: { user: string; change: ItemChange }[] = [];
  calls: string[] = [];
  reportsActivity = true;
  constructor(readonly users: string[]) {}
  change(item: SharedItem) {
    this.files.set(item.id, item);
    this.log.push({ user: item.owner, change: { itemId: item.id, removed: false, item } });
  }
  async listUsers() {
    this.calls.push('users');
    return { items: this.users.map((email) => ({ email, aliases: [] })) };
  }
  async listSharedDrives() {
    this.calls.push('drives');
    return { items: [] };
  }
  async listItems(scope: AuditScope) {
    this.calls.push(`list:${scope.kind === 'user' ? scope.email : scope.id}`);
    return { items: [...this.files.values()].filter((f) => scope.kind === 'user' && f.owner === scope.email) };
  }
  async startChangeToken() {
    return String(this.log.length);
  }
  async listChanges(scope: AuditScope, token: string) {
    const email = scope.kind === 'user' ? scope.email : '';
    this.calls.push(`changes:${email}`);
    const items = this.log
      .slice(Number(token))
      .filter((c) => c.user === email)
      .map((c) => c.change);
    return { items, newStartPageToken: String(this.log.length) };
  }
  activeScopes = async () => {
    this.calls.push('activity');
    return { users: new Set(this.log.map((c) => c.user)), drives: new Set<string>() };
  };
  async fetchContent() {
    return { skipped: 'not needed' };
  }
  async removeGrant() {}
  async restoreGrant() {}
}

function setup(initial: Cloud) {
  let cloud = initial;
  const db = openStateDb(':memory:');
  const history = sqliteSharingHistory(db, 'google');
  const cursors = memoryCursorStore();
  const checkpoints = memoryCheckpointStore<AuditCheckpoint>();
  const folderMaps = memoryCheckpointStore<FolderMap>();
  let now = new Date('2026-11-02T01:00:00Z');
  const run = (options: { full?: boolean; budget?: number } = {}) => {
    let units = options.budget ?? Infinity;
    return runSharingAudit(
      {
        inventory: cloud,
        history,
        cursors,
        checkpoints,
        folderMaps,
        policy: sharingPolicy(PROFILE, { now: () => now, scanContent: false }),
        now: () => now,
        namespace: 't',
        includeUser: () => true,
        concurrency: 1,
        ...(options.budget !== undefined ? { budget: { hasTimeLeft: () => units-- > 0 } } : {}),
      },
      { fullPassKey: 'k', full: options.full, fullEveryDays: 7 },
    );
  };
  return {
    run,
    /** The same state file against another cloud (a tenant replaced behind the same address). */
    swap: (next: Cloud) => (cloud = next),
    open: () =>
      history
        .open()
        .map((r) => r.finding.fileId)
        .sort(),
    advance: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)),
  };
}

const USERS = ['a@school.sch.uk', 'b@school.sch.uk', 'c@school.sch.uk'];

it('the first run is full; the next reads only the change feeds of drives with activity', async () => {
  const cloud = new Cloud(USERS);
  cloud.files.set('x', file('x', 'a@school.sch.uk', true));
  cloud.files.set('y', file('y', 'b@school.sch.uk', false));
  const s = setup(cloud);
  expect((await s.run()).mode).toBe('full');
  expect(s.open()).toEqual(['x']);

  cloud.calls = [];
  cloud.change(file('y', 'b@school.sch.uk', true));
  const second = await s.run();
  expect(second.mode).toBe('incremental');
  expect(cloud.calls.filter((c) => c.startsWith('changes:'))).toEqual(['changes:b@school.sch.uk']);
  expect(s.open()).toEqual(['x', 'y']);
});

it('without activity reports every change feed is read, and nothing is missed', async () => {
  const cloud = new Cloud(USERS);
  const s = setup(cloud);
  await s.run();
  (cloud as { activeScopes?: unknown }).activeScopes = undefined;
  cloud.calls = [];
  cloud.change(file('z', 'c@school.sch.uk', true));
  await s.run();
  expect(cloud.calls.filter((c) => c.startsWith('changes:'))).toHaveLength(3);
  expect(s.open()).toEqual(['z']);
});

it('a full pass comes round again after a week, or with --full', async () => {
  const cloud = new Cloud(USERS);
  const s = setup(cloud);
  await s.run();
  expect((await s.run()).mode).toBe('incremental');
  expect((await s.run({ full: true })).mode).toBe('full');
  s.advance(8);
  expect((await s.run()).mode).toBe('full');
});

it('a run out of time stops between drives and the next run carries on from its checkpoint', async () => {
  const cloud = new Cloud(USERS);
  for (const [i, u] of USERS.entries()) cloud.files.set(`f${i}`, file(`f${i}`, u, true));
  const s = setup(cloud);
  const first = await s.run({ budget: 1 });
  expect(first.complete).toBe(false);
  cloud.calls = [];
  const second = await s.run();
  expect(second.complete).toBe(true);
  expect(second.runId).toBe(first.runId);
  expect(cloud.calls.filter((c) => c.startsWith('list:'))).toHaveLength(2);
  expect(s.open()).toEqual(['f0', 'f1', 'f2']);
});

it('a file whose link is removed is closed as fixed; a trashed one too', async () => {
  const cloud = new Cloud(USERS);
  cloud.files.set('x', file('x', 'a@school.sch.uk', true));
  cloud.files.set('w', file('w', 'a@school.sch.uk', true));
  const s = setup(cloud);
  await s.run();
  cloud.change(file('x', 'a@school.sch.uk', false));
  cloud.change({ ...file('w', 'a@school.sch.uk', true), trashed: true });
  await s.run();
  expect(s.open()).toEqual([]);
});

it("another user losing access to a file does not close the owner's finding", async () => {
  const cloud = new Cloud(USERS);
  cloud.files.set('x', file('x', 'a@school.sch.uk', true));
  const s = setup(cloud);
  await s.run();
  // b's feed reports x as removed (b could see it through the link and no longer can).
  cloud.log.push({ user: 'b@school.sch.uk', change: { itemId: 'x', removed: true } });
  await s.run();
  expect(s.open()).toEqual(['x']);
  // The owner's feed reporting it removed (deleted) does close it.
  cloud.log.push({ user: 'a@school.sch.uk', change: { itemId: 'x', removed: true } });
  await s.run();
  expect(s.open()).toEqual([]);
});

it('change feeds that went back (a replaced tenant) make the next run a full pass', async () => {
  const first = new Cloud(USERS);
  for (let i = 0; i < 5; i++) first.change(file(`old${i}`, 'a@school.sch.uk', true));
  const s = setup(first);
  await s.run();
  expect(s.open()).toHaveLength(5);
  const second = new Cloud(USERS);
  second.files.set('new', file('new', 'b@school.sch.uk', true));
  s.swap(second);
  const r = await s.run();
  expect(r.mode).toBe('full');
  expect(s.open()).toEqual(['new']);
});

it('a change feed that refuses its token is read in full instead', async () => {
  const cloud = new Cloud(USERS);
  const s = setup(cloud);
  await s.run();
  cloud.files.set('late', file('late', 'c@school.sch.uk', true));
  cloud.log.push({ user: 'c@school.sch.uk', change: { itemId: 'late', removed: false } });
  cloud.listChanges = async () => {
    throw new Error('HTTP 400 invalid page token');
  };
  const r = await s.run();
  expect(r.mode).toBe('incremental');
  expect(r.failures).toEqual([]);
  expect(s.open()).toEqual(['late']);
});

it('a scope whose change feed cannot be read is still listed in full, and listed again next time', async () => {
  const cloud = new Cloud(USERS);
  cloud.files.set('x', file('x', 'a@school.sch.uk', true));
  cloud.startChangeToken = async () => {
    throw new Error('HTTP 404 changes not available');
  };
  const s = setup(cloud);
  const first = await s.run();
  expect(first.failures).toEqual([]);
  expect(s.open()).toEqual(['x']);
  cloud.calls = [];
  await s.run();
  expect(cloud.calls.filter((c) => c.startsWith('list:'))).toHaveLength(3);
});

it('shared drives that cannot be listed are reported, and every user is still audited', async () => {
  const cloud = new Cloud(USERS);
  cloud.files.set('x', file('x', 'a@school.sch.uk', true));
  cloud.listSharedDrives = async () => {
    throw new Error('HTTP 403 insufficientPermissions');
  };
  const s = setup(cloud);
  const r = await s.run();
  expect(r.complete).toBe(true);
  expect(r.failures).toEqual([{ scope: 'shared drives', error: 'HTTP 403 insufficientPermissions' }]);
  expect(s.open()).toEqual(['x']);
});
