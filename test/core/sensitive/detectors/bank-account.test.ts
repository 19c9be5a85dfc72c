import { bankAccountDetector } from '../../../../core/sensitive/detectors/bank-account';
import { detected, found } from '../helpers';

describe('bankAccountDetector', () => {
  it.each([
    ['Sort code 20-00-00 account 12345678', '20-00-00\t12345678'],
    ['Sort code: 20 00 00, Account no: 55779911', '20 00 00\t55779911'],
    ['sort code 200000 account number 12345678', '200000\t12345678'],
    ['Bank details: 20-00-00 12345678', '20-00-00\t12345678'],
    ['A/C 12345678 sort 40-11-62', '40-11-62\t12345678'],
    ['Payee: J Smith, 08-99-99 66374958', '08-99-99\t66374958'],
  ])('pairs the sort code and account number in %j', (text, value) => {
    expect(bankAccountDetector.detect(text).map((c) => [c.value, c.confidence])).toEqual([[value, 'high']]);
  });

  it('needs a banking word: a date beside an eight-digit number has the same shape', () => {
    expect(bankAccountDetector.detect('20-00-00 12345678')).toEqual([]);
    expect(bankAccountDetector.detect('Meeting 12-03-21, reference 12345678')).toEqual([]);
  });

  it('pairs a form\'s "Sort code:" and "Account number:" lines', () => {
    expect(bankAccountDetector.detect('Sort code: 20-00-00\nAccount number: 12345678').map((c) => c.value)).toEqual([
      '20-00-00\t12345678',
    ]);
  });

  it('needs both halves close together, on the same line or the next', () => {
    expect(bankAccountDetector.detect('Sort code 20-00-00\n\nAccount 12345678')).toEqual([]);
    expect(bankAccountDetector.detect('Sort code 20-00-00\nName: A\nAccount 12345678')).toEqual([]);
    expect(bankAccountDetector.detect(`Sort code 20-00-00 ${'x'.repeat(100)} account 12345678`)).toEqual([]);
    expect(bankAccountDetector.detect('Sort code 20-00-00 account 1234567')).toEqual([]);
    expect(bankAccountDetector.detect('Account 12345678 only')).toEqual([]);
  });

  it('ignores a sort-code shape inside a longer date or number', () => {
    expect(bankAccountDetector.detect('Bank holiday 2024-05-06 ref 12345678')).toEqual([]);
    expect(bankAccountDetector.detect('Account 120-00-00 12345678')).toEqual([]);
  });

  it('masks all but the first two digits of the sort code and the last two of the account', () => {
    expect(bankAccountDetector.mask('20-00-00\t12345678')).toBe('20-**-** ******78');
    expect(found('Sort code 20-00-00 account 12345678', 'bank_account')).toEqual([
      { value: '20-00-00 account 12345678', confidence: 'high', masked: '20-**-** ******78' },
    ]);
  });

  // BUG: isBoundary treats '.' after the sort code as part of a longer number, so a sort code that ends a
  // sentence is never paired: "Account 12345678, sort code 20-00-00." gives nothing.
  it('pairs a sort code that ends a sentence', () => {
    expect(bankAccountDetector.detect('Account 12345678, sort code 20-00-00.').map((c) => c.value)).toEqual([
      '20-00-00\t12345678',
    ]);
  });

  it('finds nothing where the text has no banking word at all', () => {
    expect(detected(bankAccountDetector, 'Class list 12-34-56 and 87654321')).toEqual([]);
  });
});
