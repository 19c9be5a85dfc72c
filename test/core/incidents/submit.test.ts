import { parseReference, recordSubmission } from '../../../core/incidents';
import { profile, rawSubmission } from './helpers';
import { MemoryIncidentStore, MemoryMailer, clockAt } from '../../../connectors/incidents/memory';

function deps(store = new MemoryIncidentStore(), mailer = new MemoryMailer()) {
  return {
    store,
    mailer,
    clock: clockAt('2026-03-04T14:00:05Z'),
    profile: profile(),
    logLink: 'https://log',
    source: 'power-automate',
  };
}

describe('recordSubmission', () => {
  it('writes the row with a reference, then alerts the triaged recipients', async () => {
    const d = deps();
    const outcome = await recordSubmission(rawSubmission({ category: 'staff-concern' }), d);
    expect(outcome).toMatchObject({ ok: true, reference: 'OS-2026-0001' });
    expect(d.store.incidents).toHaveLength(1);
    expect(d.store.incidents[0]).toMatchObject({
      reference: 'OS-2026-0001',
      status: 'open',
      severity: 'high',
      caseManager: 'headteacher',
    });
    expect(d.mailer.sent).toHaveLength(1);
    expect(d.mailer.sent[0]!.to).toContain('head@example.sch.uk');
    expect(d.mailer.sent[0]!.text).not.toContain('Alex Brown');
  });

  it('gives simultaneous submissions distinct, gapless references', async () => {
    const d = deps();
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, index) => recordSubmission(rawSubmission({ description: `report ${index}` }), d)),
    );
    const references = outcomes.map((outcome) => (outcome.ok ? outcome.reference : ''));
    expect(new Set(references).size).toBe(25);
    const numbers = references.map((reference) => parseReference(reference)!.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(d.store.incidents).toHaveLength(25);
  });

  it('keeps an invalid report whole in Needs Attention and tells the DSL team without its content', async () => {
    const d = deps();
    const raw = rawSubmission({ category: 'not a category', description: 'Zebedee said something' });
    const outcome = await recordSubmission(raw, d);
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: 'category', message: 'must be one of the incident categories' }],
    });
    expect(d.store.incidents).toHaveLength(0);
    expect(JSON.parse(d.store.needsAttention[0]!.raw)).toEqual(raw);
    expect(d.store.needsAttention[0]!.source).toBe('power-automate');
    expect(d.mailer.sent[0]!.to).toEqual(['dsl@example.sch.uk', 'deputy1@example.sch.uk', 'deputy2@example.sch.uk']);
    expect(d.mailer.sent[0]!.text).not.toContain('Zebedee');
  });

  it('keeps the row when the alert cannot be sent, and says so', async () => {
    const d = deps();
    d.mailer.failFor.add('dsl@example.sch.uk');
    const outcome = await recordSubmission(rawSubmission(), d);
    expect(outcome).toMatchObject({ ok: true, reference: 'OS-2026-0001', alertError: 'quota exceeded' });
    expect(d.store.incidents).toHaveLength(1);
  });
});
