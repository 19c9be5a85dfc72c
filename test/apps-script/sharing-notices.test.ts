/**
 * Owners hear about their exposed files once a pass is complete: one message each, within MailApp's
 * daily quota (keeping a reserve for safeguarding alerts), the rest in later slices, nobody twice.
 */
import type { MailMessage } from '../../core/incidents';
import { QUOTA_RESERVE, type NoticeMailer } from '../../apps-script/sharing/owner-notices';
import { SMALL_SCHOOL_UPNS } from '../emulators/google';
import type { FakeWorld } from '../fakes';
import { rowsOf } from './world';
import { auditHarness, type AuditHarness } from './sharing-harness';

const OWNERS = [
  'a.khan@oakfield.sch.uk',
  'head@oakfield.sch.uk',
  'j.smith@oakfield.sch.uk',
  'm.ali@pupils.oakfield.sch.uk',
  'office@oakfield.sch.uk',
];

let harness: AuditHarness;

afterEach(async () => {
  await harness.close();
});

function recipients(world: FakeWorld): string[] {
  return world.sent.flatMap((mail) => mail.to);
}

describe('with MailApp’s quota', () => {
  it('sends what the quota allows above the reserve and leaves the rest waiting', async () => {
    harness = await auditHarness({ emailQuota: QUOTA_RESERVE + 2 });
    const outcome = harness.slice();
    expect(outcome).toMatchObject({ completedPass: true, noticesSent: 2, noticesWaiting: 3 });
    expect(recipients(harness.world)).toEqual(OWNERS.slice(0, 2));
    expect(harness.world.byHand(() => MailApp.getRemainingDailyQuota())).toBe(QUOTA_RESERVE);

    harness.world.advance(10 * 60_000);
    expect(harness.slice()).toMatchObject({ noticesSent: 0, noticesWaiting: 3 });
    expect(harness.world.sent).toHaveLength(2);
  });

  it('tells each owner about their own files only, by name and link, never their content', async () => {
    harness = await auditHarness();
    harness.slice();
    expect(recipients(harness.world)).toEqual(OWNERS);
    const smith = harness.world.sent.find((mail) => mail.to[0] === 'j.smith@oakfield.sch.uk')!;
    expect(smith.subject).toBe('Oakfield School: please check the sharing of 3 of your files');
    for (const name of ['Year 9 Trip', 'Trip consent list', 'Itinerary.pdf']) expect(smith.body).toContain(name);
    expect(smith.body).toContain('anyone with the link can open it');
    expect(smith.htmlBody).toContain('href="');
    const text = harness.world.sent.map((mail) => `${mail.body}\n${mail.htmlBody}`).join('\n');
    for (const upn of SMALL_SCHOOL_UPNS) expect(text).not.toContain(upn);
    expect(text).not.toContain('Pastoral meeting minutes');
    const khan = harness.world.sent.find((mail) => mail.to[0] === 'a.khan@oakfield.sch.uk')!;
    expect(khan.body).toContain('Behaviour log');
    expect(khan.body).not.toContain('Trip consent list');
    // Shared-drive rows are for IT: nobody is asked about them.
    const driveRows = rowsOf(harness.audit()).filter((row) => String(row.Scope).startsWith('drive:'));
    expect(driveRows.length).toBeGreaterThan(0);
    for (const row of driveRows) expect(row['Owner told']).toBe('');
  });
});

describe('across days and slices', () => {
  /** Two messages a day above the reserve; the day is the world's. */
  function dailyMailer(world: FakeWorld, perDay: number): NoticeMailer {
    const byDay = new Map<string, number>();
    const day = () => world.now().toISOString().slice(0, 10);
    return {
      remainingQuota: () => QUOTA_RESERVE + perDay - (byDay.get(day()) ?? 0),
      send: (message: MailMessage) => {
        MailApp.sendEmail({ to: message.to.join(','), subject: message.subject, body: message.text });
        byDay.set(day(), (byDay.get(day()) ?? 0) + 1);
      },
    };
  }

  it('sends the leftovers in later slices until every owner has been told exactly once', async () => {
    harness = await auditHarness();
    const mailer = dailyMailer(harness.world, 2);
    harness.slice({ mailer });
    expect(recipients(harness.world)).toHaveLength(2);
    for (let hour = 0; hour < 72; hour += 1) {
      harness.world.advance(3600_000);
      harness.slice({ mailer, budgetMs: 1 });
    }
    // A new pass began each day meanwhile; nobody was told twice about the same files.
    expect([...recipients(harness.world)].sort()).toEqual(OWNERS);
    const told = rowsOf(harness.audit()).filter((row) => String(row.Scope).startsWith('user:'));
    for (const row of told) expect(row['Owner told']).toBeInstanceOf(Date);
  });

  it('sends one message per short slice when time, not quota, is what runs out', async () => {
    harness = await auditHarness();
    // Sending takes no world time here, so a budget of 0 is a slice whose time is gone after one message.
    harness.untilComplete({ budgetMs: 0 });
    expect(harness.world.sent).toHaveLength(0);
    harness.world.advance(10 * 60_000);
    expect(harness.slice({ budgetMs: 0 })).toMatchObject({ noticesSent: 1, noticesWaiting: 4 });
    harness.world.advance(10 * 60_000);
    expect(harness.slice({ budgetMs: 0 })).toMatchObject({ noticesSent: 1, noticesWaiting: 3 });
    expect(recipients(harness.world)).toEqual(OWNERS.slice(0, 2));
  });
});
