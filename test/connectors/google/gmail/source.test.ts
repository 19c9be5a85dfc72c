import { gmailCursorKey, pupilMailQuery } from '../../../../connectors/google/gmail';
import type { FetchedMail } from '../../../../core/mail/source';
import {
  brokenMail,
  DAY,
  mail,
  NOW,
  offerCounts,
  PUPIL,
  PUPIL2,
  startHarness,
  STAFF,
  STAFF2,
  subjects,
  type Harness,
} from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.emulator.close());

const before = (days: number) => ({ internalDate: new Date(NOW - days * DAY) });

describe('gmailMailSource: full sync', () => {
  it('reads pupil mail in the look-back window once, takes the history id first, and saves it as the cursor', async () => {
    const d = h.emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'to pupil' }), before(1));
    d.deliver(mail({ From: `Alex <${PUPIL}>`, To: STAFF, Subject: 'from pupil' }), before(2));
    d.deliver(mail({ From: STAFF2, To: STAFF, Cc: PUPIL, Subject: 'cc pupil' }), before(3));
    d.deliver(mail({ From: STAFF, To: STAFF2, Bcc: PUPIL2, Subject: 'bcc pupil' }), before(4));
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'deleted by staff' }), {
      ...before(5),
      labelIds: ['SENT', 'TRASH'],
    });
    d.deliver(mail({ From: STAFF2, To: STAFF, Subject: 'staff only' }), before(1));
    d.deliver(mail({ From: 'x@pupils.example.sch.uk.evil.com', To: STAFF, Subject: 'look-alike' }), before(1));
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'too old' }), before(31));
    d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'chat' }), { labelIds: ['CHAT'], mailboxes: [STAFF] });
    const historyAtStart = d.historyId(STAFF);

    const { result, offered } = await h.sync();

    expect(subjects(offered, STAFF)).toEqual(['bcc pupil', 'cc pupil', 'deleted by staff', 'from pupil', 'to pupil']);
    expect(subjects(offered, STAFF2)).toEqual(['bcc pupil', 'cc pupil']);
    expect([...offerCounts(offered).values()].every((n) => n === 1)).toBe(true);
    expect(result).toEqual({ mailboxes: 2, fetched: 7, errors: 0, fullSyncs: [STAFF, STAFF2], failedMailboxes: [] });
    expect(h.cursors.entries()).toEqual({
      [gmailCursorKey(STAFF)]: historyAtStart,
      [gmailCursorKey(STAFF2)]: d.historyId(STAFF2),
    });
    const calls = h.emulator.log.entries.filter((e) => e.mailbox === STAFF).map((e) => e.path);
    expect(calls[0]).toBe('/profile');
    expect(calls[1]).toBe('/messages');
    const list = h.emulator.log.find(/^\/messages$/, STAFF)[0]!;
    expect(list.query.get('q')).toBe(pupilMailQuery(new Set(['pupils.example.sch.uk']), 30));
    expect(list.query.get('includeSpamTrash')).toBe('true');
  });

  it('looks back as many days as asked', async () => {
    h.emulator.domain.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'forty days ago' }), before(40));
    const { offered } = await h.sync({ lookbackDays: 60 });
    expect(subjects(offered)).toEqual(['forty days ago']);
  });
});

describe('gmailMailSource: incremental', () => {
  it('reads only what was added since the cursor, headers first, bodies only of pupil mail', async () => {
    const d = h.emulator.domain;
    const old = d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'before' }), before(1))[STAFF]!;
    await h.sync();
    h.emulator.log.clear();

    const newPupil = d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'new from pupil' }))[STAFF]!;
    const staffOnly = d.deliver(mail({ From: STAFF2, To: STAFF, Subject: 'new staff only' }))[STAFF]!;
    d.addLabels(STAFF, old, ['STARRED']);
    const { result, offered } = await h.sync();

    expect(subjects(offered)).toEqual(['new from pupil']);
    expect(offered[0]).toMatchObject({ kind: 'message', mailbox: STAFF, sourceId: newPupil });
    expect(result).toMatchObject({ fetched: 1, errors: 0, fullSyncs: [], failedMailboxes: [] });
    expect(h.emulator.log.find(/^\/messages$/)).toEqual([]);
    const history = h.emulator.log.find('/history', STAFF)[0]!;
    expect(history.query.getAll('historyTypes')).toEqual(['messageAdded']);
    const gets = h.emulator.log.find('/messages/', STAFF).map((e) => [e.path.split('/')[2], e.query.get('format')]);
    expect(gets).toEqual([
      [newPupil, 'metadata'],
      [staffOnly, 'metadata'],
      [newPupil, 'raw'],
    ]);
    expect(h.cursors.entries()[gmailCursorKey(STAFF)]).toBe(d.historyId(STAFF));

    const again = await h.sync();
    expect(again.offered).toEqual([]);
  });

  it('skips a message deleted between the history and the fetch', async () => {
    await h.sync();
    const d = h.emulator.domain;
    const gone = d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'gone' }))[STAFF]!;
    d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'kept' }));
    d.deleteMessage(STAFF, gone);
    const { result, offered } = await h.sync();
    expect(subjects(offered)).toEqual(['kept']);
    expect(result.errors).toBe(0);
  });
});

describe('gmailMailSource: paging', () => {
  it('follows every page of the search and of the history, offering each message once', async () => {
    const d = h.emulator.domain;
    for (let i = 0; i < 5; i++) d.deliver(mail({ From: STAFF, To: PUPIL, Subject: `old ${i}` }), before(i + 1));
    const first = await h.sync({ pageSize: 2, mailboxes: [STAFF] });
    expect(subjects(first.offered)).toEqual(['old 0', 'old 1', 'old 2', 'old 3', 'old 4']);
    expect(h.emulator.log.find(/^\/messages$/, STAFF)).toHaveLength(3);

    for (let i = 0; i < 5; i++) d.deliver(mail({ From: PUPIL, To: STAFF, Subject: `new ${i}` }));
    const second = await h.sync({ pageSize: 2, mailboxes: [STAFF] });
    expect(subjects(second.offered)).toEqual(['new 0', 'new 1', 'new 2', 'new 3', 'new 4']);
    expect(h.emulator.log.find('/history', STAFF)).toHaveLength(3);
    expect([...offerCounts([...first.offered, ...second.offered]).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('gmailMailSource: throttling and failures', () => {
  it('retries 429 (after the Retry-After asked for) and 403 rate limits, missing nothing', async () => {
    const d = h.emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'one' }), before(1));
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'two' }), before(2));
    h.emulator.faults.add({ path: '/messages/', status: 429, retryAfter: 3 });
    h.emulator.faults.add({ path: '/messages', status: 403, reason: 'rateLimitExceeded', mailbox: STAFF });
    h.emulator.faults.add({ path: '/profile', status: 403, reason: 'userRateLimitExceeded', mailbox: STAFF2 });
    h.emulator.faults.add({ path: '/profile', status: 503, mailbox: STAFF2 });

    const { result, offered } = await h.sync();

    expect(h.emulator.faults.pending()).toEqual([]);
    expect(result.failedMailboxes).toEqual([]);
    expect(subjects(offered)).toEqual(['one', 'two']);
    expect(h.sleeps).toContain(3000);
    expect(h.limiter.stats()).toMatchObject({ retries: 4, throttled: 3 });
  });

  it('reports a mailbox that cannot be read and goes on with the others; its cursor is left alone', async () => {
    const d = h.emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'readable' }), before(1));
    h.emulator.faults.add({ path: '/messages', status: 500, mailbox: STAFF2, times: Infinity });

    const { result, offered } = await h.sync({ mailboxes: ['left@example.sch.uk', STAFF2, STAFF] });

    expect(result.failedMailboxes.map((f) => f.mailbox)).toEqual(['left@example.sch.uk', STAFF2]);
    expect(result.failedMailboxes[0]!.error).toMatch(/400 failedPrecondition/);
    expect(result.failedMailboxes[1]!.error).toMatch(/500.*gave up after 5 attempts/);
    expect(result.mailboxes).toBe(3);
    expect(subjects(offered)).toEqual(['readable']);
    expect(Object.keys(h.cursors.entries())).toEqual([gmailCursorKey(STAFF)]);
  });

  it('offers a message that cannot be parsed as an error, and goes on', async () => {
    const d = h.emulator.domain;
    const broken = d.deliver(brokenMail({ From: STAFF, To: PUPIL, Subject: 'broken' }), before(1))[STAFF]!;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'fine' }), before(2));
    const { result, offered } = await h.sync({ mailboxes: [STAFF] });
    expect(offered.find((m) => m.kind === 'error')).toEqual({
      kind: 'error',
      mailbox: STAFF,
      sourceId: broken,
      error: expect.stringMatching(/boundary|multipart|MIME/i),
    });
    expect(result).toMatchObject({ fetched: 1, errors: 1, failedMailboxes: [] });
    expect(h.cursors.entries()[gmailCursorKey(STAFF)]).toBeDefined();

    const later = d.deliver(brokenMail({ From: PUPIL, To: STAFF, Subject: 'broken later' }))[STAFF]!;
    const next = await h.sync({ mailboxes: [STAFF] });
    expect(next.offered).toEqual([expect.objectContaining({ kind: 'error', sourceId: later })]);
  });

  it('stops with the sink failing, leaving the cursor where it was so the next run offers it all again', async () => {
    const d = h.emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'a' }), before(1));
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'b' }), before(2));
    let calls = 0;
    const failing = async () => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
    };
    await expect(h.sync({ mailboxes: [STAFF] }, failing)).rejects.toThrow('disk full');
    expect(h.cursors.entries()).toEqual({});
    const rerun = await h.sync({ mailboxes: [STAFF] });
    expect(subjects(rerun.offered)).toEqual(['a', 'b']);
  });
});

describe('gmailMailSource: stale history id', () => {
  it('resyncs in full: nothing missed, nothing offered twice in the run, and incremental again after', async () => {
    const d = h.emulator.domain;
    d.deliver(mail({ From: STAFF, To: PUPIL, Subject: 'first' }), before(2));
    const firstRun = await h.sync({ mailboxes: [STAFF] });
    expect(subjects(firstRun.offered)).toEqual(['first']);

    d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'while away 1' }));
    d.deliver(mail({ From: STAFF, To: PUPIL2, Subject: 'while away 2' }));
    d.deliver(mail({ From: STAFF2, To: STAFF, Subject: 'staff only' }));
    d.expireAllHistory(STAFF);

    const resync = await h.sync({ mailboxes: [STAFF] });
    expect(resync.result.fullSyncs).toEqual([STAFF]);
    expect(h.emulator.log.find('/history', STAFF).map((e) => e.status)).toEqual([404]);
    expect(subjects(resync.offered)).toEqual(['first', 'while away 1', 'while away 2']);
    expect([...offerCounts(resync.offered).values()]).toEqual([1, 1, 1]);
    const ids = resync.offered.map((m) => (m as Extract<FetchedMail, { kind: 'message' }>).message.messageId);
    expect(new Set(ids).size).toBe(3);

    d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'after' }));
    const after = await h.sync({ mailboxes: [STAFF] });
    expect(after.result.fullSyncs).toEqual([]);
    expect(subjects(after.offered)).toEqual(['after']);
  });

  it('expiring in the middle of reading history: the resync does not offer again what this run already has', async () => {
    const d = h.emulator.domain;
    await h.sync({ mailboxes: [STAFF] });
    for (let i = 0; i < 3; i++) d.deliver(mail({ From: PUPIL, To: STAFF, Subject: `new ${i}` }));
    let expired = false;
    const { result, offered } = await h.sync({ mailboxes: [STAFF], pageSize: 1 }, async () => {
      if (expired) return;
      expired = true;
      d.expireAllHistory(STAFF);
    });
    expect(result.fullSyncs).toEqual([STAFF]);
    expect(h.emulator.log.find('/history', STAFF).map((e) => e.status)).toEqual([200, 404]);
    expect(subjects(offered)).toEqual(['new 0', 'new 1', 'new 2']);
    expect([...offerCounts(offered).values()]).toEqual([1, 1, 1]);
  });

  it('misses nothing that arrives while a full sync is listing: the next run has it from history', async () => {
    const d = h.emulator.domain;
    for (let i = 0; i < 4; i++) d.deliver(mail({ From: STAFF, To: PUPIL, Subject: `old ${i}` }), before(i + 1));
    let delivered = false;
    const first = await h.sync({ mailboxes: [STAFF], pageSize: 2 }, async () => {
      if (delivered) return;
      delivered = true;
      d.deliver(mail({ From: PUPIL, To: STAFF, Subject: 'during' }));
    });
    expect(subjects(first.offered)).not.toContain('during');
    const second = await h.sync({ mailboxes: [STAFF], pageSize: 2 });
    const all = [...first.offered, ...second.offered];
    expect(subjects(all)).toEqual(['during', 'old 0', 'old 1', 'old 2', 'old 3']);
    expect([...offerCounts(all).values()].every((n) => n === 1)).toBe(true);
  });
});
