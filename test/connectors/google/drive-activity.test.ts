import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createGoogleLimiter,
  DriveActivityRangeError,
  driveActivityScopes,
  googleConnection,
} from '../../../connectors/google';
import { reportsClient } from '../../../connectors/google/drive-activity';
import type { AuditScope, SharingInventory } from '../../../core/sharing/ports';
import { ADMIN, allScopes, startHarness, type Harness } from './harness';

const STAFF = 'oakfield.sch.uk';
const JSMITH = `j.smith@${STAFF}`;
const AKHAN = `a.khan@${STAFF}`;
const OFFICE = `office@${STAFF}`;
const DAY = 24 * 60 * 60_000;

const scopeKey = (s: AuditScope) => (s.kind === 'user' ? `user:${s.email}` : `drive:${s.id}`);

/** Scopes whose change feed has anything after its token. */
async function scopesWithChanges(inventory: SharingInventory, tokens: Map<string, string>, scopes: AuditScope[]) {
  const out = new Set<string>();
  for (const scope of scopes) {
    let pageToken: string | undefined = tokens.get(scopeKey(scope));
    while (pageToken !== undefined) {
      const page = await inventory.listChanges(scope, pageToken);
      if (page.items.length > 0) out.add(scopeKey(scope));
      pageToken = page.nextPageToken;
    }
  }
  return out;
}

const reportRequests = (h: Harness) => h.emu.log.find('GET', '/admin/reports/');

describe('Drive activity scopes (Reports API)', () => {
  let h: Harness;
  let since: string;
  /** The tenant's clock: an hour ago, moved on a minute by each tick. */
  let clock: number;
  const tick = (): string => new Date((clock += 60_000)).toISOString();
  beforeEach(async () => {
    h = await startHarness();
    clock = Date.now() - 60 * 60_000;
    h.emu.tenant.clock = () => new Date(clock);
    since = tick();
    tick();
  });
  afterEach(async () => {
    await h.emu.close();
  });

  it('names owners and shared drives with activity since the time, and no one else', async () => {
    const activeScopes = h.inventory.activeScopes?.bind(h.inventory);
    if (!activeScopes) throw new Error('the Google inventory should offer activeScopes');
    expect(await activeScopes(since)).toEqual({ users: new Set(), drives: new Set() });

    h.emu.tenant.updateFile('f-private-lesson', { content: 'Decimals.' });
    h.emu.tenant.addPermission('f-private-register', { type: 'anyone', role: 'reader' });
    h.emu.tenant.rename('sd-staffroom-rota', 'Rota 2026');
    // A file a.khan owns inside j.smith's folder: the folder's sharing change reaches her scope too.
    h.emu.tenant.addFile({
      id: 'f-khan-in-trip',
      name: 'Risk assessment',
      mimeType: 'text/plain',
      owner: 'A.Khan@oakfield.sch.uk',
      parents: ['f-trip-folder'],
    });
    const later = tick();
    tick();
    h.emu.tenant.removePermission('f-trip-folder', 'anyoneWithLink');

    expect(await activeScopes(since)).toEqual({ users: new Set([JSMITH, AKHAN]), drives: new Set(['sd-staffroom']) });
    // Only what happened after `later`: the folder change and what it reached.
    expect(await activeScopes(later)).toEqual({ users: new Set([JSMITH, AKHAN]), drives: new Set() });
  });

  it('without a content scan, edits and renames of files make no scope active; sharing changes do', async () => {
    const activeScopes = h.inventory.activeScopes?.bind(h.inventory);
    if (!activeScopes) throw new Error('the Google inventory should offer activeScopes');
    h.emu.tenant.updateFile('f-private-lesson', { content: 'Decimals.' });
    h.emu.tenant.rename('sd-staffroom-rota', 'Rota 2026');
    expect(await activeScopes(since, { contentMatters: false })).toEqual({ users: new Set(), drives: new Set() });
    h.emu.tenant.addPermission('f-private-register', { type: 'anyone', role: 'reader' });
    const found = await activeScopes(since, { contentMatters: false });
    expect(found.users.size).toBe(1);
    expect(found.drives).toEqual(new Set());
  });

  it('covers every scope whose change feed moved, after changes of every kind', async () => {
    const scopes = await allScopes(h.inventory);
    const tokens = new Map<string, string>();
    for (const scope of scopes) tokens.set(scopeKey(scope), await h.inventory.startChangeToken(scope));

    const t = h.emu.tenant;
    t.addFile({ id: 'f-new', name: 'New.txt', mimeType: 'text/plain', owner: OFFICE, content: 'x' });
    t.trash('f-lookalike');
    t.moveFile('f-private-lesson', ['f-trip-folder']);
    t.addPermission('sd-pastoral', { type: 'user', role: 'reader', emailAddress: 'visitor@gmail.com' });
    t.deleteFile('f-pupil-to-teacher');
    t.addPermission('f-staff-handbook', { type: 'user', role: 'writer', emailAddress: 'governor@gmail.com' });

    const moved = await scopesWithChanges(h.inventory, tokens, scopes);
    const active = await h.inventory.activeScopes?.(since);
    const named = new Set([...(active?.users ?? [])].map((u) => `user:${u}`));
    for (const d of active?.drives ?? []) named.add(`drive:${d}`);
    expect(moved.size).toBeGreaterThanOrEqual(5);
    for (const key of moved) expect(named).toContain(key);
    // And not every scope: the point is to poll fewer feeds.
    expect(named.size).toBeLessThan(scopes.length);
  });

  it('pages through the report with the limiter, retrying a refusal', async () => {
    for (const id of [
      'f-private-lesson',
      'f-private-register',
      'f-newsletter',
      'f-staff-handbook',
      'f-partner-share',
    ]) {
      h.emu.tenant.updateFile(id, { content: `new ${id}` });
    }
    h.emu.faults.add({ path: '/admin/reports/v1/activity/users/all/applications/drive', status: 429, times: 1 });
    const connection = googleConnection({
      env: { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: h.emu.rootUrl },
    });
    const scopes = await driveActivityScopes(
      { reports: reportsClient(connection, ADMIN), limiter: h.limiter, admin: ADMIN, pageSize: 2 },
      since,
    );
    expect(scopes.users).toEqual(new Set([JSMITH, AKHAN, OFFICE, `head@${STAFF}`]));
    const requests = reportRequests(h);
    // The refused first page, then three pages of two.
    expect(requests.map((r) => r.status)).toEqual([429, 200, 200, 200]);
    expect(new URLSearchParams(requests[1]?.query).get('maxResults')).toBe('2');
    expect(h.retries).toHaveLength(1);
  });

  it('refuses a time Google no longer covers, and a time that is not one', async () => {
    const old = new Date(Date.now() - 200 * DAY).toISOString();
    await expect(h.inventory.activeScopes?.(old)).rejects.toBeInstanceOf(DriveActivityRangeError);
    await expect(h.inventory.activeScopes?.('last Tuesday')).rejects.toThrow(/not a time/);
    expect(reportRequests(h)).toHaveLength(0);
    // A time ahead of Google's clock has nothing after it: asked from a little before now, not refused.
    h.emu.tenant.clock = () => new Date();
    const future = new Date(Date.now() + DAY).toISOString();
    expect(await h.inventory.activeScopes?.(future)).toEqual({ users: new Set(), drives: new Set() });
  });

  it('answers the admin-only refusal as an error naming the call', async () => {
    const connection = googleConnection({
      env: { SOS_ACCESS_TOKEN: `test:${JSMITH}`, SOS_GOOGLE_API_ROOT: h.emu.rootUrl },
    });
    await expect(
      driveActivityScopes({ reports: reportsClient(connection, JSMITH), limiter: h.limiter, admin: JSMITH }, since),
    ).rejects.toThrow(/reports\.activities\.list as j\.smith@oakfield\.sch\.uk: .*403/);
  });
});

describe('reading Google’s Drive events', () => {
  let server: Server;
  let root: string;
  const skipped: string[] = [];

  beforeAll(async () => {
    // Events the emulator does not make (views, ownership transfers, missing owners), as Google sends them.
    const body = {
      items: [
        {
          actor: { email: 'P.Jones@pupils.oakfield.sch.uk' },
          events: [{ name: 'view', parameters: [{ name: 'owner', value: JSMITH }] }],
        },
        { actor: { email: AKHAN }, events: [{ name: 'download', parameters: [{ name: 'owner', value: OFFICE }] }] },
        {
          actor: { email: JSMITH },
          events: [
            {
              name: 'change_owner',
              parameters: [
                { name: 'owner', value: JSMITH },
                { name: 'new_value', multiValue: ['Head@oakfield.sch.uk'] },
              ],
            },
          ],
        },
        {
          actor: { email: 'tutor.jane@gmail.com' },
          events: [{ name: 'edit', parameters: [{ name: 'owner', value: AKHAN }] }],
        },
        { actor: { email: OFFICE }, events: [{ name: 'some_new_event' }] },
        {
          actor: { email: JSMITH },
          events: [
            {
              name: 'edit',
              parameters: [
                { name: 'owner', value: 'Pastoral Team' },
                { name: 'owner_is_shared_drive', boolValue: true },
                { name: 'shared_drive_id', value: 'sd-pastoral' },
              ],
            },
          ],
        },
        { events: [{ name: 'edit' }] },
        { actor: 'not an object' },
      ],
    };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('skips read-only events, follows owners and transfers, and reports what it cannot place', async () => {
    const connection = googleConnection({ env: { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: root } });
    const scopes = await driveActivityScopes(
      {
        reports: reportsClient(connection, ADMIN),
        limiter: createGoogleLimiter({ baseDelayMs: 1 }),
        admin: ADMIN,
        onSkipped: (_what, reason) => skipped.push(reason),
      },
      new Date(Date.now() - DAY).toISOString(),
    );
    expect(scopes).toEqual({
      users: new Set([JSMITH, `head@${STAFF}`, AKHAN, OFFICE]),
      drives: new Set(['sd-pastoral']),
    });
    expect(skipped).toEqual([
      expect.stringMatching(/event edit names neither owner nor actor/),
      expect.stringMatching(/unreadable activity/),
    ]);
  });
});
