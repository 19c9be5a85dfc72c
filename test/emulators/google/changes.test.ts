import { google, type drive_v3 } from 'googleapis';
import { smallSchoolFixture, startGoogleEmulator, type GoogleEmulator } from '.';

const STAFF = 'oakfield.sch.uk';
const JSMITH = `j.smith@${STAFF}`;
const AKHAN = `a.khan@${STAFF}`;

let emulator: GoogleEmulator;

const driveAs = (email: string): drive_v3.Drive => {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: `test:${email}` });
  return google.drive({ version: 'v3', rootUrl: emulator.rootUrl, auth, retry: false, fetchImplementation: fetch });
};

interface Feed {
  changes: drive_v3.Schema$Change[];
  newStartPageToken: string;
  pages: number;
}

async function readFeed(drive: drive_v3.Drive, token: string, extra: drive_v3.Params$Resource$Changes$List = {}) {
  const feed: Feed = { changes: [], newStartPageToken: '', pages: 0 };
  let pageToken: string | undefined = token;
  while (pageToken) {
    const res: { data: drive_v3.Schema$ChangeList } = await drive.changes.list({
      pageToken,
      fields: 'nextPageToken,newStartPageToken,changes(fileId,removed,driveId,file(id,name,trashed,permissions(id)))',
      ...extra,
    });
    feed.changes.push(...(res.data.changes ?? []));
    feed.pages += 1;
    pageToken = res.data.nextPageToken ?? undefined;
    if (!pageToken) feed.newStartPageToken = res.data.newStartPageToken as string;
  }
  return feed;
}

async function startToken(drive: drive_v3.Drive, driveId?: string): Promise<string> {
  const res = await drive.changes.getStartPageToken(driveId ? { driveId, supportsAllDrives: true } : {});
  return res.data.startPageToken as string;
}

beforeEach(async () => {
  emulator = await startGoogleEmulator({ fixture: smallSchoolFixture() });
});
afterEach(() => emulator.close());

describe('change feeds', () => {
  it('reports a mutation after the start token, and nothing after newStartPageToken', async () => {
    const drive = driveAs(AKHAN);
    const token = await startToken(drive);
    emulator.tenant.addPermission('f-lookalike', { type: 'anyone', role: 'reader' });
    emulator.tenant.rename('f-private-lesson', 'Fractions'); // j.smith's: not in a.khan's feed
    const feed = await readFeed(drive, token);
    expect(feed.changes).toEqual([
      {
        fileId: 'f-lookalike',
        removed: false,
        file: expect.objectContaining({
          id: 'f-lookalike',
          permissions: expect.arrayContaining([{ id: 'anyoneWithLink' }]),
        }),
      },
    ]);
    const again = await readFeed(drive, feed.newStartPageToken);
    expect(again.changes).toEqual([]);
    expect(again.newStartPageToken).toBe(feed.newStartPageToken);
  });

  it('records a permission deleted through the API on the folder and everything under it', async () => {
    const drive = driveAs(JSMITH);
    const token = await startToken(drive);
    const inherited = await drive.permissions
      .delete({ fileId: 'f-trip-consent', permissionId: 'anyoneWithLink' })
      .catch((e: unknown) => e);
    expect(String(inherited)).toMatch(/inherited/);
    const del = await drive.permissions.delete({ fileId: 'f-trip-folder', permissionId: 'anyoneWithLink' });
    expect(del.status).toBe(204);
    const feed = await readFeed(drive, token);
    expect(feed.changes.map((c) => c.fileId).sort()).toEqual(['f-trip-consent', 'f-trip-folder', 'f-trip-itinerary']);
    expect(feed.changes.every((c) => c.file?.permissions?.length === 1)).toBe(true);
    const owner = feed.changes[0]?.file?.permissions?.[0]?.id as string;
    const err = (await drive.permissions
      .delete({ fileId: 'f-trip-folder', permissionId: owner })
      .catch((e: unknown) => e)) as {
      status: number;
    };
    expect(err.status).toBe(403);
  });

  it('keeps only the latest change per file, pages, and marks removals', async () => {
    const drive = driveAs(JSMITH);
    const token = await startToken(drive);
    emulator.tenant.rename('f-private-lesson', 'Fractions 1');
    emulator.tenant.rename('f-private-lesson', 'Fractions 2');
    emulator.tenant.trash('f-partner-share');
    emulator.tenant.deleteFile('f-group-share');
    emulator.tenant.addFile({ id: 'f-new', name: 'New', mimeType: 'text/plain', owner: JSMITH, content: 'x' });
    // Losing access is a removal for the one who lost it.
    emulator.tenant.removePermission(
      'f-pupil-to-teacher',
      emulator.tenant.file('f-pupil-to-teacher')!.permissions[0]!.id,
    );
    const feed = await readFeed(drive, token, { pageSize: 2 });
    expect(feed.pages).toBeGreaterThan(1);
    const byId = Object.fromEntries(feed.changes.map((c) => [c.fileId, c]));
    expect(feed.changes).toHaveLength(5);
    expect(byId['f-private-lesson']?.file?.name).toBe('Fractions 2');
    expect(byId['f-partner-share']).toMatchObject({ removed: false, file: { trashed: true } });
    expect(byId['f-group-share']).toMatchObject({ removed: true });
    expect(byId['f-group-share']?.file).toBeUndefined();
    expect(byId['f-new']).toMatchObject({ removed: false });
    expect(byId['f-pupil-to-teacher']).toMatchObject({ removed: true });
    const kept = await readFeed(drive, token, { includeRemoved: false });
    expect(kept.changes.map((c) => c.fileId).sort()).toEqual(['f-new', 'f-partner-share', 'f-private-lesson']);
  });

  it('gives a shared drive its own feed, and members theirs only with includeItemsFromAllDrives', async () => {
    const head = driveAs(`head@${STAFF}`);
    const driveToken = await startToken(head, 'sd-pastoral');
    const userToken = await startToken(head);
    emulator.tenant.updateFile('sd-minutes', { content: 'Minutes v2' });
    emulator.tenant.addPermission('sd-pastoral', { type: 'user', role: 'reader', emailAddress: 'x@gmail.com' });
    emulator.tenant.rename('f-staff-handbook', 'Handbook 2026');

    const driveFeed = await readFeed(head, driveToken, { driveId: 'sd-pastoral', supportsAllDrives: true });
    expect(driveFeed.changes.map((c) => c.fileId).sort()).toEqual(['sd-minutes', 'sd-referral-a', 'sd-referrals']);
    expect(driveFeed.changes.every((c) => c.driveId === 'sd-pastoral')).toBe(true);

    const myDrive = await readFeed(head, userToken);
    expect(myDrive.changes.map((c) => c.fileId)).toEqual(['f-staff-handbook']);
    const everything = await readFeed(head, userToken, { includeItemsFromAllDrives: true, supportsAllDrives: true });
    expect(everything.changes).toHaveLength(4);

    const outsider = driveAs(JSMITH);
    const err = (await outsider.changes
      .list({ pageToken: driveToken, driveId: 'sd-pastoral', supportsAllDrives: true })
      .catch((e: unknown) => e)) as { status: number };
    expect(err.status).toBe(404);
    const bad = (await head.changes.list({ pageToken: 'nonsense' }).catch((e: unknown) => e)) as { status: number };
    expect(bad.status).toBe(400);
  });

  it('moves a file into a shared folder: it inherits the link, and the move and untrash are changes', async () => {
    const drive = driveAs(JSMITH);
    const token = await startToken(drive);
    emulator.tenant.trash('f-private-lesson');
    emulator.tenant.untrash('f-private-lesson');
    emulator.tenant.moveFile('f-private-lesson', ['f-trip-folder']);
    const feed = await readFeed(drive, token);
    expect(feed.changes).toEqual([
      {
        fileId: 'f-private-lesson',
        removed: false,
        file: expect.objectContaining({
          trashed: false,
          permissions: [{ id: expect.any(String) }, { id: 'anyoneWithLink' }],
        }),
      },
    ]);
    const listed = await drive.files.list({ q: "'f-trip-folder' in parents and visibility = 'anyoneWithLink'" });
    expect(listed.data.files?.map((f) => f.id)).toContain('f-private-lesson');
  });

  it('creates a permission through the API and reports it', async () => {
    const drive = driveAs(JSMITH);
    const token = await startToken(drive);
    const created = await drive.permissions.create({
      fileId: 'f-private-lesson',
      sendNotificationEmail: false,
      requestBody: { type: 'domain', role: 'reader', domain: STAFF, allowFileDiscovery: false },
      fields: 'id,type,domain',
    });
    expect(created.data).toMatchObject({ type: 'domain', domain: STAFF });
    const feed = await readFeed(drive, token);
    expect(feed.changes.map((c) => c.fileId)).toEqual(['f-private-lesson']);
    const reader = (await driveAs(`p.jones@pupils.${STAFF}`)
      .permissions.create({ fileId: 'f-private-lesson', requestBody: { type: 'anyone', role: 'reader' } })
      .catch((e: unknown) => e)) as { status: number };
    expect(reader.status).toBe(404);
  });
});
