import { closeIncident, createIncident, parseClosure, triage, type Action } from '../../../core/incidents';
import { profile, submission } from './helpers';

const contacts = profile().contacts;
const now = new Date('2026-03-20T10:00:00Z');
const CLOSURE = {
  closedBy: 'DSL@example.sch.uk',
  outcome: 'Police advised; device returned after review.',
  parentsInformed: true,
  referrals: [{ agency: 'Police', reference: 'CR/123/26', date: '2026-03-05' }],
  lessonsLearnt: 'Filtering gap closed.',
};

function open(category: 'illegal-csam' | 'cyberbullying' = 'cyberbullying') {
  const sub = submission({ category });
  return createIncident(sub, 'OS-2026-0007', triage(sub, contacts));
}

describe('closing an incident', () => {
  it('records outcome, parents informed, referrals and lessons learnt, with the closing time', () => {
    const result = closeIncident(open(), CLOSURE, { actions: [], now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.incident.status).toBe('closed');
    expect(result.incident.closure).toEqual({
      closedAt: '2026-03-20T10:00:00.000Z',
      closedBy: 'dsl@example.sch.uk',
      outcome: CLOSURE.outcome,
      parentsInformed: true,
      parentsNotInformedReason: '',
      referrals: [{ agency: 'police', reference: 'CR/123/26', date: '2026-03-05' }],
      lessonsLearnt: 'Filtering gap closed.',
    });
  });

  it('requires the reason when parents were not informed', () => {
    const result = closeIncident(open(), { ...CLOSURE, parentsInformed: false }, { actions: [], now });
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['parentsNotInformedReason']);
    const withReason = closeIncident(
      open(),
      { ...CLOSURE, parentsInformed: false, parentsNotInformedReason: 'Advised by police not to' },
      { actions: [], now },
    );
    expect(withReason.ok).toBe(true);
  });

  it('names every missing or bad field', () => {
    const result = parseClosure({
      closedBy: 'x',
      outcome: '',
      parentsInformed: 'yes',
      referrals: [{ agency: 'aliens', date: 'soon' }],
    });
    expect(result.ok ? [] : result.errors.map((error) => error.path).sort()).toEqual(
      ['closedBy', 'lessonsLearnt', 'outcome', 'parentsInformed', 'referrals.0.agency', 'referrals.0.date'].sort(),
    );
  });

  it('refuses while actions are open, and when already closed', () => {
    const actions: Action[] = [
      {
        id: 'OS-2026-0007/1',
        reference: 'OS-2026-0007',
        description: '',
        owner: 'a@example.sch.uk',
        due: '2026-03-01',
        done: '',
      },
      {
        id: 'OS-2026-0008/1',
        reference: 'OS-2026-0008',
        description: '',
        owner: 'a@example.sch.uk',
        due: '2026-03-01',
        done: '',
      },
    ];
    const blocked = closeIncident(open(), CLOSURE, { actions, now });
    expect(blocked).toEqual({
      ok: false,
      errors: [{ path: 'actions', message: '1 action is still open: record the date done first' }],
    });
    const closed = closeIncident(open(), CLOSURE, { actions: [], now });
    if (!closed.ok) throw new Error('expected to close');
    expect(closeIncident(closed.incident, CLOSURE, { actions: [], now }).ok).toBe(false);
  });

  it('warns when a referral the mandatory steps call for is missing', () => {
    const result = closeIncident(open('illegal-csam'), { ...CLOSURE, referrals: [] }, { actions: [], now });
    expect(result.ok && result.warnings.join('\n')).toMatch(/no police referral/);
    expect(result.ok && result.warnings.join('\n')).toMatch(/no iwf referral/);
    const fine = closeIncident(open('cyberbullying'), { ...CLOSURE, referrals: [] }, { actions: [], now });
    expect(fine.ok && fine.warnings).toEqual([]);
  });
});
