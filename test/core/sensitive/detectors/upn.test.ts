import fc from 'fast-check';
import { isValidUpn, upnDetector } from '../../../../core/sensitive/detectors/upn';
import { detected, digits, found, UPN_ALPHABET, upnCheckLetter, validTemporaryUpn, validUpn } from '../helpers';

describe('isValidUpn', () => {
  it.each(['B801200005001', 'P207000016049', 'A80120000501A'])('accepts the published valid UPN %s', (upn) => {
    expect(isValidUpn(upn)).toBe(true);
  });

  it.each([
    ['A801200005001', 'wrong check letter'],
    // Arbor's help article prints Q; the sum is 266 and 266 mod 23 = 13, which is P.
    ['Q207000016049', "Arbor's misprinted correction"],
    ['I801200005001', 'I is not in the alphabet'],
    ['O801200005001', 'O is not in the alphabet'],
    ['S801200005001', 'S is not in the alphabet'],
    ['B80120000500', 'too short'],
    ['B8012000050011', 'too long'],
    ['b801200005001', 'lower case'],
    ['B80120000500I', 'temporary final letter outside the alphabet'],
    ['', 'empty'],
  ])('rejects %s (%s)', (upn) => {
    expect(isValidUpn(upn)).toBe(false);
  });

  it('accepts every permanent UPN built from a random LA, establishment, year and serial', () => {
    fc.assert(fc.property(validUpn, (upn) => isValidUpn(upn)));
  });

  it('accepts every temporary UPN (two-digit serial and a final letter)', () => {
    fc.assert(fc.property(validTemporaryUpn, (upn) => isValidUpn(upn)));
  });

  it('rejects every single-digit change of a valid UPN (weights 2..13 are all non-zero mod 23)', () => {
    fc.assert(
      fc.property(validUpn, (upn) => {
        for (let i = 1; i < 13; i++) {
          for (let d = 0; d <= 9; d++) {
            if (String(d) === upn[i]) continue;
            const changed = upn.slice(0, i) + d + upn.slice(i + 1);
            if (isValidUpn(changed)) return false;
          }
        }
        return true;
      }),
    );
  });

  it('rejects every other check letter, and every other final letter of a temporary UPN', () => {
    fc.assert(
      fc.property(validTemporaryUpn, (upn) => {
        for (const letter of UPN_ALPHABET) {
          if (letter !== upn[0] && isValidUpn(letter + upn.slice(1))) return false;
          if (letter !== upn[12] && isValidUpn(upn.slice(0, 12) + letter)) return false;
        }
        return true;
      }),
    );
  });

  it('agrees with the check letter computed from the standard for any twelve digits', () => {
    fc.assert(
      fc.property(digits(12), (rest) => {
        const letter = upnCheckLetter(rest);
        return isValidUpn(letter + rest) && UPN_ALPHABET.split('').every((l) => l === letter || !isValidUpn(l + rest));
      }),
    );
  });
});

describe('upnDetector', () => {
  it('finds a valid UPN on its own at medium (the shape is rare in prose) and beside its label at high', () => {
    expect(detected(upnDetector, 'Pupil B801200005001 joined in September.')).toEqual([
      { value: 'B801200005001', confidence: 'medium' },
    ]);
    expect(detected(upnDetector, 'UPN: B801200005001')).toEqual([{ value: 'B801200005001', confidence: 'high' }]);
    expect(detected(upnDetector, 'Unique Pupil Number B801200005001')).toEqual([
      { value: 'B801200005001', confidence: 'high' },
    ]);
    expect(detected(upnDetector, 'temporary UPN A80120000501A')).toEqual([
      { value: 'A80120000501A', confidence: 'high' },
    ]);
  });

  it('ignores look-alikes with the wrong check letter or glued to other characters', () => {
    expect(upnDetector.detect('UPN A801200005001 and Q207000016049')).toEqual([]);
    expect(upnDetector.detect('XB801200005001 B8012000050012')).toEqual([]);
  });

  it('finds each UPN of a list', () => {
    const text = 'UPNs: B801200005001, P207000016049; A80120000501A';
    expect(detected(upnDetector, text).map((c) => c.value)).toEqual([
      'B801200005001',
      'P207000016049',
      'A80120000501A',
    ]);
  });

  it('is reported by the scanner with the check letter and last three characters only', () => {
    expect(found('UPN: B801200005001', 'upn')).toEqual([
      { value: 'B801200005001', confidence: 'high', masked: 'B8********001' },
    ]);
  });

  it('masks without revealing the value', () => {
    expect(upnDetector.mask('B801200005001')).toBe('B8********001');
    expect(upnDetector.mask('A80120000501A')).toBe('A8********01A');
  });
});
