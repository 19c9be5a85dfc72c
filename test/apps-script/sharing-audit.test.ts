/**
 * runSharingAudit's slices against the Google emulator's small school: one long slice and many short
 * ones reach the same Audit rows, which are exactly the findings a correct audit of the fixture reports.
 */
import { smallSchoolExpectedFindings } from '../emulators/google';
import { auditHarness, auditRows, findingsOf, logEvents, oakfieldProfile, type AuditHarness } from './sharing-harness';

const expected = [...smallSchoolExpectedFindings]
  .map((finding) => ({ fileId: finding.fileId, exposure: [...finding.exposure] }))
  .sort((a, b) => a.fileId.localeCompare(b.fileId));

let harness: AuditHarness;

afterEach(async () => {
  await harness.close();
});

describe('a complete pass in one slice', () => {
  beforeEach(async () => {
    harness = await auditHarness();
  });

  it('finds exactly the fixture’s exposed files, with owner, group, location and risk', () => {
    expect(harness.setup.enabled).toBe(true);
    const outcome = harness.slice();
    expect(outcome).toMatchObject({ pass: 1, phase: 'idle', completedPass: true });
    expect(findingsOf(harness.audit())).toEqual(expected);

    const rows = new Map(auditRows(harness.audit()).map((row) => [row['File ID'], row]));
    expect(rows.get('f-trip-consent')).toMatchObject({
      File: 'Trip consent list',
      Owner: 'j.smith@oakfield.sch.uk',
      'Owner group': 'staff',
      Location: 'My Drive',
      Exposure: 'anyone-with-link',
      Risk: 'medium',
      Status: 'open',
      Scope: 'user:j.smith@oakfield.sch.uk',
    });
    expect(String(rows.get('f-trip-consent')!.Link)).toContain('f-trip-consent');
    expect(rows.get('f-newsletter')).toMatchObject({ Exposure: 'anyone-public', Risk: 'high' });
    expect(rows.get('f-pupil-domain-link')).toMatchObject({ 'Owner group': 'pupil', Risk: 'low' });
    expect(rows.get('sd-minutes')).toMatchObject({
      Location: 'Shared drive: Pastoral Team',
      Exposure: 'anyone-with-link, external-user',
      Scope: 'drive:sd-pastoral',
      Owner: 'head@oakfield.sch.uk',
    });
    const events = logEvents(harness.log()).map((entry) => entry.event);
    expect(events).toEqual(['pass started', 'pass complete', 'owners told']);
  });

  it('does nothing more until a day after the pass began, then audits again without doubling rows', () => {
    harness.slice();
    const first = auditRows(harness.audit());
    const fetches = harness.world.fetches.length;
    harness.world.advance(10 * 60_000);
    expect(harness.slice()).toMatchObject({ pass: 1, pages: 0, completedPass: false });
    expect(harness.world.fetches.length).toBe(fetches);

    harness.world.advance(24 * 3600_000);
    expect(harness.slice()).toMatchObject({ pass: 2, completedPass: true });
    expect(auditRows(harness.audit())).toEqual(first);
  });
});

describe('many short slices', () => {
  beforeEach(async () => {
    harness = await auditHarness();
  });

  it('reach the same rows as one long slice, one page per slice, the cursor saved between them', async () => {
    const slices = harness.untilComplete({ budgetMs: 1 });
    // 7 active users and 2 shared drives, plus the ends of the Directory and drives listings.
    expect(slices).toBeGreaterThanOrEqual(10);
    expect(findingsOf(harness.audit())).toEqual(expected);
    const cursor = JSON.parse(harness.world.scriptProperties().getProperty('SOS_AUDIT_CURSOR')!) as {
      phase: string;
      counts: { exposed: number };
    };
    expect(cursor.phase).toBe('idle');
    expect(cursor.counts.exposed).toBe(expected.length);

    const short = auditRows(harness.audit());
    await harness.close();
    harness = await auditHarness();
    expect(harness.slice()).toMatchObject({ completedPass: true });
    expect(auditRows(harness.audit())).toEqual(short);
  });

  it('follows page tokens through short and empty pages to every file of a large drive', async () => {
    await harness.close();
    harness = await auditHarness({ partialPages: true });
    const added: { fileId: string; exposure: string[] }[] = [];
    for (let i = 0; i < 230; i += 1) {
      const id = `f-bulk-${String(i).padStart(3, '0')}`;
      const shared = i % 10 === 3;
      harness.emulator.tenant.addFile({
        id,
        name: `Worksheet ${i}`,
        mimeType: 'application/vnd.google-apps.document',
        owner: 'j.smith@oakfield.sch.uk',
        ...(shared ? { permissions: [{ type: 'anyone', role: 'reader', allowFileDiscovery: false }] } : {}),
      });
      if (shared) added.push({ fileId: id, exposure: ['anyone-with-link'] });
    }
    harness.untilComplete({ budgetMs: 1 });
    const smith = harness.world.fetches.filter(
      (f) => f.url.includes('/drive/v3/files?') && f.status === 200 && f.url.includes('pageToken='),
    );
    expect(smith.length).toBeGreaterThanOrEqual(3);
    expect(findingsOf(harness.audit())).toEqual(
      [...expected, ...added].sort((a, b) => a.fileId.localeCompare(b.fileId)),
    );
  });
});

describe('allowed public folders', () => {
  it('leaves out links in folders published on purpose, by path or id, but never outside accounts', async () => {
    const profile = oakfieldProfile() as { sharing: Record<string, unknown> };
    harness = await auditHarness({
      profile: { ...profile, sharing: { ...profile.sharing, allowedPublicFolders: ['Year 9 Trip', 'sd-pastoral'] } },
    });
    harness.slice();
    const found = findingsOf(harness.audit());
    const trip = ['f-trip-folder', 'f-trip-consent', 'f-trip-itinerary'];
    expect(found.filter((f) => trip.includes(f.fileId))).toEqual([]);
    expect(found.find((f) => f.fileId === 'sd-minutes')?.exposure).toEqual(['external-user']);
    expect(found.find((f) => f.fileId === 'f-newsletter')?.exposure).toEqual(['anyone-public']);
  });
});
