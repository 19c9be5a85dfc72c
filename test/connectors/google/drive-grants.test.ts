import { GoogleApiError } from '../../../connectors/google';
import type { AuditScope } from '../../../core/sharing/ports';
import type { SharedItem, SharingGrant } from '../../../core/sharing/types';
import { listAll, startHarness, type Harness } from './harness';

const SMITH: AuditScope = { kind: 'user', email: 'j.smith@oakfield.sch.uk' };
const OFFICE: AuditScope = { kind: 'user', email: 'office@oakfield.sch.uk' };
const PASTORAL: AuditScope = { kind: 'drive', id: 'sd-pastoral', name: 'Pastoral Team' };

describe('removeGrant / restoreGrant', () => {
  let h: Harness;
  let items: Map<string, SharedItem>;
  beforeEach(async () => {
    h = await startHarness();
    items = new Map();
    for (const scope of [SMITH, OFFICE, PASTORAL])
      for (const i of await listAll(h.inventory, scope)) items.set(i.id, i);
    h.emu.log.clear();
  });
  afterEach(async () => {
    await h.emu.close();
  });
  const item = (id: string) => items.get(id) as SharedItem;
  const grantOf = (id: string, match: (g: SharingGrant) => boolean) => item(id).grants.find(match) as SharingGrant;
  const directGrants = (id: string) =>
    h.emu.tenant.file(id)?.permissions.map((p) => `${p.type}:${p.emailAddress ?? ''}:${p.role}`);

  it('removes a My Drive grant as the owner and puts it back without an email', async () => {
    const share = grantOf('f-partner-share', (g) => g.emailAddress === 'moderator@trust.org.uk');
    await h.inventory.removeGrant(SMITH, item('f-partner-share'), share);
    expect(directGrants('f-partner-share')).toEqual([]);

    await h.inventory.restoreGrant(SMITH, 'f-partner-share', share);
    expect(directGrants('f-partner-share')).toEqual(['user:moderator@trust.org.uk:commenter']);

    const [del, create] = h.emu.log.entries;
    expect([del?.method, del?.path, del?.authorization]).toEqual([
      'DELETE',
      `/drive/v3/files/f-partner-share/permissions/${share.id}`,
      'Bearer test:j.smith@oakfield.sch.uk',
    ]);
    expect(create?.method).toBe('POST');
    expect(create?.query).toContain('sendNotificationEmail=false');
    expect(create?.body).toEqual({ type: 'user', role: 'commenter', emailAddress: 'moderator@trust.org.uk' });
  });

  it('restores a link exactly (discoverability and expiry) and does not send the email flag for it', async () => {
    const link = grantOf('f-newsletter', (g) => g.kind === 'anyone');
    await h.inventory.removeGrant(OFFICE, item('f-newsletter'), link);
    await h.inventory.restoreGrant(OFFICE, 'f-newsletter', {
      ...link,
      expiresAt: '2031-01-01T00:00:00.000Z',
    });
    expect(h.emu.tenant.file('f-newsletter')?.permissions).toEqual([
      expect.objectContaining({ type: 'anyone', allowFileDiscovery: true, expirationTime: '2031-01-01T00:00:00.000Z' }),
    ]);
    expect(h.emu.log.entries[1]?.query).not.toContain('sendNotificationEmail');
  });

  it('treats a grant already gone as removed, so a rerun of a fix is harmless', async () => {
    const share = grantOf('f-partner-share', (g) => g.kind === 'user');
    await h.inventory.removeGrant(SMITH, item('f-partner-share'), share);
    await h.inventory.removeGrant(SMITH, item('f-partner-share'), share);
    expect(h.emu.log.entries.map((e) => e.status)).toEqual([204, 404]);
  });

  it('refuses an inherited grant with Drive’s own reason, without retrying', async () => {
    const inherited = grantOf('f-trip-consent', (g) => g.kind === 'anyone');
    expect(inherited.inheritedFrom).toBe('f-trip-folder');
    const err = await h.inventory.removeGrant(SMITH, item('f-trip-consent'), inherited).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GoogleApiError);
    expect(err).toMatchObject({ status: 403, reason: 'cannotDeletePermission' });
    expect(h.emu.log.entries).toHaveLength(1);
  });

  it('changes a shared-drive item as the drive member, and the membership as the administrator', async () => {
    const link = grantOf('sd-minutes', (g) => g.kind === 'anyone');
    await h.inventory.removeGrant(PASTORAL, item('sd-minutes'), link);
    expect(h.emu.tenant.file('sd-minutes')?.permissions).toEqual([]);
    await h.inventory.restoreGrant(PASTORAL, 'sd-minutes', link);
    expect(h.emu.tenant.file('sd-minutes')?.permissions).toHaveLength(1);

    const consultant = grantOf('sd-minutes', (g) => g.emailAddress === 'consultant@edpsych-partners.co.uk');
    const drive = { ...item('sd-minutes'), id: 'sd-pastoral', name: 'Pastoral Team' };
    await h.inventory.removeGrant(PASTORAL, drive, consultant);
    expect(h.emu.tenant.drive('sd-pastoral')?.members.map((m) => m.emailAddress)).not.toContain(
      'consultant@edpsych-partners.co.uk',
    );
    const calls = h.emu.log.entries.map((e) => [e.method, e.path, e.query.includes('useDomainAdminAccess=true')]);
    expect(calls).toEqual([
      ['DELETE', `/drive/v3/files/sd-minutes/permissions/${link.id}`, false],
      ['POST', '/drive/v3/files/sd-minutes/permissions', false],
      ['DELETE', `/drive/v3/files/sd-pastoral/permissions/${consultant.id}`, true],
    ]);
    expect(h.emu.log.entries.every((e) => e.query.includes('supportsAllDrives=true'))).toBe(true);
  });

  it('runs changes to one file one at a time, in the order asked', async () => {
    const share = grantOf('f-partner-share', (g) => g.kind === 'user');
    h.emu.faults.add({ path: '/drive/v3/files/f-partner-share/permissions', method: 'DELETE', delayMs: 150 });
    await Promise.all([
      h.inventory.removeGrant(SMITH, item('f-partner-share'), share),
      h.inventory.restoreGrant(SMITH, 'f-partner-share', share),
    ]);
    expect(h.emu.log.entries.map((e) => e.method)).toEqual(['DELETE', 'POST']);
    expect(directGrants('f-partner-share')).toEqual(['user:moderator@trust.org.uk:commenter']);
  });
});
