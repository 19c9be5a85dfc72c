import type { MailFlag } from '../../../core/mail/message';
import {
  applyDecision,
  MAX_NOTE,
  ReviewDecisionError,
  type ReviewDecision,
  type ReviewEntry,
} from '../../../core/mail/review';

const flag: MailFlag = {
  messageId: 'm1@x',
  rules: ['gift-offer'],
  severity: 'medium',
  from: 'k.ward@oakfield.sch.uk',
  to: ['22tjones@pupils.oakfield.sch.uk'],
  date: '2025-03-05T10:15:00.000Z',
  evidence: ['bought you a g*** card'],
};
const fresh: ReviewEntry = { key: 'm1@x', flag, source: 'f', recordedAt: '2025-03-06T08:00:00.000Z', status: 'new' };
const AT = new Date('2025-03-06T09:00:00Z');
const DSL = 'dsl@oakfield.sch.uk';

function fieldOf(entry: ReviewEntry, decision: ReviewDecision): string | undefined {
  try {
    applyDecision(entry, decision, AT);
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewDecisionError);
    expect((error as Error).message.startsWith(`${(error as ReviewDecisionError).field}: `)).toBe(true);
    return (error as ReviewDecisionError).field;
  }
  return undefined;
}

describe('applyDecision', () => {
  it('records status, reviewer (lower-cased), time and note', () => {
    const { entry, changed } = applyDecision(
      fresh,
      { status: 'no-concern', reviewer: 'DSL@Oakfield.sch.uk ', note: '  Class reward scheme ' },
      AT,
    );
    expect(changed).toBe(true);
    expect(entry).toEqual({
      ...fresh,
      status: 'no-concern',
      reviewer: DSL,
      reviewedAt: AT.toISOString(),
      note: 'Class reward scheme',
    });
  });

  it('lets a new flag be closed as no concern without a note', () => {
    expect(applyDecision(fresh, { status: 'no-concern', reviewer: DSL }, AT).entry.note).toBeUndefined();
  });

  it.each<[string, ReviewEntry, ReviewDecision, string | undefined]>([
    ['escalating needs a note', fresh, { status: 'escalated', reviewer: DSL }, 'note'],
    ['escalating with a blank note', fresh, { status: 'escalated', reviewer: DSL, note: '   ' }, 'note'],
    ['escalating with a note', fresh, { status: 'escalated', reviewer: DSL, note: 'Head informed' }, undefined],
    ['reviewer must be an address', fresh, { status: 'no-concern', reviewer: 'Mrs Patel' }, 'reviewer'],
    ['reviewer cannot be empty', fresh, { status: 'no-concern', reviewer: '' }, 'reviewer'],
    ['status must be one of three', fresh, { status: 'closed' as never, reviewer: DSL }, 'status'],
    ['new is already new', fresh, { status: 'new', reviewer: DSL, note: 'x' }, 'status'],
    ['a note has a limit', fresh, { status: 'no-concern', reviewer: DSL, note: 'x'.repeat(MAX_NOTE + 1) }, 'note'],
  ])('%s', (_name, entry, decision, field) => {
    expect(fieldOf(entry, decision)).toBe(field);
  });

  const closed = applyDecision(fresh, { status: 'no-concern', reviewer: DSL }, AT).entry;
  const escalated = applyDecision(fresh, { status: 'escalated', reviewer: DSL, note: 'LADO called' }, AT).entry;

  it.each<[string, ReviewEntry, ReviewDecision, string | undefined]>([
    ['no-concern -> escalated needs a note', closed, { status: 'escalated', reviewer: DSL }, 'note'],
    ['escalated -> no-concern needs a note', escalated, { status: 'no-concern', reviewer: DSL }, 'note'],
    ['reopening needs a note', closed, { status: 'new', reviewer: DSL }, 'note'],
    ['reopening with a note', closed, { status: 'new', reviewer: DSL, note: 'New information' }, undefined],
    [
      'a different reviewer cannot re-decide the same status',
      closed,
      { status: 'no-concern', reviewer: 'head@oakfield.sch.uk' },
      'status',
    ],
  ])('%s', (_name, entry, decision, field) => {
    expect(fieldOf(entry, decision)).toBe(field);
  });

  it('drops the old note when a change brings none', () => {
    const reopened = applyDecision(
      escalated,
      { status: 'new', reviewer: 'head@oakfield.sch.uk', note: 'Reopened' },
      AT,
    ).entry;
    expect(reopened).toMatchObject({ status: 'new', reviewer: 'head@oakfield.sch.uk', note: 'Reopened' });
    const closedAgain = applyDecision(reopened, { status: 'no-concern', reviewer: DSL }, AT).entry;
    expect(closedAgain).toMatchObject({ status: 'no-concern', reviewer: DSL });
    expect(closedAgain.note).toBeUndefined();
  });

  it('treats an identical repeat as already recorded', () => {
    const again = applyDecision(
      escalated,
      { status: 'escalated', reviewer: DSL, note: 'LADO called' },
      new Date('2025-04-01T00:00:00Z'),
    );
    expect(again.changed).toBe(false);
    expect(again.entry).toBe(escalated);
  });
});
