import { isValidNiNumber, niNumberDetector } from '../../../../core/sensitive/detectors/ni-number';
import { detected, found } from '../helpers';

describe('isValidNiNumber', () => {
  it.each(['AB123456C', 'AB 12 34 56 C', 'JG103759A', 'CE123456D', 'AB123456'])('accepts %s', (nino) => {
    expect(isValidNiNumber(nino)).toBe(true);
  });

  const forbidden = ['D', 'F', 'I', 'Q', 'U', 'V'];
  it.each(forbidden)('rejects %s as the first prefix letter', (letter) => {
    expect(isValidNiNumber(`${letter}A123456C`)).toBe(false);
  });
  it.each([...forbidden, 'O'])('rejects %s as the second prefix letter', (letter) => {
    expect(isValidNiNumber(`A${letter}123456C`)).toBe(false);
  });
  it.each(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'])('rejects the unused prefix %s', (prefix) => {
    expect(isValidNiNumber(`${prefix}123456A`)).toBe(false);
  });
  it.each(['AB123456E', 'AB123456Z', 'QQ123456C', 'QQ 12 34 56 A', 'AB12345C', 'AB1234567C'])('rejects %s', (nino) => {
    expect(isValidNiNumber(nino)).toBe(false);
  });
});

describe('niNumberDetector', () => {
  it('finds a NINO with its suffix at medium on its own, and high beside the words national insurance', () => {
    expect(detected(niNumberDetector, 'Ref AB123456C')).toEqual([{ value: 'AB123456C', confidence: 'medium' }]);
    expect(detected(niNumberDetector, 'National Insurance number: AB 12 34 56 C')).toEqual([
      { value: 'AB 12 34 56 C', confidence: 'high' },
    ]);
    expect(detected(niNumberDetector, 'NI No. AB123456C')).toEqual([{ value: 'AB123456C', confidence: 'high' }]);
    expect(detected(niNumberDetector, 'NINO AB123456C')).toEqual([{ value: 'AB123456C', confidence: 'high' }]);
  });

  it('accepts a suffix-less NINO only beside its keyword (electronic returns may omit the suffix)', () => {
    expect(niNumberDetector.detect('Part code AB123456')).toEqual([]);
    expect(detected(niNumberDetector, 'NI number: AB123456')).toEqual([{ value: 'AB123456', confidence: 'high' }]);
  });

  it.each([
    'national insurance GB123456A',
    'NI number QQ123456C',
    'NI number DA123456C',
    'NI number AO123456C',
    'NI number AB123456E',
  ])('ignores the invalid %j even with its keyword', (text) => {
    expect(niNumberDetector.detect(text)).toEqual([]);
  });

  it('ignores NINO shapes glued to other letters or digits', () => {
    expect(niNumberDetector.detect('XAB123456C AB123456CD AB1234567C')).toEqual([]);
  });

  it('masks all but the prefix and suffix', () => {
    expect(niNumberDetector.mask('AB123456C')).toBe('AB******C');
    expect(niNumberDetector.mask('AB 12 34 56 C')).toBe('AB ** ** ** C');
    expect(found('NI number AB123456C', 'ni_number')).toEqual([
      { value: 'AB123456C', confidence: 'high', masked: 'AB******C' },
    ]);
  });
});
