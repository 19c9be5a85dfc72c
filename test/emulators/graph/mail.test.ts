import { fetchTrusting, startGraphEmulator, type GraphEmulator } from '.';

const STAFF = 'j.smith@example.sch.uk';
const OTHER = 'b.jones@example.sch.uk';
const fixture = {
  sharePointHost: 'example.sharepoint.com',
  sites: [],
  users: [
    { userPrincipalName: STAFF, displayName: 'Jane Smith' },
    { userPrincipalName: OTHER, displayName: 'Ben Jones' },
  ],
};

let emulator: GraphEmulator;
let get: (pathOrUrl: string, headers?: Record<string, string>) => Promise<Response>;

beforeEach(async () => {
  emulator = await startGraphEmulator({ token: 'right', fixture });
  const trusted = fetchTrusting(emulator.caPem);
  get = (pathOrUrl, headers = {}) =>
    trusted(pathOrUrl.startsWith('https://') ? pathOrUrl : `${emulator.baseUrl}${pathOrUrl}`, {
      headers: { authorization: 'Bearer right', ...headers },
    });
});
afterEach(() => emulator.close());

type Page = { value: Array<Record<string, unknown>>; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
const json = async (r: Response) => (await r.json()) as Page & { error?: { code: string } };

function send(n: number, day = 10, mailbox = STAFF) {
  return emulator.tenant.deliverMessage(mailbox, 'sentitems', {
    from: mailbox,
    to: [`pupil${n}@pupils.example.sch.uk`],
    subject: `Homework ${n}`,
    text: `Message ${n}`,
    date: new Date(Date.UTC(2025, 0, day, 9, n)),
  });
}

/** Every page of a round from `start`: the ids of messages, of removals, and the final deltaLink. */
async function round(start: string, headers: Record<string, string> = {}) {
  const ids: string[] = [];
  const removed: string[] = [];
  const links: string[] = [];
  let next: string | undefined = start;
  let deltaLink = '';
  while (next !== undefined) {
    const r = await get(next, headers);
    expect(r.status).toBe(200);
    const page = await json(r);
    for (const item of page.value) (item['@removed'] ? removed : ids).push(String(item.id));
    next = page['@odata.nextLink'];
    if (next) links.push(next);
    deltaLink = page['@odata.deltaLink'] ?? deltaLink;
  }
  return { ids, removed, links, deltaLink };
}

const DELTA = `/users/${STAFF}/mailFolders/sentitems/messages/delta`;

describe('graph emulator: mail', () => {
  it('pages a first delta with absolute nextLinks and ends with a deltaLink; options travel in the token', async () => {
    const sent = [1, 2, 3, 4, 5].map((n) => send(n));
    const r = await round(`${DELTA}?$select=id,toRecipients`, { prefer: 'odata.maxpagesize=2' });
    expect(r.ids.sort()).toEqual(sent.map((m) => m.id).sort());
    expect(r.links).toHaveLength(2);
    for (const link of r.links)
      expect(link).toMatch(new RegExp(`^${emulator.baseUrl}/users/.+\\?\\$skiptoken=[\\w-]+$`));
    expect(r.deltaLink).toMatch(new RegExp(`^${emulator.baseUrl}/users/.+/messages/delta\\?\\$deltatoken=[\\w-]+$`));

    const first = await json(await get(`${DELTA}?$select=id,toRecipients`, { prefer: 'odata.maxpagesize=2' }));
    expect(Object.keys(first.value[0]!).sort()).toEqual(['@odata.etag', '@odata.type', 'id', 'toRecipients']);
    // The nextLink carries the page size and $select without the Prefer header being sent again.
    const second = await json(await get(first['@odata.nextLink']!));
    expect(second.value).toHaveLength(2);
    expect(Object.keys(second.value[0]!)).not.toContain('subject');
  });

  it('replays a deltaLink: new and changed messages, deleted ones as @removed, nothing else', async () => {
    const [a, b] = [send(1), send(2)];
    const { deltaLink } = await round(DELTA);
    expect((await round(deltaLink)).ids).toEqual([]);

    const c = send(3);
    emulator.tenant.deleteMessage(a.id);
    emulator.tenant.touchMessage(b.id);
    const gone = send(4);
    emulator.tenant.deleteMessage(gone.id);
    const changes = await round(deltaLink);
    expect(changes.ids.sort()).toEqual([b.id, c.id].sort());
    expect(changes.removed).toEqual([a.id]);
    expect((await round(changes.deltaLink)).ids).toEqual([]);
  });

  it('filters a first delta on receivedDateTime and refuses any other filter', async () => {
    send(1, 3);
    const recent = send(2, 20);
    const filter = encodeURIComponent('receivedDateTime ge 2025-01-15T00:00:00Z');
    expect((await round(`${DELTA}?$filter=${filter}`)).ids).toEqual([recent.id]);
    const bad = await get(`${DELTA}?$filter=${encodeURIComponent("subject eq 'x'")}`);
    expect(bad.status).toBe(400);
  });

  it('answers 410 SyncStateNotFound for an expired or unknown token, and resyncRequired when told', async () => {
    send(1);
    send(2);
    const first = await json(await get(DELTA, { prefer: 'odata.maxpagesize=1' }));
    const { deltaLink } = await round(DELTA);
    emulator.tenant.expireMailDeltaTokens();
    for (const link of [deltaLink, first['@odata.nextLink']!, `${DELTA}?$deltatoken=bm9uc2Vuc2U`]) {
      const r = await get(link);
      expect(r.status).toBe(410);
      expect((await json(r)).error?.code).toBe('SyncStateNotFound');
    }
    // A fresh delta still works, and its tokens are good.
    const fresh = await round(DELTA);
    expect(fresh.ids).toHaveLength(2);
    expect((await get(fresh.deltaLink)).status).toBe(200);
    emulator.tenant.expireMailDeltaTokens('resyncRequired');
    expect((await json(await get(fresh.deltaLink))).error?.code).toBe('resyncRequired');
  });

  it('serves the MIME of a message as text/plain, byte for byte', async () => {
    const m = emulator.tenant.deliverMessage(STAFF, 'sentitems', {
      from: STAFF,
      to: ['pupil@pupils.example.sch.uk'],
      bcc: ['dsl@example.sch.uk'],
      subject: 'Café',
      text: 'Naïve résumé',
      date: new Date(Date.UTC(2025, 0, 10)),
    });
    const r = await get(`/users/${STAFF}/messages/${encodeURIComponent(m.id)}/$value`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/plain');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.equals(m.mime)).toBe(true);
    expect(bytes.toString()).toMatch(/^Bcc: dsl@example\.sch\.uk\r\n/);
    expect(bytes.toString()).toContain(`Message-ID: <${m.internetMessageId}>`);
    const meta = await json(await get(`/users/${STAFF}/messages/${encodeURIComponent(m.id)}`));
    expect(meta).toMatchObject({ internetMessageId: `<${m.internetMessageId}>`, sentDateTime: '2025-01-10T00:00:00Z' });
    expect((await get(`/users/${OTHER}/messages/${encodeURIComponent(m.id)}/$value`)).status).toBe(404);
  });

  it('keeps each mailbox and folder apart', async () => {
    send(1, 10, OTHER);
    emulator.tenant.deliverMessage(STAFF, 'inbox', {
      from: 'pupil@pupils.example.sch.uk',
      to: [STAFF],
      subject: 'Question',
      text: 'Hello',
      date: new Date(Date.UTC(2025, 0, 10)),
    });
    expect((await round(DELTA)).ids).toEqual([]);
    expect((await round(`/users/${STAFF}/mailFolders/inbox/messages/delta`)).ids).toHaveLength(1);
    expect((await get(`/users/${STAFF}/mailFolders/drafts/messages/delta`)).status).toBe(404);
  });

  it('refuses a mailbox outside the RBAC scope (403 ErrorAccessDenied) and an unknown one (404)', async () => {
    emulator.tenant.mailAccessScope = new Set([OTHER]);
    const denied = await get(DELTA);
    expect(denied.status).toBe(403);
    expect((await json(denied)).error?.code).toBe('ErrorAccessDenied');
    expect((await get(`/users/${OTHER}/mailFolders/sentitems/messages/delta`)).status).toBe(200);
    const unknown = await get('/users/nobody@example.sch.uk/mailFolders/sentitems/messages/delta');
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error?.code).toBe('ErrorInvalidUser');
  });

  it('throttles mail requests through the fault plan', async () => {
    emulator.faults.add({ path: '/messages/delta', status: 429, retryAfter: 3 });
    const r = await get(DELTA);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('3');
    expect((await get(DELTA)).status).toBe(200);
  });
});
