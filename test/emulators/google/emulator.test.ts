import { google, type admin_directory_v1, type drive_v3 } from 'googleapis';
import { smallSchoolFixture, startGoogleEmulator, type GoogleEmulator } from '.';

const STAFF = 'oakfield.sch.uk';
const JSMITH = `j.smith@${STAFF}`;
const ADMIN = `it.admin@${STAFF}`;

let emulator: GoogleEmulator;

function authAs(email: string) {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: `test:${email}` });
  return auth;
}
const driveAs = (email: string, emu: GoogleEmulator = emulator): drive_v3.Drive =>
  google.drive({ version: 'v3', rootUrl: emu.rootUrl, auth: authAs(email), retry: false, fetchImplementation: fetch });
const directoryAs = (email: string): admin_directory_v1.Admin =>
  google.admin({
    version: 'directory_v1',
    rootUrl: emulator.rootUrl,
    auth: authAs(email),
    retry: false,
    fetchImplementation: fetch,
  });

/** The Google error googleapis threw: status, reason, headers. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    const e = err as {
      status?: number;
      response?: { status: number; headers: Headers; data: { error: { errors: Array<{ reason: string }> } } };
    };
    return {
      status: e.response?.status ?? e.status,
      reason: e.response?.data.error.errors[0]?.reason,
      retryAfter: e.response?.headers.get('retry-after') ?? null,
    };
  }
  throw new Error('expected the call to fail');
}

async function allMyFiles(drive: drive_v3.Drive, q: string, pageSize: number) {
  const ids: string[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const res = await drive.files.list({ q, pageSize, pageToken, fields: 'nextPageToken,files(id)' });
    ids.push(...(res.data.files ?? []).map((f) => f.id as string));
    pageToken = res.data.nextPageToken ?? undefined;
    pages += 1;
  } while (pageToken);
  return { ids, pages };
}

beforeAll(async () => {
  emulator = await startGoogleEmulator({ fixture: smallSchoolFixture() });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.faults.clear();
  emulator.failingUsers.clear();
});

describe('authentication and the directory', () => {
  it('answers 401 without a bearer token and for an unknown test account', async () => {
    const none = await fetch(`${emulator.rootUrl}drive/v3/files`);
    expect(none.status).toBe(401);
    const body = (await none.json()) as { error: { code: number; status: string } };
    expect(body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(await failure(driveAs('nobody@elsewhere.org').files.list())).toMatchObject({
      status: 401,
      reason: 'authError',
    });
  });

  it('pages users for the admin, filters by org unit and suspension, and refuses a non-admin', async () => {
    const dir = directoryAs(ADMIN);
    const emails: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await dir.users.list({ customer: 'my_customer', maxResults: 3, pageToken });
      emails.push(...(res.data.users ?? []).map((u) => u.primaryEmail as string));
      pageToken = res.data.nextPageToken ?? undefined;
      pages += 1;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(emails).toHaveLength(8);
    const head = await dir.users.get({ userKey: `headteacher@${STAFF}` });
    expect(head.data).toMatchObject({ primaryEmail: `head@${STAFF}`, aliases: [`headteacher@${STAFF}`] });

    const pupils = await dir.users.list({
      customer: 'my_customer',
      query: "orgUnitPath='/Pupils' isSuspended=false",
      fields: 'users(primaryEmail,orgUnitPath)',
    });
    expect(pupils.data.users?.map((u) => u.primaryEmail).sort()).toEqual([
      'm.ali@pupils.oakfield.sch.uk',
      'p.jones@pupils.oakfield.sch.uk',
    ]);
    expect(Object.keys(pupils.data.users?.[0] ?? {}).sort()).toEqual(['orgUnitPath', 'primaryEmail']);
    const active = await dir.users.list({ domain: STAFF, query: 'isSuspended=false', maxResults: 500 });
    expect(active.data.users?.some((u) => u.suspended)).toBe(false);
    expect(active.data.users).toHaveLength(5);

    expect(await failure(directoryAs(JSMITH).users.list({ customer: 'my_customer' }))).toMatchObject({
      status: 403,
      reason: 'forbidden',
    });
    expect(await failure(dir.users.list({ customer: 'my_customer', query: 'shoeSize=9' }))).toMatchObject({
      status: 400,
    });
  });
});

describe('files.list', () => {
  it('pages with nextPageToken, and returns the token only when the mask asks for it', async () => {
    const drive = driveAs(JSMITH);
    const { ids, pages } = await allMyFiles(drive, "'me' in owners", 2);
    expect(pages).toBe(4);
    expect(ids).toEqual([
      'f-trip-folder',
      'f-trip-consent',
      'f-trip-itinerary',
      'f-partner-share',
      'f-trashed-exposed',
      'f-group-share',
      'f-private-lesson',
    ]);
    const noToken = await drive.files.list({ q: "'me' in owners", pageSize: 2, fields: 'files(id)' });
    expect(noToken.data.files).toHaveLength(2);
    expect(noToken.data.nextPageToken).toBeUndefined();
    expect(await failure(drive.files.list({ pageSize: 1001 }))).toMatchObject({ status: 400 });
  });

  it('keeps every item across partial and empty pages', async () => {
    const emu = await startGoogleEmulator({ fixture: smallSchoolFixture(), partialPages: true });
    try {
      const { ids, pages } = await allMyFiles(driveAs(JSMITH, emu), "'me' in owners", 2);
      expect(ids).toHaveLength(7);
      expect(pages).toBeGreaterThan(4);
    } finally {
      await emu.close();
    }
  });

  it('applies nested field masks, caps pages with permissions at 100, and rejects unknown fields', async () => {
    const drive = driveAs(JSMITH);
    const res = await drive.files.list({
      q: "'f-trip-folder' in parents",
      pageSize: 1000,
      fields: 'files(id,owners(emailAddress),permissions(id,type,permissionDetails/inherited))',
    });
    const consent = res.data.files?.find((f) => f.id === 'f-trip-consent');
    expect(consent).toEqual({
      id: 'f-trip-consent',
      owners: [{ emailAddress: JSMITH }],
      permissions: [
        { id: expect.any(String), type: 'user', permissionDetails: [{ inherited: false }] },
        { id: 'anyoneWithLink', type: 'anyone', permissionDetails: [{ inherited: true }] },
      ],
    });
    const defaults = await drive.files.get({ fileId: 'f-trip-consent' });
    expect(Object.keys(defaults.data).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(await failure(drive.files.list({ fields: 'files(id,colour)' }))).toMatchObject({
      status: 400,
      reason: 'invalidParameter',
    });
    const page = emulator.log.find('GET', '/drive/v3/files').at(-3);
    expect(page?.status).toBe(200);
  });

  it('evaluates q: visibility (inherited too), trashed, mimeType, not/or, sharedWithMe; bad q is a 400', async () => {
    const drive = driveAs(JSMITH);
    const ids = async (q: string) =>
      ((await drive.files.list({ q, fields: 'files(id)' })).data.files ?? []).map((f) => f.id).sort();
    expect(await ids("'me' in owners and visibility = 'anyoneWithLink' and trashed = false")).toEqual([
      'f-trip-consent',
      'f-trip-folder',
      'f-trip-itinerary',
    ]);
    expect(await ids("'me' in owners and trashed = true")).toEqual(['f-trashed-exposed']);
    expect(
      await ids(
        "'me' in owners and not (visibility = 'limited') and (mimeType = 'application/pdf' or mimeType = 'application/vnd.google-apps.folder')",
      ),
    ).toEqual(['f-trip-folder', 'f-trip-itinerary']);
    expect(await ids('sharedWithMe')).toEqual(['f-external-owned', 'f-pupil-to-teacher']);
    expect(await ids("'moderator@trust.org.uk' in readers")).toEqual(['f-partner-share']);
    expect(await ids("name = 'Lesson plan'")).toEqual(['f-private-lesson']);
    expect(await ids("modifiedTime > '2000-01-01T00:00:00Z' and 'me' in owners and name contains 'year'")).toEqual([
      'f-trip-folder',
    ]);

    const office = driveAs(`office@${STAFF}`);
    const found = await office.files.list({ q: "visibility = 'anyoneCanFind'", fields: 'files(id)' });
    expect(found.data.files).toEqual([{ id: 'f-newsletter' }]);
    // An expired link is no longer visibility anyoneWithLink.
    const expired = await office.files.list({ q: "visibility != 'limited'", fields: 'files(id)' });
    expect(expired.data.files).toEqual([{ id: 'f-newsletter' }]);

    expect(await failure(drive.files.list({ q: "fullText contains 'x'" }))).toMatchObject({
      status: 400,
      reason: 'invalid',
    });
    expect(await failure(drive.files.list({ q: "visibility = 'everyone'" }))).toMatchObject({ status: 400 });
  });

  it('represents a file owned outside the school and shared in', async () => {
    const res = await driveAs(JSMITH).files.get({ fileId: 'f-external-owned', fields: 'owners,ownedByMe,shared' });
    expect(res.data).toMatchObject({
      ownedByMe: false,
      shared: true,
      owners: [expect.objectContaining({ emailAddress: 'consultant@edpsych-partners.co.uk', me: false })],
    });
  });

  it('lists shared-drive items without permissions but with hasAugmentedPermissions', async () => {
    const drive = driveAs(`head@${STAFF}`);
    const res = await drive.files.list({
      corpora: 'drive',
      driveId: 'sd-pastoral',
      includeItemsFromAllDrives: true,
      supportsAllDrives: true,
      fields: 'files(id,driveId,permissions,permissionIds,hasAugmentedPermissions)',
    });
    const files = res.data.files ?? [];
    expect(files.map((f) => f.id)).toEqual(['sd-referrals', 'sd-referral-a', 'sd-minutes']);
    expect(files.every((f) => f.permissions === undefined && f.driveId === 'sd-pastoral')).toBe(true);
    expect(files.map((f) => f.hasAugmentedPermissions)).toEqual([false, false, true]);
    expect(files[2]?.permissionIds).toContain('anyoneWithLink');

    expect(
      await failure(drive.files.list({ corpora: 'drive', driveId: 'sd-pastoral', supportsAllDrives: true })),
    ).toMatchObject({ status: 400 });
    expect(
      await failure(
        driveAs(JSMITH).files.list({
          corpora: 'drive',
          driveId: 'sd-pastoral',
          includeItemsFromAllDrives: true,
          supportsAllDrives: true,
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await failure(drive.files.get({ fileId: 'sd-minutes' }))).toMatchObject({ status: 404, reason: 'notFound' });
  });

  it('lists shared drives: members see theirs, the admin sees all with useDomainAdminAccess', async () => {
    const mine = await driveAs(`a.khan@${STAFF}`).drives.list({ fields: 'drives(id,name)' });
    expect(mine.data.drives).toEqual([{ id: 'sd-pastoral', name: 'Pastoral Team' }]);
    expect((await driveAs(`p.jones@pupils.${STAFF}`).drives.list()).data.drives).toEqual([]);
    const all = await driveAs(ADMIN).drives.list({ useDomainAdminAccess: true, pageSize: 1 });
    expect(all.data.drives).toHaveLength(1);
    expect(all.data.nextPageToken).toBeDefined();
    expect(await failure(driveAs(JSMITH).drives.list({ useDomainAdminAccess: true }))).toMatchObject({
      status: 403,
    });
  });
});

describe('permissions', () => {
  it('pages permissions.list on a shared-drive item with inherited details', async () => {
    const drive = driveAs(`a.khan@${STAFF}`);
    const perms: drive_v3.Schema$Permission[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await drive.permissions.list({
        fileId: 'sd-minutes',
        supportsAllDrives: true,
        pageSize: 2,
        pageToken,
        fields: 'nextPageToken,permissions(id,type,role,emailAddress,permissionDetails)',
      });
      perms.push(...(res.data.permissions ?? []));
      pageToken = res.data.nextPageToken ?? undefined;
      pages += 1;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(perms).toHaveLength(5);
    expect(perms.find((p) => p.emailAddress === 'consultant@edpsych-partners.co.uk')?.permissionDetails).toEqual([
      { permissionType: 'member', role: 'reader', inherited: true, inheritedFrom: 'sd-pastoral' },
    ]);
    expect(perms.find((p) => p.id === 'anyoneWithLink')?.permissionDetails).toEqual([
      { permissionType: 'file', role: 'reader', inherited: false },
    ]);
    const child = await drive.permissions.list({ fileId: 'sd-referral-a', supportsAllDrives: true });
    expect(child.data.permissions).toHaveLength(4);

    expect(await failure(drive.permissions.list({ fileId: 'sd-minutes' }))).toMatchObject({ status: 404 });
    const members = await driveAs(ADMIN).permissions.list({
      fileId: 'sd-pastoral',
      supportsAllDrives: true,
      useDomainAdminAccess: true,
      fields: 'permissions(emailAddress,role)',
    });
    expect(members.data.permissions).toHaveLength(4);
    expect(
      await failure(
        driveAs(`p.jones@pupils.${STAFF}`).permissions.list({
          fileId: 'sd-pastoral',
          supportsAllDrives: true,
          useDomainAdminAccess: true,
        }),
      ),
    ).toMatchObject({ status: 403 });
  });

  it('keeps expirationTime as stored', async () => {
    const res = await driveAs(`office@${STAFF}`).permissions.list({
      fileId: 'f-expired-link',
      fields: 'permissions(id,expirationTime)',
    });
    expect(res.data.permissions).toContainEqual({ id: 'anyoneWithLink', expirationTime: '2024-01-01T00:00:00.000Z' });
  });
});

describe('content', () => {
  it('exports Google files to text and downloads uploads; refuses the wrong way round', async () => {
    const drive = driveAs(JSMITH);
    const text = await drive.files.export(
      { fileId: 'f-trip-consent', mimeType: 'text/plain' },
      { responseType: 'arraybuffer' },
    );
    expect(Buffer.from(text.data as ArrayBuffer).toString('utf8')).toMatch(
      /^\uFEFFConsent received\nPoppy Jones, UPN /,
    );
    const media = await drive.files.get({ fileId: 'f-trip-itinerary', alt: 'media' }, { responseType: 'arraybuffer' });
    expect(Buffer.from(media.data as unknown as ArrayBuffer).toString('utf8')).toBe('Coach leaves at 08:00.');
    expect(
      await failure(drive.files.get({ fileId: 'f-trip-consent', alt: 'media' }, { responseType: 'arraybuffer' })),
    ).toMatchObject({ status: 403, reason: 'fileNotDownloadable' });
    expect(await failure(drive.files.export({ fileId: 'f-trip-itinerary', mimeType: 'text/plain' }))).toMatchObject({
      status: 403,
      reason: 'fileNotExportable',
    });
  });

  it('refuses exports over 10 MB', async () => {
    const emu = await startGoogleEmulator({ fixture: smallSchoolFixture() });
    try {
      emu.tenant.addFile({
        id: 'big',
        name: 'Big',
        mimeType: 'application/vnd.google-apps.document',
        owner: JSMITH,
        size: 11 * 1024 * 1024,
      });
      expect(await failure(driveAs(JSMITH, emu).files.export({ fileId: 'big', mimeType: 'text/plain' }))).toMatchObject(
        { status: 403, reason: 'exportSizeLimitExceeded' },
      );
    } finally {
      await emu.close();
    }
  });
});

describe('faults', () => {
  it('throttles with 429 and Retry-After, then serves normally', async () => {
    emulator.faults.add({ path: '/drive/v3/files', status: 429, retryAfter: 7 });
    const drive = driveAs(JSMITH);
    expect(await failure(drive.files.list())).toEqual({ status: 429, reason: 'rateLimitExceeded', retryAfter: '7' });
    expect(emulator.faults.pending()).toHaveLength(0);
    expect((await drive.files.list()).status).toBe(200);
    expect(emulator.log.find('GET', '/drive/v3/files').at(-2)).toMatchObject({ status: 429, fault: 'status' });
  });

  it("answers 403 with Google's rate-limit reason in the body", async () => {
    emulator.faults.add({ path: /permissions$/, method: 'GET', status: 403, reason: 'rateLimitExceeded', times: 2 });
    const drive = driveAs(JSMITH);
    expect(await failure(drive.permissions.list({ fileId: 'f-trip-folder' }))).toMatchObject({
      status: 403,
      reason: 'rateLimitExceeded',
    });
    emulator.faults.add({ path: '/drive/v3/about', status: 403 });
    expect(await failure(drive.about.get({ fields: 'user' }))).toMatchObject({
      status: 403,
      reason: 'userRateLimitExceeded',
    });
  });

  it('fails a seeded random share of requests, the same ones for the same seed', () => {
    const run = () => {
      emulator.faults.random({ rate: 0.3, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        statuses.push(
          emulator.handle({
            method: 'GET',
            url: '/drive/v3/about?fields=user',
            headers: { authorization: `Bearer test:${JSMITH}` },
          }).status,
        );
      }
      return statuses;
    };
    const first = run();
    const second = run();
    expect(second).toEqual(first);
    const failed = first.filter((s) => s !== 200);
    expect(failed.length).toBeGreaterThan(35);
    expect(failed.length).toBeLessThan(85);
    expect(new Set(failed)).toEqual(new Set([429, 403, 500, 503]));
    emulator.faults.random({ rate: 0.3, seed: 7 });
    expect(run()).toEqual(first);
  });

  it('fails every Drive call of a failing user with 500 backendError', async () => {
    emulator.failingUsers.add(`A.Khan@${STAFF}`);
    expect(await failure(driveAs(`a.khan@${STAFF}`).files.list())).toMatchObject({
      status: 500,
      reason: 'backendError',
    });
    expect((await driveAs(JSMITH).files.list()).status).toBe(200);
  });

  it('drops a connection when asked', async () => {
    emulator.faults.add({ path: '/drive/v3/files', drop: true });
    await expect(driveAs(JSMITH).files.list()).rejects.toThrow();
    expect(() =>
      emulator.handle({ method: 'GET', url: '/drive/v3/files', headers: { authorization: 'Bearer x' } }),
    ).not.toThrow();
  });
});

describe('the synchronous core', () => {
  it('answers like the server', () => {
    const res = emulator.handle({
      method: 'GET',
      url: `${emulator.rootUrl}drive/v3/files/f-newsletter?fields=id,name`,
      headers: { Authorization: `Bearer test:office@${STAFF}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(Buffer.from(res.body).toString('utf8'))).toEqual({
      id: 'f-newsletter',
      name: 'Summer newsletter',
    });
    const missing = emulator.handle({
      method: 'GET',
      url: '/drive/v3/files/nope',
      headers: { authorization: 'Bearer x' },
    });
    expect(missing.status).toBe(404);
    expect(JSON.parse(Buffer.from(missing.body).toString('utf8'))).toMatchObject({
      error: { code: 404, errors: [{ reason: 'notFound', domain: 'global' }], status: 'NOT_FOUND' },
    });
  });
});
