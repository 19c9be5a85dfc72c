/**
 * The daily digest over the Review sheet: core's routing (case manager for concerns about staff, never a
 * party to the message), masked pupil addresses, how to decide in the sheet, and each flag listed once
 * unless its email could not be sent.
 */
import { checkMonitoringMailbox, sendDigest } from '../../apps-script/mail/run';
import type { FakeWorld } from '../fakes';
import { concerning, mailWorld, MONITOR, PUPIL, sheetRows } from './mail-fixtures';
import { DSL, GOVERNORS, HEAD } from './school';
import { mailText } from './world';

function flagged(world: FakeWorld): void {
  world.byHand(() => checkMonitoringMailbox({ now: () => world.now() }), MONITOR);
}

const recipients = (world: FakeWorld) => world.sent.flatMap((mail) => mail.to).sort();

describe('sendMailDigest', () => {
  it('emails the flags with masked pupils and the Review sheet, then lists each only once', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<one@x>' } }));
    flagged(world);
    const result = world.byHand(() => sendDigest({ now: () => world.now() }), MONITOR);
    expect(result).toMatchObject({ flags: 1, emailsSent: 1, emailsFailed: 0, unrouted: 0, digested: 1 });
    expect(recipients(world)).toEqual([DSL]);
    const text = mailText(world.sent[0]!);
    expect(text).not.toContain(PUPIL);
    expect(text).toContain('2***@pupils.example.sch.uk');
    expect(text).not.toContain('07700 900123');
    expect(text).toContain('Message-ID: one@x');
    expect(text).toContain('#gid=');
    expect(text).toMatch(/Status to "no concern" or "escalated"/);
    expect(text).toMatch(/Nothing has been sent to the member of staff or the pupils/);
    expect(sheetRows(world, 'Review')[0]!['In digest']).toBe('2026-03-10 09:00');

    world.sent.length = 0;
    expect(world.byHand(() => sendDigest(), MONITOR)).toMatchObject({ flags: 0, emailsSent: 0 });
    expect(world.sent).toEqual([]);
  });

  it('never sends a flag to a party of the message: the DSL’s own message goes to the next in line', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning({ from: DSL, headers: { 'Message-ID': '<dsl@x>' } }));
    world.gmail.deliver(MONITOR, concerning({ from: HEAD, headers: { 'Message-ID': '<head@x>' } }));
    flagged(world);
    world.byHand(() => sendDigest(), MONITOR);
    const byRecipient = new Map(world.sent.map((mail) => [mail.to.join(','), mailText(mail)]));
    // No case manager in the profile: concerns about staff go to the DSL, then the head, then the chair.
    expect([...byRecipient.keys()].sort()).toEqual([DSL, HEAD].sort());
    expect(byRecipient.get(HEAD)).toContain('dsl@x');
    expect(byRecipient.get(HEAD)).not.toContain('head@x');
    expect(byRecipient.get(DSL)).toContain('head@x');
    expect(byRecipient.get(DSL)).not.toContain('dsl@x');
    expect(recipients(world)).not.toContain(GOVERNORS[0]);
    for (const mail of world.sent) expect(mail.to).not.toContain(PUPIL);
  });

  it('keeps a flag due when its email could not be sent, and says so without addresses', () => {
    const world = mailWorld();
    world.gmail.deliver(MONITOR, concerning({ headers: { 'Message-ID': '<one@x>' } }));
    flagged(world);
    world.byHand(() => {
      // Use up the monitoring mailbox's daily recipients.
      for (let i = 0; i < 30; i++) {
        const to = Array.from({ length: 50 }, (_, n) => `x${n}@example.sch.uk`).join(',');
        MailApp.sendEmail({ to, subject: 's', body: 'b' });
      }
    }, MONITOR);
    world.sent.length = 0;
    const result = world.byHand(() => sendDigest(), MONITOR);
    expect(result).toMatchObject({ flags: 1, emailsSent: 0, emailsFailed: 1, digested: 0 });
    expect(sheetRows(world, 'Review')[0]!['In digest']).toBe('');
    const logged = world.logs.map((line) => line.text).join('\n');
    expect(logged).toMatch(/could not be sent to one recipient/);
    expect(logged).not.toMatch(/@/);
  });
});
