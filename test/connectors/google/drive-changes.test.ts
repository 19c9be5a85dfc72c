import type { AuditScope, ItemChange, SharingInventory } from '../../../core/sharing/ports';
import { startHarness, type Harness } from './harness';

const SMITH: AuditScope = { kind: 'user', email: 'j.smith@oakfield.sch.uk' };
const PASTORAL: AuditScope = { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' };

async function allChanges(
  inventory: SharingInventory,
  scope: AuditScope,
  token: string,
): Promise<{ changes: ItemChange[]; next: string }> {
  const changes: ItemChange[] = [];
  let pageToken: string | undefined = token;
  let next: string | undefined;
  while (pageToken !== undefined) {
    const page = await inventory.listChanges(scope, pageToken);
    changes.push(...page.items);
    pageToken = page.nextPageToken;
    next = page.newStartPageToken ?? next;
  }
  if (next === undefined) throw new Error('no newStartPageToken on the last page');
  return { changes, next };
}

describe('change feeds', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ pageSize: 2, drivePageSize: 2 });
  });
  afterEach(async () => {
    await h.emu.close();
  });

  it('reports a user’s own items changed since the token, with their grants now', async () => {
    const token = await h.inventory.startChangeToken(SMITH);
    expect(await allChanges(h.inventory, SMITH, token)).toMatchObject({ changes: [] });

    h.emu.tenant.addPermission('f-private-lesson', { type: 'anyone', role: 'reader', allowFileDiscovery: true });
    h.emu.tenant.trash('f-partner-share');
    h.emu.tenant.rename('f-group-share', 'Dept notes');
    // Another owner's file shared with j.smith: in his feed, but not his scope's business.
    h.emu.tenant.rename('f-pupil-to-teacher', 'My homework v2');
    h.emu.tenant.deleteFile('f-trip-itinerary');

    const { changes, next } = await allChanges(h.inventory, SMITH, token);
    const byId = new Map(changes.map((c) => [c.itemId, c]));
    expect([...byId.keys()].sort()).toEqual([
      'f-group-share',
      'f-partner-share',
      'f-private-lesson',
      'f-trip-itinerary',
    ]);
    expect(byId.get('f-private-lesson')).toMatchObject({
      removed: false,
      item: { id: 'f-private-lesson', owner: 'j.smith@oakfield.sch.uk', trashed: false },
    });
    expect(byId.get('f-private-lesson')?.item?.grants).toEqual([
      { id: 'anyone', kind: 'anyone', role: 'reader', discoverable: true },
    ]);
    expect(byId.get('f-partner-share')).toEqual({ itemId: 'f-partner-share', removed: true });
    expect(byId.get('f-trip-itinerary')).toEqual({ itemId: 'f-trip-itinerary', removed: true });
    expect(byId.get('f-group-share')?.item?.name).toBe('Dept notes');

    // The new token starts after all of it.
    expect((await allChanges(h.inventory, SMITH, next)).changes).toEqual([]);
    // j.smith's feed is read as j.smith, without restricting it to the My Drive tree.
    const feeds = h.emu.log.find('GET', '/drive/v3/changes').filter((e) => e.path === '/drive/v3/changes');
    expect(feeds.every((e) => e.authorization === 'Bearer test:j.smith@oakfield.sch.uk')).toBe(true);
    expect(feeds.some((e) => e.query.includes('restrictToMyDrive'))).toBe(false);
    expect(feeds.every((e) => e.query.includes('includeRemoved=true'))).toBe(true);
  });

  it('passes a folder’s new link to the items below it', async () => {
    const token = await h.inventory.startChangeToken(SMITH);
    h.emu.tenant.removePermission('f-trip-folder', 'anyoneWithLink');
    const { changes } = await allChanges(h.inventory, SMITH, token);
    expect(changes.map((c) => c.itemId).sort()).toEqual(['f-trip-consent', 'f-trip-folder', 'f-trip-itinerary']);
    for (const c of changes) expect(c.item?.grants).toEqual([]);
  });

  it('reports a shared drive’s changes with membership and own grants', async () => {
    const token = await h.inventory.startChangeToken(PASTORAL);
    h.emu.tenant.addPermission('sd-referral-a', { type: 'anyone', role: 'reader', allowFileDiscovery: false });
    h.emu.tenant.trash('sd-minutes');
    h.emu.tenant.addFile({
      id: 'sd-new',
      name: 'New referral',
      mimeType: 'application/vnd.google-apps.document',
      driveId: 'sd-pastoral',
      parents: ['sd-referrals'],
    });
    const { changes } = await allChanges(h.inventory, PASTORAL, token);
    const byId = new Map(changes.map((c) => [c.itemId, c]));
    expect([...byId.keys()].sort()).toEqual(['sd-minutes', 'sd-new', 'sd-referral-a']);
    expect(byId.get('sd-minutes')).toEqual({ itemId: 'sd-minutes', removed: true });
    const referral = byId.get('sd-referral-a')?.item;
    expect(referral).toMatchObject({ driveId: 'sd-pastoral', owner: 'it.admin@oakfield.sch.uk' });
    expect(referral?.grants.find((g) => g.kind === 'anyone')).toEqual({
      id: 'anyoneWithLink',
      kind: 'anyone',
      role: 'reader',
      discoverable: false,
    });
    expect(referral?.grants.find((g) => g.emailAddress === 'consultant@edpsych-partners.co.uk')?.inheritedFrom).toBe(
      'sd-pastoral',
    );
    const created = byId.get('sd-new')?.item;
    expect(created?.grants.map((g) => g.emailAddress).sort()).toEqual([
      'a.khan@oakfield.sch.uk',
      'consultant@edpsych-partners.co.uk',
      'head@oakfield.sch.uk',
      'it.admin@oakfield.sch.uk',
    ]);
    const feed = h.emu.log.find('GET', '/drive/v3/changes').find((e) => e.path === '/drive/v3/changes');
    expect(feed?.query).toContain('driveId=sd-pastoral');
    expect(feed?.query).toContain('includeItemsFromAllDrives=true');
  });
});
