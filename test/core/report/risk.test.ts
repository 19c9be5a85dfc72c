import { fileRisk, findingRisk, riskBand, TYPE_WEIGHTS } from '../../../core/report/risk';
import { SENSITIVE_TYPES } from '../../../core/sensitive/types';

describe('TYPE_WEIGHTS', () => {
  it('weighs special categories above identifiers, and identifiers above contact details', () => {
    const special = [TYPE_WEIGHTS.safeguarding, TYPE_WEIGHTS.health, TYPE_WEIGHTS.sen];
    const identifiers = [TYPE_WEIGHTS.upn, TYPE_WEIGHTS.nhs_number, TYPE_WEIGHTS.ni_number, TYPE_WEIGHTS.uln];
    const contact = [TYPE_WEIGHTS.phone_number, TYPE_WEIGHTS.email_address];
    expect(Math.min(...special)).toBeGreaterThan(Math.max(...identifiers));
    expect(Math.min(...identifiers)).toBeGreaterThan(Math.max(...contact));
  });

  it('has a positive weight for every type', () => {
    for (const t of SENSITIVE_TYPES) expect(TYPE_WEIGHTS[t]).toBeGreaterThan(0);
  });
});

describe('findingRisk', () => {
  it('grows with confidence and with count', () => {
    const f = { type: 'upn' as const, count: 1 };
    expect(findingRisk({ ...f, confidence: 'low' })).toBeLessThan(findingRisk({ ...f, confidence: 'medium' }));
    expect(findingRisk({ ...f, confidence: 'medium' })).toBeLessThan(findingRisk({ ...f, confidence: 'high' }));
    expect(findingRisk({ ...f, confidence: 'high', count: 10 })).toBeGreaterThan(
      findingRisk({ ...f, confidence: 'high' }),
    );
  });

  it('dampens count: many email addresses do not outrank one safeguarding note', () => {
    const emails = findingRisk({ type: 'email_address', confidence: 'high', count: 300 });
    const note = findingRisk({ type: 'safeguarding', confidence: 'high', count: 1 });
    expect(note).toBeGreaterThan(emails);
  });
});

describe('fileRisk and riskBand', () => {
  it('sums the findings of a file', () => {
    const a = { type: 'upn' as const, confidence: 'high' as const, count: 1 };
    const b = { type: 'health' as const, confidence: 'medium' as const, count: 2 };
    expect(fileRisk([a, b])).toBeCloseTo(findingRisk(a) + findingRisk(b), 1);
    expect(fileRisk([])).toBe(0);
  });

  it('bands one confident special-category finding high, one identifier medium, contact details low', () => {
    expect(riskBand(fileRisk([{ type: 'safeguarding', confidence: 'high', count: 1 }]))).toBe('high');
    expect(riskBand(fileRisk([{ type: 'upn', confidence: 'high', count: 1 }]))).toBe('medium');
    expect(riskBand(fileRisk([{ type: 'phone_number', confidence: 'high', count: 3 }]))).toBe('low');
  });
});
