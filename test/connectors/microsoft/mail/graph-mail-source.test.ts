import type { FetchedMail, MailSyncOptions } from '../../../../core/mail/source';
import { memoryCursorStore } from '../../../../connectors/state/cursor-store';
import {
  deltaCursorKey,
  graphMailSource,
  seenCursorKey,
  type GraphMailSourceOptions,
} from '../../../../connectors/microsoft/mail';
import { startGraphEmulator, type GraphEmulator } from '../../../emulators/graph';
import type { EmuMessage } from '../../../emulators/graph/tenant';
import { graphFor, TEST_TOKEN } from '../graph-test-client';

const ANN = 'ann.teacher@example.sch.uk';
const BEN = 'ben.teacher@example.sch.uk';
const PUPIL = '23abrown@pupils.example.sch.uk';
const NOW = new Date(Date.UTC(2025, 0, 20, 12));
const fixture = {
  sharePointHost: 'example.sharepoint.com',
  sites: [],
  users: [
    { userPrincipalName: ANN, displayName: 'Ann Teacher' },
    { userPrincipalName: BEN, displayName: 'Ben Teacher' },
  ],
};

let emulator: GraphEmulator;
beforeEach(async () => {
  emulator = await startGraphEmulator({ token: TEST_TOKEN, fixture });
});
afterEach(() => emulator.close());

let serial = 0;
/** A message in the mailbox's Sent Items, `day` days before NOW. */
function sent(mailbox: string, to: string[], daysAgo = 1, extra: { raw?: Buffer; bcc?: string[] } = {}): EmuMessage {
  serial += 1;
  return emulator.tenant.deliverMessage(mailbox, 'sentitems', {
    from: mailbox,
    to,
    subject: `Homework ${serial}`,
    text: `Please see the worksheet ${serial}.`,
    date: new Date(NOW.getTime() - daysAgo * 86_400_000 + serial * 1000),
    messageId: `msg-${serial}@example.sch.uk`,
    ...extra,
  });
}

function source(options: Partial<GraphMailSourceOptions> = {}) {
  return graphMailSource({
    graph: graphFor(emulator),
    mailboxes: [ANN, BEN],
    pupilDomains: ['pupils.example.sch.uk'],
    now: () => NOW,
    ...options,
  });
}

/** A sink that keeps everything and counts how often each message was offered. */
function recorder(onMail?: (mail: FetchedMail) => void | Promise<void>) {
  const mails: FetchedMail[] = [];
  const offered = new Map<string, number>();
  return {
    mails,
    offered,
    messageIds: () => mails.flatMap((m) => (m.kind === 'message' ? [m.message.messageId] : [])),
    sink: async (mail: FetchedMail) => {
      mails.push(mail);
      offered.set(mail.sourceId, (offered.get(mail.sourceId) ?? 0) + 1);
      await onMail?.(mail);
    },
  };
}

const mimeReads = () => emulator.log.find('GET', /\/\$value$/).filter((e) => e.status === 200);

describe('graphMailSource', () => {
  it('first sync: reads the lookback period, opens only messages to pupils, saves the deltaLink', async () => {
    const toPupil = sent(ANN, [PUPIL, 'b.jones@example.sch.uk']);
    const toStaff = sent(ANN, ['b.jones@example.sch.uk']);
    sent(ANN, [PUPIL], 45); // before the 30-day lookback
    const bcc = sent(BEN, ['parent@gmail.com'], 2, { bcc: [PUPIL] });
    const cursors = memoryCursorStore();
    const rec = recorder();

    const result = await source().sync(cursors, rec.sink);

    expect(result).toEqual({ mailboxes: 2, fetched: 2, errors: 0, fullSyncs: [ANN, BEN], failedMailboxes: [] });
    expect(rec.messageIds().sort()).toEqual([toPupil.internetMessageId, bcc.internetMessageId].sort());
    const first = rec.mails.find((m) => m.sourceId === toPupil.id)!;
    expect(first).toMatchObject({ kind: 'message', mailbox: ANN });
    if (first.kind !== 'message') throw new Error('expected a message');
    expect(first.message.from?.address).toBe(ANN);
    expect(first.message.to.map((a) => a.address)).toEqual([PUPIL, 'b.jones@example.sch.uk']);
    expect(first.message.text).toContain('worksheet');
    // The member of staff's other mail is never opened.
    const read = (m: EmuMessage) => mimeReads().some((e) => e.path.includes(m.id.slice(0, -1)));
    expect([toPupil, toStaff, bcc].map(read)).toEqual([true, false, true]);
    expect(mimeReads()).toHaveLength(2);
    const firstDelta = emulator.log.find('GET', `/users/${ANN}/mailFolders/sentitems/messages/delta`)[0]!;
    expect(decodeURIComponent(firstDelta.query)).toContain('$filter=receivedDateTime ge 2024-12-21T12:00:00Z');
    expect(firstDelta.headers.prefer).toBe('odata.maxpagesize=50');
    expect(cursors.entries()[deltaCursorKey(ANN)]).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/.+\$deltatoken=/);
  });

  it('incremental: only what is new since the deltaLink; deleted and changed messages are not offered again', async () => {
    const a = sent(ANN, [PUPIL]);
    const b = sent(ANN, [PUPIL]);
    const cursors = memoryCursorStore();
    await source().sync(cursors, recorder().sink);

    const again = recorder();
    expect(await source().sync(cursors, again.sink)).toMatchObject({ fetched: 0, fullSyncs: [] });
    expect(again.mails).toEqual([]);

    const c = sent(ANN, [PUPIL], 0);
    emulator.tenant.deleteMessage(a.id);
    emulator.tenant.touchMessage(b.id);
    const next = recorder();
    const result = await source().sync(cursors, next.sink);
    expect(result).toMatchObject({ fetched: 1, errors: 0, fullSyncs: [] });
    expect(next.messageIds()).toEqual([c.internetMessageId]);
  });

  it('follows every page, and offers each message once', async () => {
    const all = Array.from({ length: 7 }, () => sent(ANN, [PUPIL]));
    const rec = recorder();
    const result = await source({ mailboxes: [ANN], pageSize: 2 }).sync(memoryCursorStore(), rec.sink);
    expect(result.fetched).toBe(7);
    expect(emulator.log.find('GET', '/messages/delta')).toHaveLength(4);
    expect([...rec.offered.keys()].sort()).toEqual(all.map((m) => m.id).sort());
    expect([...rec.offered.values()].every((n) => n === 1)).toBe(true);
  });

  it('waits out a 429 on a delta page and on a message through the client RetryHandler, once', async () => {
    const m = sent(ANN, [PUPIL]);
    emulator.faults.add({ path: '/messages/delta', status: 429, retryAfter: 0 });
    emulator.faults.add({ path: '/$value', status: 503, retryAfter: 0 });
    const rec = recorder();
    const result = await source({ mailboxes: [ANN] }).sync(memoryCursorStore(), rec.sink);
    expect(result).toMatchObject({ fetched: 1, failedMailboxes: [] });
    expect(rec.messageIds()).toEqual([m.internetMessageId]);
    expect(emulator.log.find('GET', '/messages/delta').map((e) => e.status)).toEqual([429, 200]);
    expect(emulator.log.find('GET', '/$value').map((e) => e.status)).toEqual([503, 200]);
    expect(emulator.faults.pending()).toEqual([]);
  });

  it('does not retry on top of the RetryHandler: a mailbox still throttled fails, the cursor is kept', async () => {
    sent(ANN, [PUPIL]);
    const cursors = memoryCursorStore();
    emulator.faults.add({ path: '/messages/delta', status: 429, retryAfter: 0, times: 100 });
    const result = await source({ mailboxes: [ANN] }).sync(cursors, recorder().sink);
    expect(result.failedMailboxes).toEqual([
      { mailbox: ANN, error: expect.stringMatching(/^HTTP 429 TooManyRequests/) },
    ]);
    // The first try and the client's 4 retries: nothing more.
    expect(emulator.log.find('GET', '/messages/delta')).toHaveLength(5);
    expect(cursors.entries()[deltaCursorKey(ANN)]).toBeUndefined();
  });

  it('expired deltaLink: a full resync that misses nothing and repeats nothing', async () => {
    const before = [sent(ANN, [PUPIL], 3), sent(ANN, [PUPIL], 2)];
    sent(ANN, ['colleague@example.sch.uk'], 2);
    const cursors = memoryCursorStore();
    const first = recorder();
    await source({ mailboxes: [ANN] }).sync(cursors, first.sink);
    expect(first.messageIds()).toEqual(expect.arrayContaining(before.map((m) => m.internetMessageId)));

    const after = [sent(ANN, [PUPIL], 1), sent(ANN, [PUPIL], 0)];
    emulator.tenant.expireMailDeltaTokens();
    const second = recorder();
    const result = await source({ mailboxes: [ANN] }).sync(cursors, second.sink);

    expect(result).toMatchObject({ fetched: 2, errors: 0, fullSyncs: [ANN], failedMailboxes: [] });
    expect(emulator.log.find('GET', '/messages/delta').filter((e) => e.status === 410)).toHaveLength(1);
    expect(second.messageIds().sort()).toEqual(after.map((m) => m.internetMessageId).sort());
    const total = new Map(first.offered);
    for (const [id, n] of second.offered) total.set(id, (total.get(id) ?? 0) + n);
    expect([...total.entries()].sort()).toEqual([...before, ...after].map((m) => [m.id, 1]).sort());
    // The fresh read starts a day before the last round's newest message (2 days ago), not 30 days back.
    const fresh = emulator.log
      .find('GET', '/messages/delta')
      .filter((e) => e.query.includes('filter'))
      .at(-1)!;
    expect(decodeURIComponent(fresh.query)).toContain('receivedDateTime ge 2025-01-17T12:00:');

    // And the new deltaLink works.
    const third = recorder();
    expect(await source({ mailboxes: [ANN] }).sync(cursors, third.sink)).toMatchObject({ fetched: 0, fullSyncs: [] });
  });

  it('a delta state that expires in the middle of a round (resyncRequired) is read afresh without repeats', async () => {
    const all = Array.from({ length: 5 }, () => sent(ANN, [PUPIL]));
    let expired = false;
    const rec = recorder(() => {
      if (!expired) emulator.tenant.expireMailDeltaTokens('resyncRequired');
      expired = true;
    });
    const cursors = memoryCursorStore();
    const result = await source({ mailboxes: [ANN], pageSize: 2 }).sync(cursors, rec.sink);
    expect(result).toMatchObject({ fetched: 5, fullSyncs: [ANN], failedMailboxes: [] });
    expect([...rec.offered.entries()].sort()).toEqual(all.map((m) => [m.id, 1]).sort());
    expect(cursors.entries()[deltaCursorKey(ANN)]).toContain('$deltatoken=');
  });

  it('a mailbox that cannot be read is reported and the others go on', async () => {
    emulator.tenant.mailAccessScope = new Set([BEN]);
    const m = sent(BEN, [PUPIL]);
    sent(ANN, [PUPIL]);
    const cursors = memoryCursorStore();
    const rec = recorder();
    const result = await source({ mailboxes: [ANN, 'left@example.sch.uk', BEN] }).sync(cursors, rec.sink);
    expect(result.mailboxes).toBe(3);
    expect(result.failedMailboxes).toEqual([
      { mailbox: ANN, error: expect.stringMatching(/^HTTP 403 ErrorAccessDenied: Access is denied/) },
      { mailbox: 'left@example.sch.uk', error: expect.stringMatching(/^HTTP 404 ErrorInvalidUser/) },
    ]);
    expect(rec.messageIds()).toEqual([m.internetMessageId]);
    expect(Object.keys(cursors.entries())).not.toContain(deltaCursorKey(ANN));
    expect(Object.keys(cursors.entries())).toContain(deltaCursorKey(BEN));
  });

  it('a broken message is offered as an error, without content, and the round completes', async () => {
    const broken = sent(ANN, [PUPIL], 1, {
      raw: Buffer.from(`To: ${PUPIL}\r\nContent-Type: multipart/mixed\r\n\r\nAlex Brown secret body\r\n`),
    });
    const garbage = sent(ANN, [PUPIL], 1, { raw: Buffer.from('this is not a message at all') });
    const good = sent(ANN, [PUPIL]);
    const cursors = memoryCursorStore();
    const rec = recorder();
    const result = await source({ mailboxes: [ANN] }).sync(cursors, rec.sink);
    expect(result).toMatchObject({ fetched: 1, errors: 2, failedMailboxes: [] });
    const errors = rec.mails.filter((m) => m.kind === 'error');
    expect(errors.map((e) => e.sourceId).sort()).toEqual([broken.id, garbage.id].sort());
    for (const e of errors) {
      expect(e).toMatchObject({ mailbox: ANN, error: expect.any(String) });
      expect(JSON.stringify(e)).not.toMatch(/secret|Alex|not a message/);
    }
    expect(rec.messageIds()).toEqual([good.internetMessageId]);
    expect(cursors.entries()[deltaCursorKey(ANN)]).toBeDefined();
  });

  it('a message deleted before it is read is reported, not lost silently', async () => {
    const first = sent(ANN, [PUPIL], 2);
    const second = sent(ANN, [PUPIL], 1);
    // Delta lists newest first: while the sink takes the newer message, the older one is deleted.
    const rec = recorder((mail) => {
      if (mail.sourceId === second.id) emulator.tenant.deleteMessage(first.id);
    });
    const result = await source({ mailboxes: [ANN] }).sync(memoryCursorStore(), rec.sink);
    expect(result).toMatchObject({ fetched: 1, errors: 1 });
    expect(rec.mails.find((m) => m.sourceId === first.id)).toMatchObject({
      kind: 'error',
      error: 'deleted from the mailbox before it could be read',
    });
  });

  it('killed midway (the sink fails): the run stops, and the rerun offers only the rest', async () => {
    const all = Array.from({ length: 4 }, () => sent(ANN, [PUPIL]));
    const cursors = memoryCursorStore();
    let calls = 0;
    const failing = recorder(() => {
      calls += 1;
      if (calls === 3) throw new Error('disk full');
    });
    await expect(source({ mailboxes: [ANN], pageSize: 2 }).sync(cursors, failing.sink)).rejects.toThrow('disk full');
    expect(cursors.entries()[deltaCursorKey(ANN)]).toBeUndefined();
    expect(cursors.entries()[seenCursorKey(ANN)]).toBeDefined();

    const rerun = recorder();
    const options: MailSyncOptions = { lookbackDays: 30 };
    expect(await source({ mailboxes: [ANN], pageSize: 2 }).sync(cursors, rerun.sink, options)).toMatchObject({
      fetched: 2,
    });
    const offered = new Map(failing.offered);
    for (const [id, n] of rerun.offered) offered.set(id, (offered.get(id) ?? 0) + n);
    // The third was offered when the sink failed, so it is offered again (the sink never took it).
    expect(offered.get(failing.mails[2]!.sourceId)).toBe(2);
    expect([...offered.keys()].sort()).toEqual(all.map((m) => m.id).sort());
  });

  it('reports progress per message read', async () => {
    sent(ANN, [PUPIL]);
    sent(ANN, [PUPIL]);
    const events: Array<{ mailbox: string; fetched: number }> = [];
    await source({ mailboxes: [ANN] }).sync(memoryCursorStore(), recorder().sink, {
      onProgress: (e) => events.push(e),
    });
    expect(events).toEqual([
      { mailbox: ANN, fetched: 1 },
      { mailbox: ANN, fetched: 2 },
    ]);
  });
});
