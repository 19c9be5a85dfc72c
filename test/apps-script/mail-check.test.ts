/**
 * The mail check over a monitoring mailbox, module by module with the fake services: flags reach the
 * Review sheet masked, slices resume where they stopped, reruns double nothing, and a message that
 * cannot be read is recorded rather than lost.
 */
import { checkMonitoringMailbox } from '../../apps-script/mail/run';
import { toMailMessage } from '../../apps-script/mail/gmail-message';
import { CHECKED_LABEL } from '../../apps-script/mail/monitor-mailbox';
import type { FakeWorld } from '../fakes';
import { concerning, IN_HOURS, mailWorld, MONITOR, ordinary, PUPIL, PUPIL2, sheetRows, STAFF } from './mail-fixtures';
import { DSL } from './school';

const MINUTE = 60_000;

function check(world: FakeWorld, budgetMs?: number) {
  return world.byHand(
    () => checkMonitoringMailbox({ now: () => world.now(), ...(budgetMs ? { budgetMs } : {}) }),
    MONITOR,
  );
}

const reviewIds = (world: FakeWorld) => sheetRows(world, 'Review').map((row) => row['Message ID']);

describe('runMailCheck (monitoring mailbox)', () => {
  it('puts each flagged message in the Review sheet once, with masked evidence and status new', () => {
    const world = mailWorld();
    const flagged = world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<abc-1@example.sch.uk>' } }));
    const fine = world.gmail.deliver(MONITOR, ordinary());

    const result = check(world);

    expect(result).toMatchObject({ threads: 2, messages: 2, flagged: 1, added: 1, errors: 0, finished: true });
    const [row, ...others] = sheetRows(world, 'Review');
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      'Message ID': 'abc-1@example.sch.uk',
      From: STAFF,
      To: PUPIL,
      Severity: 'critical',
      Status: 'new',
      Reviewer: '',
      'Found in': `gmail:${MONITOR}`,
      Sent: '2026-03-10 10:15',
    });
    expect(String(row!['Rules']).split('\n')).toEqual(
      expect.arrayContaining(['personal-contact-details', 'private-channel', 'secrecy']),
    );
    const evidence = String(row!['Evidence (masked)']);
    expect(evidence).toContain('Snapchat');
    expect(evidence).not.toContain('07700 900123');
    expect(evidence).toMatch(/077\*\*/);
    // Both threads are labelled as checked; nothing is left half done.
    expect(world.gmail.labelsOf(MONITOR, flagged.id)).toEqual([CHECKED_LABEL]);
    expect(world.gmail.labelsOf(MONITOR, fine.id)).toEqual([CHECKED_LABEL]);
    expect(JSON.parse(world.scriptProperties().getProperty('SOS_MAIL_CHECK_CURSOR')!)).not.toHaveProperty('thread');
  });

  it('never doubles a row when run again, even after the labels were lost', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning());
    check(world);
    expect(check(world)).toMatchObject({ messages: 0, added: 0, finished: true });
    for (const box of world.gmail.mailboxes.values()) {
      for (const thread of box.threads.values()) for (const message of thread.messages) message.labels.clear();
    }
    expect(check(world)).toMatchObject({ messages: 1, flagged: 1, added: 0 });
    expect(sheetRows(world, 'Review')).toHaveLength(1);
  });

  it('stops when the time budget runs out and the next slice checks only what is left', () => {
    const messages = (world: FakeWorld) => {
      const first = world.gmail.deliver(MONITOR, concerning({ subject: 'thread A' }));
      for (let i = 1; i < 4; i++) {
        world.gmail.deliver(
          MONITOR,
          (i % 2 ? ordinary : concerning)({
            threadId: first.threadId,
            subject: 'Re: thread A',
            to: i === 3 ? PUPIL2 : PUPIL,
          }),
        );
      }
      for (let i = 0; i < 5; i++) {
        world.gmail.deliver(
          MONITOR,
          (i % 2 ? ordinary : concerning)({ subject: `thread ${i}`, date: `2026-03-1${i}T10:00:00Z` }),
        );
      }
    };
    // The same mailbox checked in one go, for comparison.
    const whole = mailWorld();
    messages(whole);
    expect(check(whole)).toMatchObject({ messages: 9, finished: true });

    const world = mailWorld();
    messages(world);
    world.gmail.readLatencyMs = MINUTE; // each message takes a minute: 4.5 minutes hold five
    const first = check(world);
    expect(first).toMatchObject({ messages: 5, finished: false });
    const cursor = JSON.parse(world.scriptProperties().getProperty('SOS_MAIL_CHECK_CURSOR')!);
    expect(cursor.checked).toBe(5);

    const second = check(world);
    expect(second).toMatchObject({ messages: 4, finished: true });
    expect(reviewIds(world).sort()).toEqual(reviewIds(whole).sort());
    expect(new Set(reviewIds(world)).size).toBe(reviewIds(world).length);
    expect(check(world)).toMatchObject({ messages: 0, added: 0, finished: true });
  });

  it('resumes inside a long thread without reading its checked messages again', () => {
    const world = mailWorld();
    const first = world.gmail.deliver(MONITOR, concerning({ subject: 'long' }));
    for (let i = 0; i < 7; i++) world.gmail.deliver(MONITOR, ordinary({ threadId: first.threadId }));
    world.gmail.readLatencyMs = MINUTE;
    expect(check(world)).toMatchObject({ threads: 0, messages: 5, added: 1, finished: false });
    expect(world.gmail.labelsOf(MONITOR, first.id)).toEqual([]); // not labelled until every message is checked
    expect(check(world)).toMatchObject({ threads: 1, messages: 3, finished: true });
    expect(world.gmail.labelsOf(MONITOR, first.id)).toEqual([CHECKED_LABEL]);
  });

  it('checks a reply that arrives in a thread already checked', () => {
    const world = mailWorld();
    const first = world.gmail.deliver(MONITOR, ordinary());
    check(world);
    const reply = world.gmail.deliver(
      MONITOR,
      concerning({ threadId: first.threadId, date: '2026-03-10T11:00:00Z', headers: { 'Message-ID': '<reply@x>' } }),
    );
    expect(check(world)).toMatchObject({ added: 1 });
    expect(reviewIds(world)).toEqual(['reply@x']);
    expect(world.gmail.labelsOf(MONITOR, reply.id)).toEqual([CHECKED_LABEL]);
  });

  it('checks a reply that arrives while its thread is being labelled', () => {
    const world = mailWorld();
    const first = world.gmail.deliver(MONITOR, ordinary());
    let late: string | undefined;
    world.gmail.beforeLabel = (threadId) => {
      if (late !== undefined || threadId !== first.threadId) return;
      late = world.gmail.deliver(MONITOR, concerning({ threadId, headers: { 'Message-ID': '<late@x>' } })).id;
    };
    expect(check(world)).toMatchObject({ messages: 2, added: 1, finished: true });
    expect(reviewIds(world)).toEqual(['late@x']);
  });

  it('records a message it cannot read, masked, once, and goes on with the rest', () => {
    const world = mailWorld();
    const broken = world.gmail.deliver(MONITOR, concerning({ subject: 'broken' }));
    broken.broken = `Exception: cannot render message for ${PUPIL} (ref AB12345678)`;
    const empty = world.gmail.deliver(MONITOR, { from: 'not an address', body: 'hello', date: IN_HOURS });
    world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<good@x>' } }));

    const result = check(world);
    expect(result).toMatchObject({ messages: 3, errors: 2, added: 1, finished: true });
    expect(reviewIds(world)).toEqual(['good@x']);
    const errors = sheetRows(world, 'Mail Check Errors');
    expect(errors.map((row) => row['Gmail message']).sort()).toEqual([broken.id, empty.id].sort());
    const reasons = errors.map((row) => String(row['What went wrong (masked)'])).join('\n');
    expect(reasons).toContain('no sender or recipient address');
    expect(reasons).not.toContain(PUPIL);
    expect(reasons).not.toContain('AB12345678');
    const logged = world.logs.map((line) => line.text).join('\n');
    expect(logged).toContain(broken.id);
    expect(logged).not.toContain(PUPIL);

    // Both were labelled (the errors sheet holds them); a rerun after losing labels adds no second error row.
    for (const thread of world.gmail.mailbox(MONITOR).threads.values()) {
      for (const message of thread.messages) message.labels.clear();
    }
    check(world);
    expect(sheetRows(world, 'Mail Check Errors')).toHaveLength(2);
  });

  it('builds the message from Gmail: addresses, Message-ID, date offset, text attachments only', () => {
    const world = mailWorld();
    const record = world.gmail.deliver(
      MONITOR,
      ordinary({
        to: `"Brown, Alex" <${PUPIL.toUpperCase()}>, ${PUPIL2}`,
        cc: 'Head <head@example.sch.uk>',
        replyTo: 'jane.smith1984@gmail.com',
        headers: { 'Message-ID': ' <Abc.1@Example.sch.uk> ', Date: 'Tue, 10 Mar 2026 10:15:00 +0100', 'List-Id': '' },
        attachments: [
          { name: 'note.txt', contentType: 'text/plain', data: 'keep this between us' },
          { name: 'photo.jpg', contentType: 'image/jpeg', data: 'add me on snapchat' },
          { name: 'logo.png', contentType: 'image/png', data: 'inline', inline: true },
        ],
      }),
    );
    const noId = world.gmail.deliver(MONITOR, ordinary({ headers: { 'Message-ID': null } }));
    const [message, fallback] = world.byHand(
      () => [toMailMessage(GmailApp.getMessageById(record.id)!), toMailMessage(GmailApp.getMessageById(noId.id)!)],
      MONITOR,
    );
    expect(message).toMatchObject({
      messageId: 'Abc.1@Example.sch.uk',
      from: { address: STAFF, name: 'Jane Smith' },
      to: [{ address: PUPIL, name: 'Brown, Alex' }, { address: PUPIL2 }],
      cc: [{ address: 'head@example.sch.uk', name: 'Head' }],
      replyTo: [{ address: 'jane.smith1984@gmail.com' }],
      date: { iso: '2026-03-10T10:15:00.000Z', offsetMinutes: 60 },
      listHeaders: {},
    });
    expect(message!.attachments).toEqual([
      { filename: 'note.txt', contentType: 'text/plain', text: 'keep this between us' },
      { filename: 'photo.jpg', contentType: 'image/jpeg', text: '' },
    ]);
    expect(fallback!.messageId).toBe(`gmail-${noId.id}@sos.invalid`);
  });

  it('does not check mail the monitoring mailbox sent itself (its digests)', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning({ from: MONITOR, folder: 'sent' }));
    expect(check(world)).toMatchObject({ messages: 0, added: 0, finished: true });
  });

  it('refuses to run as anyone but the monitoring mailbox, without touching Gmail', () => {
    const world = mailWorld();
    world.gmail.deliver(DSL, concerning());
    expect(() => world.byHand(() => checkMonitoringMailbox(), DSL)).toThrow(/must run as the monitoring mailbox/);
    world.scriptProperties().deleteProperty('SOS_MAIL_MONITOR');
    expect(() => world.byHand(() => checkMonitoringMailbox(), DSL)).toThrow(/SOS_MAIL_MONITOR is not set/);
    expect(world.gmail.searches).toEqual([]);
  });

  it('knows personal addresses from a Directory sheet in the log, and reports its bad rows by number only', () => {
    const world = mailWorld();
    const log = world.spreadsheet(world.scriptProperties().getProperty('SOS_INCIDENT_LOG_ID')!);
    world.byHand(() => {
      const sheet = log.insertSheet('Directory');
      sheet.getRange(1, 1, 3, 4).setValues([
        ['email', 'role', 'name', 'personal_emails'],
        [STAFF, 'staff', 'Jane Smith', 'jane.smith1984@gmail.com'],
        ['not-an-address', 'teacher', 'Secret Name', ''],
      ]);
    }, DSL);
    world.gmail.deliver(
      MONITOR,
      ordinary({ from: 'Jane <jane.smith1984@gmail.com>', headers: { 'Message-ID': '<personal@x>' } }),
    );
    check(world);
    const [row] = sheetRows(world, 'Review');
    expect(String(row!['Rules']).split('\n')).toContain('staff-personal-account');
    const logged = world.logs.map((line) => line.text).join('\n');
    expect(logged).toMatch(/Directory sheet, row 3/);
    expect(logged).not.toContain('Secret Name');
  });

  it('checks routed copies that landed in spam', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning({ folder: 'spam', headers: { 'Message-ID': '<spam@x>' } }));
    check(world);
    expect(reviewIds(world)).toEqual(['spam@x']);
  });
});
