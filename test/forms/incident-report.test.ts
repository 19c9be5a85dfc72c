import { CATEGORIES, parseSubmission, rawFromFormAnswers, submissionSchema } from '../../core/incidents';
import { EVIDENCE_WARNING, INCIDENT_REPORT_FORM } from '../../forms';

const form = INCIDENT_REPORT_FORM;
const question = (id: string) => form.questions.find((q) => q.id === id)!;

describe('the incident report form', () => {
  it('asks only for submission fields, each once, and never for the reporter', () => {
    const fields = Object.keys(submissionSchema.shape);
    const ids = form.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(fields).toContain(id);
    expect(ids).not.toContain('reporter');
    expect(ids).not.toContain('reportedAt');
    expect(form.collectEmail).toBe(true);
    expect(form.restrictToDomain).toBe(true);
    expect(form.publishSummary).toBe(false);
  });

  it('offers every category as a choice, by label', () => {
    expect(question('category').choices).toEqual(CATEGORIES.map((c) => ({ value: c.id, label: c.label })));
  });

  it('warns never to attach or forward illegal images, in the description and at the evidence question', () => {
    expect(EVIDENCE_WARNING).toMatch(/never attach/i);
    expect(EVIDENCE_WARNING).toMatch(/forward/);
    expect(form.description).toContain(EVIDENCE_WARNING);
    expect(question('evidenceLocation').help).toBe(EVIDENCE_WARNING);
  });

  it('asks whether a staff concern is about the headteacher', () => {
    expect(question('aboutHeadteacher').title).toMatch(/headteacher/);
  });

  it('marks as required exactly what validation requires', () => {
    const required = form.questions
      .filter((q) => q.required)
      .map((q) => q.id)
      .sort();
    expect(required).toEqual(['category', 'description', 'immediateRisk', 'location', 'occurredAt']);
  });

  it('every choice label, as Google Forms returns it, validates', () => {
    for (const q of form.questions.filter((q) => q.choices)) {
      for (const choice of q.choices!) {
        const raw = rawFromFormAnswers(
          {
            occurredAt: '2026-03-04 10:00',
            location: 'Outside school',
            category: 'Other',
            immediateRisk: 'No',
            description: 'x',
            [q.id]: choice.label,
          },
          { reporter: 'a@example.sch.uk', reportedAt: '2026-03-04T12:00:00Z', timeZone: 'Europe/London' },
        );
        const result = parseSubmission(raw);
        expect(result.ok).toBe(true);
      }
    }
  });
});
