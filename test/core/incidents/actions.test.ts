import {
  ACTION_COLUMNS,
  actionFromRow,
  actionId,
  actionToRow,
  chaseEmails,
  chaseOverdueActions,
  overdueActions,
  type Action,
} from '../../../core/incidents';
import { profile } from './helpers';
import { MemoryActions, MemoryChaseLog, MemoryMailer, clockAt } from '../../../connectors/incidents/memory';

function action(n: number, owner: string, due: string, done = '', reference = 'OS-2026-0042'): Action {
  return {
    id: actionId(reference, n),
    reference,
    description: `Speak to Alex Brown's parents (${n})`,
    owner,
    due,
    done,
  };
}

const ACTIONS = [
  action(1, 'a@example.sch.uk', '2026-03-01'),
  action(2, 'a@example.sch.uk', '2026-03-03'),
  action(3, 'b@example.sch.uk', '2026-03-04'), // due today: not overdue yet
  action(4, 'b@example.sch.uk', '2026-02-20', '2026-02-21'), // done
  action(5, 'not an address', '2026-02-01'),
];

describe('overdueActions', () => {
  it('is what is due before today and not done, oldest first', () => {
    const overdue = overdueActions(ACTIONS, '2026-03-04', []);
    expect(overdue.map((item) => [item.action.id, item.daysOverdue])).toEqual([
      ['OS-2026-0042/5', 31],
      ['OS-2026-0042/1', 3],
      ['OS-2026-0042/2', 1],
    ]);
  });

  it('leaves out what was chased today, but chases again the next day', () => {
    const log = [{ actionId: 'OS-2026-0042/1', date: '2026-03-04' }];
    expect(overdueActions(ACTIONS, '2026-03-04', log).map((item) => item.action.id)).not.toContain('OS-2026-0042/1');
    expect(overdueActions(ACTIONS, '2026-03-05', log).map((item) => item.action.id)).toContain('OS-2026-0042/1');
  });
});

describe('chaseEmails', () => {
  it('sends one email per owner, unowned actions to the DSL team, without the action wording', () => {
    const emails = chaseEmails(overdueActions(ACTIONS, '2026-03-04', []), {
      schoolName: 'Example School',
      link: 'https://actions',
      fallback: ['dsl@example.sch.uk'],
    });
    expect(emails.map((email) => [email.message.to, email.actionIds])).toEqual([
      [['dsl@example.sch.uk'], ['OS-2026-0042/5']],
      [['a@example.sch.uk'], ['OS-2026-0042/1', 'OS-2026-0042/2']],
    ]);
    const a = emails[1]!.message;
    expect(a.subject).toBe('Example School: 2 overdue incident actions');
    expect(a.text).toContain('OS-2026-0042/1: due 2026-03-01 (3 days overdue)');
    expect(a.text + a.html).not.toContain('Alex Brown');
  });
});

describe('chaseOverdueActions', () => {
  const deps = (mailer: MemoryMailer, log: MemoryChaseLog, at: string) => ({
    actions: new MemoryActions(ACTIONS),
    chaseLog: log,
    mailer,
    clock: clockAt(at),
    profile: profile(),
    link: 'https://actions',
  });

  it('chases each overdue action once per day however often it runs', async () => {
    const mailer = new MemoryMailer();
    const log = new MemoryChaseLog();
    const first = await chaseOverdueActions(deps(mailer, log, '2026-03-04T07:00:00Z'));
    // The unowned action goes to each of the three in the DSL team: 4 emails, 3 actions.
    expect(first).toEqual({ today: '2026-03-04', chased: 3, emails: 4, failures: 0 });
    const again = await chaseOverdueActions(deps(mailer, log, '2026-03-04T16:00:00Z'));
    expect(again).toMatchObject({ chased: 0, emails: 0 });
    expect(mailer.sent).toHaveLength(4);
    const tomorrow = await chaseOverdueActions(deps(mailer, log, '2026-03-05T07:00:00Z'));
    // Action 3 (due 4 March) is now overdue too.
    expect(tomorrow).toMatchObject({ today: '2026-03-05', chased: 4 });
  });

  it('uses the school-local day: 23:30 UTC in summer is already tomorrow in London', async () => {
    const mailer = new MemoryMailer();
    const result = await chaseOverdueActions(deps(mailer, new MemoryChaseLog(), '2026-06-30T23:30:00Z'));
    expect(result.today).toBe('2026-07-01');
  });

  it('does not record a chase whose email failed, so the next run tries again', async () => {
    const mailer = new MemoryMailer();
    mailer.failFor.add('a@example.sch.uk');
    const log = new MemoryChaseLog();
    const first = await chaseOverdueActions(deps(mailer, log, '2026-03-04T07:00:00Z'));
    expect(first).toMatchObject({ chased: 1, emails: 3, failures: 1 });
    mailer.failFor.clear();
    const retry = await chaseOverdueActions(deps(mailer, log, '2026-03-04T08:00:00Z'));
    expect(retry).toMatchObject({ chased: 2, emails: 1, failures: 0 });
  });
});

describe('action rows', () => {
  it('round-trips, reads Date cells in the school zone and names bad cells', () => {
    const a = action(1, 'a@example.sch.uk', '2026-03-01');
    expect(actionToRow(a)).toHaveLength(ACTION_COLUMNS.length);
    expect(actionFromRow(actionToRow(a), 'Europe/London')).toEqual({ ok: true, value: a });
    // Sheets returns a date cell as midnight London time: 23:00 UTC the day before in summer.
    const fromSheet = actionFromRow(
      [a.id, a.reference, a.description, 'A@Example.sch.uk', new Date('2026-06-30T23:00:00Z'), ''],
      'Europe/London',
    );
    expect(fromSheet.ok && fromSheet.value).toMatchObject({ due: '2026-07-01', owner: 'a@example.sch.uk' });
    const bad = actionFromRow([a.id, a.reference, 'x', 'a@example.sch.uk', 'next week', 'soon'], 'Europe/London');
    expect(bad.ok ? [] : bad.errors.map((error) => error.path)).toEqual(['due', 'done']);
  });
});
