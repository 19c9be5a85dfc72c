import { IDENTIFIER_DETECTORS } from '../../../../core/sensitive/detectors';
import { SENSITIVE_TYPES } from '../../../../core/sensitive/types';

describe('IDENTIFIER_DETECTORS', () => {
  it('has one detector for every identifier type of CONTRACTS §3', () => {
    const types = IDENTIFIER_DETECTORS.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    expect([...types].sort()).toEqual(
      SENSITIVE_TYPES.filter((t) => !['health', 'sen', 'safeguarding'].includes(t)).sort(),
    );
  });

  it('puts the checksummed, specific identifiers before the loose ones that could claim their digits', () => {
    const order = IDENTIFIER_DETECTORS.map((d) => d.type);
    const before = (a: string, b: string) => order.indexOf(a as never) < order.indexOf(b as never);
    expect(before('iban', 'phone_number')).toBe(true);
    expect(before('upn', 'phone_number')).toBe(true);
    expect(before('nhs_number', 'phone_number')).toBe(true);
    expect(before('iban', 'payment_card')).toBe(true);
    expect(before('nhs_number', 'passport_number')).toBe(true);
  });

  it('finds nothing in an empty text', () => {
    for (const d of IDENTIFIER_DETECTORS) expect(d.detect('')).toEqual([]);
  });
});
