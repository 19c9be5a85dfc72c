import { termSource, termTriggers, withTriggers } from '../../../../core/sensitive/special/term';

describe('Term', () => {
  it('is a regex source, or a source with the literals that must occur in it', () => {
    const plain = 'asthma(?:tic)?';
    const withLiterals = withTriggers('(?:hit|kicked) (?:him|her)', ' him', ' her');
    expect(termSource(plain)).toBe(plain);
    expect(termTriggers(plain)).toBeUndefined();
    expect(termSource(withLiterals)).toBe('(?:hit|kicked) (?:him|her)');
    expect(termTriggers(withLiterals)).toEqual([' him', ' her']);
  });
});
