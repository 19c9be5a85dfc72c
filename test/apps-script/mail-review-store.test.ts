/** The Review sheet as a ReviewQueue: one row a message, decisions by core's rules, people's typing read back. */
import type { MailFlag } from '../../core/mail';
import { reviewSheetOf, sheetReviewQueue } from '../../apps-script/mail/review-store';
import { logId, mailWorld, PUPIL, sheetRows, STAFF } from './mail-fixtures';
import { DSL } from './school';
import type { FakeWorld } from '../fakes';

const flag = (messageId: string, evidence = ['secrecy: "keep this between us"']): MailFlag => ({
  messageId,
  rules: ['secrecy'],
  severity: 'high',
  from: STAFF,
  to: [PUPIL],
  date: '2026-03-10T10:15:00.000Z',
  evidence,
});

const queueOf = (world: FakeWorld) =>
  sheetReviewQueue(reviewSheetOf(SpreadsheetApp.openById(logId(world))), 'Europe/London');

describe('the Review sheet queue', () => {
  it('adds a message once, keeps formulas inert, and reads its rows back', () => {
    const world = mailWorld();
    const at = new Date('2026-03-10T09:00:00Z');
    const added = world.byHand(() => {
      const queue = queueOf(world);
      return [
        queue.recordAll([{ flag: flag('a@x', ['=HYPERLINK("http://evil")']), source: 's' }], at),
        queue.recordAll(
          [
            { flag: flag('a@x'), source: 's' },
            { flag: flag('b@x'), source: 's' },
          ],
          at,
        ),
        queue.record(flag('b@x'), 's', at),
      ];
    }, DSL);
    expect(added).toEqual([1, 1, false]);
    expect(sheetRows(world, 'Review').map((row) => row['Evidence (masked)'])).toEqual([
      `'=HYPERLINK("http://evil")`,
      'secrecy: "keep this between us"',
    ]);
    const listed = world.byHand(() => queueOf(world).list(), DSL);
    expect(listed.map((entry) => [entry.key, entry.status, entry.flag.date, entry.flag.evidence[0]])).toEqual([
      ['a@x', 'new', '2026-03-10T10:15:00.000Z', '=HYPERLINK("http://evil")'],
      ['b@x', 'new', '2026-03-10T10:15:00.000Z', 'secrecy: "keep this between us"'],
    ]);
  });

  it('records a decision by core’s rules and reads back what a reviewer typed', () => {
    const world = mailWorld();
    const at = new Date('2026-03-11T15:00:00Z');
    world.byHand(
      () =>
        queueOf(world).recordAll(
          [{ flag: flag('a@x') }, { flag: flag('b@x') }].map((f) => ({ ...f, source: 's' })),
          at,
        ),
      DSL,
    );
    expect(() =>
      world.byHand(() => queueOf(world).decide('a@x', { status: 'escalated', reviewer: DSL }, at), DSL),
    ).toThrow(/note: is required when escalating/);
    const decided = world.byHand(
      () =>
        queueOf(world).decide('a@x', { status: 'escalated', reviewer: DSL, note: 'Told the head; LADO called' }, at),
      DSL,
    );
    expect(decided).toMatchObject({ status: 'escalated', reviewer: DSL, note: 'Told the head; LADO called' });
    const sheet = world.spreadsheet(logId(world)).getSheetByName('Review')!;
    world.byHand(
      () => sheet.getRange(3, 9, 1, 4).setValues([['no concern', DSL, '2026-03-11', 'Homework reminder']]),
      DSL,
    );
    const rows = sheetRows(world, 'Review');
    expect(rows[0]).toMatchObject({ Status: 'escalated', Reviewer: DSL });
    // A date column: Sheets holds what is written there as a date.
    expect(new Date(rows[0]!['Reviewed on'] as Date).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    const entries = world.byHand(() => queueOf(world).list({ status: 'no-concern' }), DSL);
    expect(entries.map((e) => [e.key, e.reviewer, e.note])).toEqual([['b@x', DSL, 'Homework reminder']]);
  });
});
