import type { FolderMap } from '../../../core/jobs/sharing-audit-ports';
import { parseProfile } from '../../../core/policy';
import { sharingPolicy } from '../../../core/sharing';
import type { ExposureId, SharedItem } from '../../../core/sharing/types';
import { smallSchoolExpectedFindings, smallSchoolFixture, smallSchoolProfile } from '../../emulators/google';
import { ADMIN, allScopes, fullInventory, inventoryFor, listAll, startHarness, type Harness } from './harness';

/** The audit's own judge (core/sharing/policy.ts) under the small school's profile, over one listing. */
function judge(items: readonly SharedItem[]): Array<{ fileId: string; exposure: readonly ExposureId[] }> {
  const parsed = parseProfile(smallSchoolProfile());
  if (!parsed.ok) throw new Error('small school profile does not parse');
  const policy = sharingPolicy(parsed.profile, { now: () => new Date(), scanContent: false });
  const folders: FolderMap = {};
  for (const item of items)
    if (item.isFolder) folders[item.id] = { name: item.name, parents: item.parents, grants: '' };
  return items
    .map((item) => ({ fileId: item.id, exposure: policy.judge(item, folders).exposures }))
    .filter((f) => f.exposure.length > 0)
    .sort((a, b) => a.fileId.localeCompare(b.fileId));
}

describe('googleSharingInventory over the small school', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.emu.close();
  });

  it('lists active school accounts with their aliases and org units', async () => {
    const page = await h.inventory.listUsers();
    expect(page.nextPageToken).toBeUndefined();
    const emails = page.items.map((u) => u.email).sort();
    expect(emails).toEqual(
      [
        'a.khan@oakfield.sch.uk',
        'head@oakfield.sch.uk',
        'it.admin@oakfield.sch.uk',
        'j.smith@oakfield.sch.uk',
        'm.ali@pupils.oakfield.sch.uk',
        'office@oakfield.sch.uk',
        'p.jones@pupils.oakfield.sch.uk',
      ].sort(),
    );
    expect(page.items.find((u) => u.email === 'head@oakfield.sch.uk')).toEqual({
      email: 'head@oakfield.sch.uk',
      aliases: ['headteacher@oakfield.sch.uk'],
      orgUnitPath: '/Staff',
    });
    const [req] = h.emu.log.find('GET', '/admin/directory/v1/users');
    expect(req?.query).toContain('customer=my_customer');
    expect(req?.query).toContain('maxResults=500');
    expect(req?.authorization).toBe(`Bearer test:${ADMIN}`);
  });

  it('lists both shared drives as the administrator', async () => {
    const page = await h.inventory.listSharedDrives();
    expect(page.items).toEqual([
      { id: 'sd-pastoral', name: 'Pastoral Team' },
      { id: 'sd-staffroom', name: 'Staffroom' },
    ]);
    expect(h.emu.log.find('GET', '/drive/v3/drives')[0]?.query).toContain('useDomainAdminAccess=true');
  });

  it('gives every audited item once, with grants that yield exactly the expected findings', async () => {
    const items = await fullInventory(h.inventory);
    const fixture = smallSchoolFixture();
    const active = new Set(fixture.users.filter((u) => !u.suspended).map((u) => u.primaryEmail));
    const expectedIds = fixture.files
      .filter((f) => !f.trashed && (f.driveId !== undefined || (f.owner !== undefined && active.has(f.owner))))
      .map((f) => f.id)
      .sort();
    expect([...items.keys()].sort()).toEqual(expectedIds);

    expect(judge([...items.values()])).toEqual(
      [...smallSchoolExpectedFindings].sort((a, b) => a.fileId.localeCompare(b.fileId)),
    );

    for (const item of items.values()) {
      expect(item.grants.some((g) => g.role === 'owner')).toBe(false);
      expect(item.trashed).toBe(false);
    }
    expect(h.skipped).toEqual([]);
  });

  it('maps Drive permissions field by field', async () => {
    const items = await fullInventory(h.inventory);
    const get = (id: string) => items.get(id) as SharedItem;

    const consent = get('f-trip-consent');
    expect(consent).toMatchObject({
      provider: 'google',
      name: 'Trip consent list',
      mimeType: 'application/vnd.google-apps.document',
      isFolder: false,
      owner: 'j.smith@oakfield.sch.uk',
      parents: ['f-trip-folder'],
      trashed: false,
    });
    expect(consent.modifiedTime).toEqual(expect.any(String));
    // The folder's link reaches the file; Drive names no source in My Drive, so the parent stands in.
    expect(consent.grants).toEqual([
      { id: 'anyoneWithLink', kind: 'anyone', role: 'reader', discoverable: false, inheritedFrom: 'f-trip-folder' },
    ]);
    expect(get('f-trip-folder')).toMatchObject({ isFolder: true, parents: [] });
    expect(get('f-trip-folder').grants).toEqual([
      { id: 'anyoneWithLink', kind: 'anyone', role: 'reader', discoverable: false },
    ]);
    expect(get('f-trip-itinerary').size).toBe('Coach leaves at 08:00.'.length);
    expect(get('f-newsletter').grants).toEqual([{ id: 'anyone', kind: 'anyone', role: 'reader', discoverable: true }]);
    expect(get('f-expired-link').grants[0]).toMatchObject({ expiresAt: '2024-01-01T00:00:00.000Z' });
    expect(get('f-staff-handbook').grants).toEqual([
      expect.objectContaining({ kind: 'domain', domain: 'oakfield.sch.uk', discoverable: false, role: 'reader' }),
    ]);
    const group = get('f-group-share').grants;
    expect(group.map((g) => [g.kind, g.emailAddress, g.role])).toEqual([
      ['group', 'staff@oakfield.sch.uk', 'writer'],
      ['user', 'a.khan@oakfield.sch.uk', 'reader'],
    ]);
    expect(get('f-lookalike').grants[0]).toMatchObject({ kind: 'user', emailAddress: 'head@oakfie1d.sch.uk' });
  });

  it('gives shared-drive items the drive membership, folder grants and their own grants', async () => {
    const pastoral = await listAll(h.inventory, { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' });
    expect(pastoral.map((i) => i.id).sort()).toEqual(['sd-minutes', 'sd-referral-a', 'sd-referrals']);
    for (const item of pastoral) {
      expect(item.driveId).toBe('sd-pastoral');
      // Organisers tie: the administrator is the one read as.
      expect(item.owner).toBe(ADMIN);
      const members = item.grants.filter((g) => g.inheritedFrom === 'sd-pastoral');
      expect(members.map((g) => g.emailAddress).sort()).toEqual([
        'a.khan@oakfield.sch.uk',
        'consultant@edpsych-partners.co.uk',
        'head@oakfield.sch.uk',
        'it.admin@oakfield.sch.uk',
      ]);
    }
    const minutes = pastoral.find((i) => i.id === 'sd-minutes') as SharedItem;
    expect(minutes.grants.filter((g) => g.inheritedFrom === undefined)).toEqual([
      { id: 'anyoneWithLink', kind: 'anyone', role: 'reader', discoverable: false },
    ]);
    expect(pastoral.find((i) => i.id === 'sd-referral-a')?.parents).toEqual(['sd-referrals']);

    const staffroom = await listAll(h.inventory, { kind: 'drive', id: 'sd-staffroom', name: 'Staffroom' });
    expect(staffroom).toHaveLength(1);
    expect(staffroom[0]?.grants.map((g) => [g.kind, g.emailAddress, g.role, g.inheritedFrom])).toEqual([
      ['user', 'it.admin@oakfield.sch.uk', 'organizer', 'sd-staffroom'],
      ['group', 'staff@oakfield.sch.uk', 'reader', 'sd-staffroom'],
      ['user', 'office@oakfield.sch.uk', 'writer', undefined],
    ]);
  });

  it('drops a school domain as a shared-drive member (school accounts, not a link)', async () => {
    h.emu.tenant.addPermission('sd-staffroom', { type: 'domain', role: 'reader', domain: 'oakfield.sch.uk' });
    const [rota] = await listAll(h.inventory, { kind: 'drive', id: 'sd-staffroom', name: 'Staffroom' });
    expect(rota?.grants.filter((g) => g.kind === 'domain')).toEqual([]);
  });

  it('keeps an outside domain that is a member of a shared drive', async () => {
    h.emu.tenant.addPermission('sd-staffroom', { type: 'domain', role: 'reader', domain: 'Other-School.org.uk' });
    const [rota] = await listAll(h.inventory, { kind: 'drive', id: 'sd-staffroom', name: 'Staffroom' });
    expect(rota?.grants).toContainEqual(
      expect.objectContaining({ kind: 'domain', domain: 'other-school.org.uk', inheritedFrom: 'sd-staffroom' }),
    );
    expect(judge([rota as SharedItem])).toEqual([{ fileId: 'sd-staffroom-rota', exposure: ['external-user'] }]);
  });

  it('passes a shared-drive folder’s own grant down to the items below it', async () => {
    h.emu.tenant.addPermission('sd-referrals', {
      type: 'user',
      role: 'reader',
      emailAddress: 'social.worker@county.gov.uk',
    });
    const items = await listAll(h.inventory, { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' });
    const referral = items.find((i) => i.id === 'sd-referral-a') as SharedItem;
    expect(referral.grants.find((g) => g.emailAddress === 'social.worker@county.gov.uk')).toMatchObject({
      inheritedFrom: 'sd-referrals',
    });
    // One permissions.list per item with its own grants, none for the rest.
    const perItem = h.emu.log.find('GET', /^\/drive\/v3\/files\/sd-(referrals|referral-a|minutes)\/permissions$/);
    expect(perItem.map((r) => r.path).sort()).toEqual([
      '/drive/v3/files/sd-minutes/permissions',
      '/drive/v3/files/sd-referrals/permissions',
    ]);
  });

  it('reads a whole-school pass in the minimum number of requests', async () => {
    const scopes = await allScopes(h.inventory);
    for (const scope of scopes) await listAll(h.inventory, scope);
    // users.list 1 + drives.list 1 + one files.list per active user (7, all under 100 items)
    // + per shared drive: members (1) + listing (1) + one permissions.list per item with own grants (1 each).
    expect(h.emu.log.entries).toHaveLength(15);
    expect(h.emu.log.find('GET', '/drive/v3/files').filter((e) => e.path === '/drive/v3/files')).toHaveLength(9);
    expect(h.emu.log.entries.every((e) => e.status === 200)).toBe(true);
    expect(h.limiter.stats()).toMatchObject({ requests: 15, retries: 0 });
  });

  it('reads the members of a shared drive once per full pass when the change token is taken first', async () => {
    const scopes = await allScopes(h.inventory);
    for (const scope of scopes) {
      await h.inventory.startChangeToken(scope);
      await listAll(h.inventory, scope);
    }
    // The 15 above + one start token per scope (9); the drives' members are read by startChangeToken only.
    expect(h.emu.log.entries).toHaveLength(24);
    expect(
      h.emu.log.entries.filter((e) => /^\/drive\/v3\/files\/sd-(pastoral|staffroom)\/permissions$/.test(e.path)),
    ).toHaveLength(2);
  });

  it('impersonates each user for their own My Drive and a drive manager for a shared drive', async () => {
    await listAll(h.inventory, { kind: 'user', email: 'p.jones@pupils.oakfield.sch.uk' });
    await listAll(h.inventory, { kind: 'drive', id: 'sd-staffroom', name: 'Staffroom' });
    const lists = h.emu.log.entries.filter((e) => e.path === '/drive/v3/files');
    expect(lists.map((e) => e.authorization)).toEqual([
      'Bearer test:p.jones@pupils.oakfield.sch.uk',
      `Bearer test:${ADMIN}`,
    ]);
    expect(decodeURIComponent(lists[0]?.query ?? '')).toContain("q='me' in owners and trashed = false");
  });
});

describe('paging', () => {
  it('follows Drive pages and serves shared drives page by page', async () => {
    const h = await startHarness({ pageSize: 2, drivePageSize: 1 });
    try {
      const mine = await listAll(h.inventory, { kind: 'user', email: 'j.smith@oakfield.sch.uk' });
      expect(mine.map((i) => i.id).sort()).toEqual(
        [
          'f-group-share',
          'f-partner-share',
          'f-private-lesson',
          'f-trip-consent',
          'f-trip-folder',
          'f-trip-itinerary',
        ].sort(),
      );
      expect(h.emu.log.entries.filter((e) => e.path === '/drive/v3/files')).toHaveLength(3);

      const first = await h.inventory.listItems({ kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' });
      expect(first.items).toHaveLength(1);
      expect(first.nextPageToken).toEqual(expect.any(String));
      const rest = await listAll(h.inventory, { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' });
      expect(rest).toHaveLength(3);
    } finally {
      await h.emu.close();
    }
  });

  it('is complete when Drive answers with short and empty pages', async () => {
    const h = await startHarness({ emulator: { partialPages: true }, pageSize: 4, drivePageSize: 2 });
    try {
      const items = await fullInventory(h.inventory);
      const fixture = smallSchoolFixture();
      const suspended = new Set(fixture.users.filter((u) => u.suspended).map((u) => u.primaryEmail));
      const audited = fixture.files.filter(
        (f) =>
          !f.trashed && (f.driveId !== undefined || (f.owner?.endsWith('oakfield.sch.uk') && !suspended.has(f.owner))),
      );
      expect([...items.keys()].sort()).toEqual(audited.map((f) => f.id).sort());
      // Short pages cost more requests, never items.
      expect(h.emu.log.entries.length).toBeGreaterThan(15);
    } finally {
      await h.emu.close();
    }
  });

  it('continues a shared drive from a page token after a restart', async () => {
    const h = await startHarness({ drivePageSize: 2 });
    try {
      const scope = { kind: 'drive' as const, id: 'sd-pastoral', name: 'Pastoral Team' };
      const first = await h.inventory.listItems(scope);
      const again = inventoryFor(h.emu, h.limiter, { drivePageSize: 2 });
      const second = await again.listItems(scope, first.nextPageToken);
      expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual([
        'sd-minutes',
        'sd-referral-a',
        'sd-referrals',
      ]);
      await expect(again.listItems(scope, 'not-a-token')).rejects.toThrow('not one sos issued');
    } finally {
      await h.emu.close();
    }
  });
});
