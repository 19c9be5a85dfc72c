import fc from 'fast-check';
import { ibanDetector, isValidIban } from '../../../../core/sensitive/detectors/iban';
import { detected, found, ibanCheckDigits, validGbIban } from '../helpers';

describe('isValidIban', () => {
  it.each(['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'gb82 west 1234 5698 7654 32'])(
    'accepts the published GB example %j',
    (iban) => {
      expect(isValidIban(iban)).toBe(true);
    },
  );

  it.each([
    ['GB82 WEST 1234 5698 7654 33', 'last digit changed'],
    ['GB82WEST12345698765433', 'last digit changed, no spaces'],
    ['GB28WEST12345698765432', 'check digits swapped'],
    ['GB82WEST1234569876543', 'GB IBANs are 22 characters'],
    ['GB82WEST123456987654321', 'too long for GB'],
    ['GB82-WEST-1234-5698-7654-32', 'dashes are not IBAN separators'],
  ])('rejects %s (%s)', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it('accepts IBANs of other countries by their own lengths', () => {
    const de = `DE${ibanCheckDigits('DE', '370400440532013000')}370400440532013000`;
    expect(de).toBe('DE89370400440532013000');
    expect(isValidIban(de)).toBe(true);
    const ie = `IE${ibanCheckDigits('IE', 'AIBK93115212345678')}AIBK93115212345678`;
    expect(isValidIban(ie)).toBe(true);
  });

  it('accepts a random GB BBAN with its computed check digits, and rejects any single-character change', () => {
    fc.assert(
      fc.property(validGbIban, (iban) => {
        if (!isValidIban(iban)) return false;
        for (let i = 2; i < iban.length; i++) {
          const alphabet = /\d/.test(iban[i]!) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
          for (const c of alphabet) {
            if (c !== iban[i] && isValidIban(iban.slice(0, i) + c + iban.slice(i + 1))) return false;
          }
        }
        return true;
      }),
    );
  });
});

describe('ibanDetector', () => {
  it('reports a valid IBAN at high with no keyword (mod 97 and the shape are specific)', () => {
    expect(detected(ibanDetector, 'Pay to GB82 WEST 1234 5698 7654 32 by Friday')).toEqual([
      { value: 'GB82 WEST 1234 5698 7654 32', confidence: 'high' },
    ]);
    expect(detected(ibanDetector, 'GB82WEST12345698765432')).toEqual([
      { value: 'GB82WEST12345698765432', confidence: 'high' },
    ]);
  });

  it('ignores an IBAN with a wrong check', () => {
    expect(ibanDetector.detect('GB82 WEST 1234 5698 7654 33')).toEqual([]);
  });

  it('masks all but the country, check digits and last two characters', () => {
    expect(ibanDetector.mask('GB82 WEST 1234 5698 7654 32')).toBe('GB82 **** **** **** **** 32');
  });

  it('is not also reported as a phone number or card by the scanner', () => {
    const text = 'IBAN GB82 WEST 1234 5698 7654 32';
    expect(found(text, 'iban')).toHaveLength(1);
    expect(found(text, 'phone_number')).toEqual([]);
    expect(found(text, 'payment_card')).toEqual([]);
  });
});
