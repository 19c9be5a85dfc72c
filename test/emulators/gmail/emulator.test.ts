import { google, type gmail_v1 } from 'googleapis';
import { startGmailEmulator, type GmailEmulator } from '.';

const STAFF = 'j.smith@example.sch.uk';
const OTHER = 'b.jones@example.sch.uk';
const PUPIL = '23abrown@pupils.example.sch.uk';
const NOW = Date.UTC(2025, 0, 20, 12, 0);
const DAY = 86_400_000;

let emulator: GmailEmulator;

function client(user: string): gmail_v1.Gmail {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: `test:${user}` });
  // googleapis' own retries are off so each fault is seen once, as sent; Node's fetch, as gaxios' dynamic
  // import of node-fetch cannot run under jest.
  return google.gmail({ version: 'v1', rootUrl: emulator.rootUrl, auth, retry: false, fetchImplementation: fetch });
}

function mail(headers: Record<string, string>, body = 'Hello'): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return [...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}

/** The status and Gmail error reason of a failed call. */
async function failure(call: Promise<unknown>): Promise<{ status: number; reason: string; retryAfter?: string }> {
  try {
    await call;
  } catch (err) {
    const e = err as {
      status?: number;
      response?: { status: number; data: { error: { errors: { reason: string }[] } }; headers: Headers };
    };
    const retryAfter = e.response?.headers.get('retry-after') ?? undefined;
    return {
      status: e.response?.status ?? e.status ?? 0,
      reason: e.response?.data.error.errors[0]?.reason ?? '',
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
  }
  throw new Error('expected the call to fail');
}

async function listAll(user: string, params: gmail_v1.Params$Resource$Users$Messages$List): Promise<string[]> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const res = await client(user).users.messages.list({ userId: 'me', ...params, pageToken });
    ids.push(...(res.data.messages ?? []).map((m) => m.id!));
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken);
  return ids;
}

beforeEach(async () => {
  emulator = await startGmailEmulator({ mailboxes: [STAFF, OTHER], now: () => NOW });
});
afterEach(() => emulator.close());

describe('gmail emulator', () => {
  it('delivers a copy to sender and recipients, each with its own id, and moves the history id on', async () => {
    const before = (await client(STAFF).users.getProfile({ userId: 'me' })).data.historyId!;
    const ids = emulator.domain.deliver(mail({ From: STAFF, To: OTHER, Subject: 'hi' }));
    expect(Object.keys(ids).sort()).toEqual([OTHER, STAFF]);
    expect(ids[STAFF]).not.toBe(ids[OTHER]);
    const profile = (await client(STAFF).users.getProfile({ userId: STAFF })).data;
    expect(profile.emailAddress).toBe(STAFF);
    expect(profile.messagesTotal).toBe(1);
    expect(Number(profile.historyId)).toBeGreaterThan(Number(before));
    const sent = await client(STAFF).users.messages.get({ userId: 'me', id: ids[STAFF]!, format: 'minimal' });
    expect(sent.data.labelIds).toEqual(['SENT']);
    const inbox = await client(OTHER).users.messages.get({ userId: 'me', id: ids[OTHER]!, format: 'minimal' });
    expect(inbox.data.labelIds).toEqual(['INBOX']);
  });

  it('searches with from:, to:@domain, cc:, OR, braces, dates, in:sent and -in:chats', async () => {
    const d = emulator.domain;
    const toPupil = d.deliver(mail({ From: `"Smith, Jane" <${STAFF}>`, To: `Alex <${PUPIL}>` }), {
      internalDate: new Date(NOW - 2 * DAY),
    })[STAFF]!;
    const fromPupil = d.deliver(mail({ From: PUPIL, To: STAFF }), { internalDate: new Date(NOW - 40 * DAY) })[STAFF]!;
    const ccPupil = d.deliver(mail({ From: OTHER, To: STAFF, Cc: PUPIL }), { internalDate: new Date(NOW - DAY) })[
      STAFF
    ]!;
    const chat = d.deliver(mail({ From: PUPIL, To: STAFF }), { labelIds: ['CHAT'], mailboxes: [STAFF] })[STAFF]!;
    const staffOnly = d.deliver(mail({ From: OTHER, To: STAFF }))[STAFF]!;
    const lookAlike = d.deliver(mail({ From: 'x@pupils.example.sch.uk.evil.com', To: STAFF }))[STAFF]!;

    const q = (query: string) => listAll(STAFF, { q: query }).then((ids) => ids.sort());
    const sorted = (...ids: string[]) => ids.sort();
    expect(await q('from:@pupils.example.sch.uk')).toEqual(sorted(fromPupil, chat));
    expect(await q('to:@pupils.example.sch.uk')).toEqual(sorted(toPupil, ccPupil));
    expect(await q('cc:@pupils.example.sch.uk')).toEqual([ccPupil]);
    expect(await q(`from:${PUPIL} OR cc:${PUPIL}`)).toEqual(sorted(fromPupil, chat, ccPupil));
    expect(await q('{from:@pupils.example.sch.uk to:@pupils.example.sch.uk} -in:chats')).toEqual(
      sorted(toPupil, fromPupil, ccPupil),
    );
    expect(await q('{from:@pupils.example.sch.uk to:@pupils.example.sch.uk} newer_than:30d -in:chats')).toEqual(
      sorted(toPupil, ccPupil),
    );
    expect(await q(`after:${Math.floor((NOW - 3 * DAY) / 1000)} before:${Math.floor((NOW - DAY) / 1000)}`)).toEqual([
      toPupil,
    ]);
    expect(await q('before:2024/12/20')).toEqual([fromPupil]);
    expect(await q('in:sent')).toEqual([toPupil]);
    expect(await q('from:example.sch.uk -in:chats')).toEqual(sorted(toPupil, fromPupil, ccPupil, staffOnly));
    expect(await q('from:@pupils.example.sch.uk')).not.toContain(lookAlike);
    expect((await failure(client(STAFF).users.messages.list({ userId: 'me', q: '{from:a' }))).status).toBe(400);
  });

  it('leaves Spam and Trash out unless asked', async () => {
    const trashed = emulator.domain.deliver(mail({ From: STAFF, To: PUPIL }), { labelIds: ['SENT', 'TRASH'] })[STAFF]!;
    expect(await listAll(STAFF, { q: 'to:@pupils.example.sch.uk' })).toEqual([]);
    expect(await listAll(STAFF, { q: 'to:@pupils.example.sch.uk', includeSpamTrash: true })).toEqual([trashed]);
    expect(await listAll(STAFF, { q: 'to:@pupils.example.sch.uk in:anywhere' })).toEqual([trashed]);
  });

  it('pages messages.list newest first, without gaps or repeats, and caps maxResults at 500', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(
        emulator.domain.deliver(mail({ From: OTHER, To: STAFF }), { internalDate: new Date(NOW - i * DAY) })[STAFF]!,
      );
    }
    const first = await client(STAFF).users.messages.list({ userId: 'me', maxResults: 3 });
    expect(first.data.messages?.map((m) => m.id)).toEqual(ids.slice(0, 3));
    expect(first.data.resultSizeEstimate).toBe(7);
    expect(await listAll(STAFF, { maxResults: 3 })).toEqual(ids);
    const capped = await client(STAFF).users.messages.list({ userId: 'me', maxResults: 1000 });
    expect(capped.data.messages).toHaveLength(7);
    const none = await client(OTHER).users.messages.list({ userId: 'me', q: 'from:nobody@example.sch.uk' });
    expect(none.data).toEqual({ resultSizeEstimate: 0 });
  });

  it('gets a message raw (base64url, byte for byte), as metadata, or minimal; 404 for an unknown id', async () => {
    const raw = mail(
      { From: STAFF, To: PUPIL, Subject: 'Caf\u00e9 trip', 'Message-ID': '<m1@example.sch.uk>' },
      '\u00e9t\u00e9 ~~~ ???',
    );
    const id = emulator.domain.deliver(raw)[STAFF]!;
    const gmail = client(STAFF).users.messages;
    const got = await gmail.get({ userId: 'me', id, format: 'raw' });
    expect(got.data.raw).not.toMatch(/[+/=]/);
    expect(Buffer.from(got.data.raw!, 'base64url').toString('utf8')).toBe(raw);
    const meta = await gmail.get({ userId: 'me', id, format: 'metadata', metadataHeaders: ['from', 'To'] });
    expect(meta.data.payload?.headers).toEqual([
      { name: 'From', value: STAFF },
      { name: 'To', value: PUPIL },
    ]);
    expect(meta.data.raw).toBeUndefined();
    const minimal = await gmail.get({ userId: 'me', id, format: 'minimal' });
    expect(minimal.data.payload).toBeUndefined();
    expect(minimal.data.internalDate).toBe(String(NOW));
    expect(await failure(gmail.get({ userId: 'me', id: 'ffff', format: 'raw' }))).toMatchObject({
      status: 404,
      reason: 'notFound',
    });
  });

  it('lists history after a start id, only the types asked for, in pages, with the current history id', async () => {
    const d = emulator.domain;
    const start = d.historyId(STAFF);
    const a = d.deliver(mail({ From: OTHER, To: STAFF }))[STAFF]!;
    d.addLabels(STAFF, a, ['STARRED']);
    const b = d.deliver(mail({ From: OTHER, To: STAFF }))[STAFF]!;
    const c = d.deliver(mail({ From: OTHER, To: STAFF }))[STAFF]!;
    const history = client(STAFF).users.history;

    const all = await history.list({ userId: 'me', startHistoryId: start });
    expect(all.data.history).toHaveLength(4);
    expect(all.data.historyId).toBe(d.historyId(STAFF));

    const added: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await history.list({
        userId: 'me',
        startHistoryId: start,
        historyTypes: ['messageAdded'],
        maxResults: 2,
        pageToken,
      });
      pages += 1;
      for (const h of res.data.history ?? []) for (const m of h.messagesAdded ?? []) added.push(m.message!.id!);
      expect(res.data.historyId).toBe(d.historyId(STAFF));
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    expect(added).toEqual([a, b, c]);
    expect(pages).toBe(2);

    const now = await history.list({ userId: 'me', startHistoryId: d.historyId(STAFF) });
    expect(now.data.history).toBeUndefined();
  });

  it('answers 404 for a start id older than the history it keeps; the current id stays valid', async () => {
    const d = emulator.domain;
    const old = d.historyId(STAFF);
    d.deliver(mail({ From: OTHER, To: STAFF }));
    d.expireAllHistory(STAFF);
    const history = client(STAFF).users.history;
    expect(await failure(history.list({ userId: 'me', startHistoryId: old }))).toMatchObject({
      status: 404,
      reason: 'notFound',
    });
    const current = await history.list({ userId: 'me', startHistoryId: d.historyId(STAFF) });
    expect(current.status).toBe(200);
    expect((await failure(history.list({ userId: 'me', startHistoryId: 'x' }))).status).toBe(400);
  });

  it('acts as the token mailbox only', async () => {
    const noToken = google.gmail({
      version: 'v1',
      rootUrl: emulator.rootUrl,
      retry: false,
      fetchImplementation: fetch,
    });
    expect(await failure(noToken.users.getProfile({ userId: 'me' }))).toMatchObject({
      status: 401,
      reason: 'authError',
    });
    expect(await failure(client(STAFF).users.getProfile({ userId: OTHER }))).toMatchObject({
      status: 403,
      reason: 'forbidden',
    });
    expect(await failure(client('left@example.sch.uk').users.getProfile({ userId: 'me' }))).toMatchObject({
      status: 400,
      reason: 'failedPrecondition',
    });
    expect(emulator.log.find('/profile', STAFF).map((e) => e.userId)).toEqual([OTHER]);
  });

  it('injects throttling, server errors and dropped connections, and logs them', async () => {
    const f = emulator.faults;
    f.add({ path: '/profile', status: 429, retryAfter: 7 });
    f.add({ path: '/profile', status: 403, reason: 'userRateLimitExceeded' });
    f.add({ path: '/profile', status: 403, reason: 'rateLimitExceeded', mailbox: OTHER });
    f.add({ path: '/profile', status: 500 });
    f.add({ path: '/history', drop: true });
    const profile = () => client(STAFF).users.getProfile({ userId: 'me' });
    expect(await failure(profile())).toEqual({ status: 429, reason: 'rateLimitExceeded', retryAfter: '7' });
    expect(await failure(profile())).toMatchObject({ status: 403, reason: 'userRateLimitExceeded' });
    expect(await failure(profile())).toMatchObject({ status: 500, reason: 'backendError' });
    expect((await profile()).status).toBe(200);
    expect(await failure(client(OTHER).users.getProfile({ userId: 'me' }))).toMatchObject({
      status: 403,
      reason: 'rateLimitExceeded',
    });
    expect((await failure(client(STAFF).users.history.list({ userId: 'me', startHistoryId: '1' }))).status).toBe(0);
    expect(f.pending()).toEqual([]);
    expect(emulator.log.find('/profile', STAFF).map((e) => [e.status, e.fault])).toEqual([
      [429, 'status'],
      [403, 'status'],
      [500, 'status'],
      [200, undefined],
    ]);
    expect(emulator.log.find('/history')[0]?.fault).toBe('drop');
  });
});
