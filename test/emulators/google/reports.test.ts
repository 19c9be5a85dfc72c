import { google, type admin_reports_v1, type drive_v3 } from 'googleapis';
import { smallSchoolFixture, startGoogleEmulator, type GoogleEmulator } from '.';

const STAFF = 'oakfield.sch.uk';
const ADMIN = `it.admin@${STAFF}`;
const JSMITH = `j.smith@${STAFF}`;
const OFFICE = `office@${STAFF}`;
const AKHAN = `a.khan@${STAFF}`;

let emulator: GoogleEmulator;
let clock: number;

const authAs = (email: string) => {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: `test:${email}` });
  return auth;
};
const options = (email: string) => ({
  rootUrl: emulator.rootUrl,
  auth: authAs(email),
  retry: false,
  fetchImplementation: fetch,
});
const reportsAs = (email: string): admin_reports_v1.Admin => google.admin({ version: 'reports_v1', ...options(email) });
const driveAs = (email: string): drive_v3.Drive => google.drive({ version: 'v3', ...options(email) });

const iso = (ms: number) => new Date(ms).toISOString();
/** Moves the tenant's clock on a minute and returns the new time. */
const tick = (): string => {
  clock += 60_000;
  return iso(clock);
};

type Activity = admin_reports_v1.Schema$Activity;

async function listAll(params: admin_reports_v1.Params$Resource$Activities$List = {}) {
  const items: Activity[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const res = await reportsAs(ADMIN).activities.list({
      userKey: 'all',
      applicationName: 'drive',
      ...params,
      ...(pageToken !== undefined && { pageToken }),
    });
    items.push(...(res.data.items ?? []));
    pageToken = res.data.nextPageToken ?? undefined;
    pages += 1;
  } while (pageToken !== undefined);
  return { items, pages };
}

const param = (activity: Activity, name: string) => activity.events?.[0]?.parameters?.find((p) => p.name === name);
const summary = (a: Activity) => ({
  names: (a.events ?? []).map((e) => e.name),
  type: a.events?.[0]?.type,
  doc: param(a, 'doc_id')?.value,
  owner: param(a, 'owner')?.value,
  drive: param(a, 'shared_drive_id')?.value,
  actor: a.actor?.email,
  primary: param(a, 'primary_event')?.boolValue,
});

beforeEach(async () => {
  emulator = await startGoogleEmulator({ fixture: smallSchoolFixture() });
  clock = Date.parse('2026-03-02T09:00:00.000Z');
  emulator.tenant.clock = () => new Date(clock);
});

afterEach(async () => {
  await emulator.close();
});

describe('Reports API drive activities', () => {
  it('lists an event for each mutation since startTime, newest first, with owner, doc and drive', async () => {
    const since = tick();
    tick();
    emulator.tenant.updateFile('f-private-lesson', { content: 'Decimals.' });
    tick();
    emulator.tenant.rename('f-newsletter', 'Autumn newsletter');
    tick();
    emulator.tenant.addPermission('f-private-register', { type: 'anyone', role: 'reader' });
    tick();
    emulator.tenant.trash('sd-minutes');

    const { items } = await listAll({ startTime: since });
    expect(items.map(summary)).toEqual([
      {
        names: ['trash'],
        type: 'access',
        doc: 'sd-minutes',
        owner: 'Pastoral Team',
        drive: 'sd-pastoral',
        actor: ADMIN,
        primary: true,
      },
      {
        names: ['change_document_visibility', 'change_document_access_scope'],
        type: 'acl_change',
        doc: 'f-private-register',
        owner: AKHAN,
        drive: undefined,
        actor: AKHAN,
        primary: true,
      },
      {
        names: ['rename'],
        type: 'access',
        doc: 'f-newsletter',
        owner: OFFICE,
        drive: undefined,
        actor: OFFICE,
        primary: true,
      },
      {
        names: ['edit'],
        type: 'access',
        doc: 'f-private-lesson',
        owner: JSMITH,
        drive: undefined,
        actor: JSMITH,
        primary: true,
      },
    ]);
    const visibility = items[1] as Activity;
    expect(param(visibility, 'visibility')?.value).toBe('people_with_link');
    expect(visibility.id?.applicationName).toBe('drive');
    expect(Date.parse(visibility.id?.time as string)).toBe(Date.parse(since) + 3 * 60_000);
  });

  it('names the API caller as the actor and reports a folder change on everything under it', async () => {
    const since = tick();
    tick();
    const permissionId = emulator.tenant.file('f-trip-folder')?.permissions[0]?.id as string;
    await driveAs(JSMITH).permissions.delete({ fileId: 'f-trip-folder', permissionId });
    tick();
    // A member who is not the admin: without the caller recorded, a shared-drive item's actor would be the admin.
    await driveAs(AKHAN).permissions.create({
      fileId: 'sd-referral-a',
      supportsAllDrives: true,
      requestBody: { type: 'user', role: 'reader', emailAddress: OFFICE },
    });

    const { items } = await listAll({ startTime: since });
    const events = items.map(summary);
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual(
      expect.objectContaining({
        names: ['change_user_access'],
        doc: 'sd-referral-a',
        drive: 'sd-pastoral',
        actor: AKHAN,
      }),
    );
    const reconciled = events.slice(1, 3).sort((a, b) => String(a.doc).localeCompare(String(b.doc)));
    expect(reconciled).toEqual(
      ['f-trip-consent', 'f-trip-itinerary'].map((doc) => ({
        names: ['change_document_visibility_hierarchy_reconciled', 'change_document_access_scope_hierarchy_reconciled'],
        type: 'acl_change',
        doc,
        owner: JSMITH,
        drive: undefined,
        actor: JSMITH,
        primary: false,
      })),
    );
    expect(events[3]).toEqual(
      expect.objectContaining({
        names: ['change_document_visibility', 'change_document_access_scope'],
        doc: 'f-trip-folder',
        actor: JSMITH,
        primary: true,
      }),
    );
  });

  it('pages with maxResults and nextPageToken, and rejects more than 1000 a page', async () => {
    const since = tick();
    for (const id of [
      'f-private-lesson',
      'f-private-register',
      'f-newsletter',
      'f-staff-handbook',
      'f-partner-share',
    ]) {
      tick();
      emulator.tenant.updateFile(id, { content: `new ${id}` });
    }
    const paged = await listAll({ startTime: since, maxResults: 2 });
    expect(paged.pages).toBe(3);
    const whole = await listAll({ startTime: since });
    expect(whole.pages).toBe(1);
    expect(paged.items.map((a) => param(a, 'doc_id')?.value)).toEqual(
      whole.items.map((a) => param(a, 'doc_id')?.value),
    );
    expect(whole.items.map((a) => param(a, 'doc_id')?.value)).toEqual([
      'f-partner-share',
      'f-staff-handbook',
      'f-newsletter',
      'f-private-register',
      'f-private-lesson',
    ]);
    await expect(listAll({ startTime: since, maxResults: 1001 })).rejects.toMatchObject({ status: 400 });
  });

  it('keeps to startTime and endTime, and refuses a start in the future or not RFC 3339', async () => {
    tick();
    emulator.tenant.updateFile('f-private-lesson', { content: 'one' });
    const afterFirst = tick();
    emulator.tenant.updateFile('f-private-register', { content: 'two' });
    const afterSecond = tick();
    emulator.tenant.updateFile('f-newsletter', { content: 'three' });
    tick();

    const docs = async (p: admin_reports_v1.Params$Resource$Activities$List) =>
      (await listAll(p)).items.map((a) => param(a, 'doc_id')?.value);
    expect(await docs({ startTime: afterFirst })).toEqual(['f-newsletter', 'f-private-register']);
    expect(await docs({ startTime: afterFirst, endTime: iso(Date.parse(afterSecond) - 1) })).toEqual([
      'f-private-register',
    ]);
    expect(await docs({})).toHaveLength(3);
    await expect(listAll({ startTime: iso(clock + 3_600_000) })).rejects.toMatchObject({ status: 400 });
    await expect(listAll({ startTime: 'yesterday' })).rejects.toMatchObject({ status: 400 });
  });

  it('filters by eventName and by the acting user', async () => {
    const since = tick();
    emulator.tenant.updateFile('f-private-lesson', { content: 'x' });
    tick();
    emulator.tenant.rename('f-newsletter', 'Renamed');
    const renames = await listAll({ startTime: since, eventName: 'rename' });
    expect(renames.items.map(summary)).toEqual([expect.objectContaining({ doc: 'f-newsletter' })]);
    const byJsmith = await listAll({ startTime: since, userKey: JSMITH });
    expect(byJsmith.items.map(summary)).toEqual([expect.objectContaining({ doc: 'f-private-lesson' })]);
  });

  it('returns only the fields asked for, and 400 for an unknown field', async () => {
    const since = tick();
    tick();
    emulator.tenant.updateFile('f-private-lesson', { content: 'x' });
    const res = await reportsAs(ADMIN).activities.list({
      userKey: 'all',
      applicationName: 'drive',
      startTime: since,
      fields: 'nextPageToken,items(actor/email,events(name))',
    });
    expect(res.data).toEqual({ items: [{ actor: { email: JSMITH }, events: [{ name: 'edit' }] }] });
    await expect(
      reportsAs(ADMIN).activities.list({ userKey: 'all', applicationName: 'drive', fields: 'items(nope)' }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('answers 403 to anyone but the administrator', async () => {
    await expect(reportsAs(JSMITH).activities.list({ userKey: 'all', applicationName: 'drive' })).rejects.toMatchObject(
      { status: 403 },
    );
  });
});
