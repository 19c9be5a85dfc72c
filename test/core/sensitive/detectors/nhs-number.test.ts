import fc from 'fast-check';
import { isValidNhsNumber, nhsNumberDetector } from '../../../../core/sensitive/detectors/nhs-number';
import { isValidUln } from '../../../../core/sensitive/detectors/uln';
import { confidenceOf, detected, digits, singleDigitChanges, validNhsNumber } from '../helpers';

describe('isValidNhsNumber', () => {
  it.each(['943 476 5919', '4010232137', '9990000018', '9990000026', '943-476-5919'])('accepts %s', (nhs) => {
    expect(isValidNhsNumber(nhs)).toBe(true);
  });

  it.each([
    ['9434765918', 'last digit changed'],
    ['9876544321', "NHS England's own format example fails the checksum"],
    ['943476591', 'nine digits'],
    ['94347659190', 'eleven digits'],
  ])('rejects %s (%s)', (nhs) => {
    expect(isValidNhsNumber(nhs)).toBe(false);
  });

  it('rejects a stem whose check digit would be 10', () => {
    // 000000006: sum 12, 11 - 1 = 10, so no last digit makes it valid.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });

  it('accepts any stem completed with its check digit and rejects every single-digit change (mod 11 catches them all)', () => {
    fc.assert(
      fc.property(
        validNhsNumber,
        (nhs) => isValidNhsNumber(nhs) && singleDigitChanges(nhs).every((changed) => !isValidNhsNumber(changed)),
      ),
    );
  });

  it('is never valid for a number that is a valid ULN (weighted sums ≡ 0 versus ≡ 10 mod 11)', () => {
    fc.assert(fc.property(digits(10), (n) => !(isValidNhsNumber(n) && isValidUln(n))));
    fc.assert(fc.property(validNhsNumber, (n) => !isValidUln(n)));
  });
});

describe('nhsNumberDetector', () => {
  it('reports a checksum-only NHS number as low, as Purview does not report one without a keyword', () => {
    expect(detected(nhsNumberDetector, 'Seen 943 476 5919 on Tuesday')).toEqual([
      { value: '943 476 5919', confidence: 'low' },
    ]);
  });

  it.each([
    'NHS number: 943 476 5919',
    'NHS No 4010232137',
    'Patient number 9990000018',
    'National Health Service number 943-476-5919',
    '943 476 5919 (NHS)',
  ])('raises %j to high', (text) => {
    expect(detected(nhsNumberDetector, text).map((c) => c.confidence)).toEqual(['high']);
  });

  it.each([
    'ISBN 943 476 5919',
    'ISBN: 9434765919',
    'Order no. 4010232137',
    'Invoice 9990000018',
    'Our ref: 4010232137',
    'Receipt 943-476-5919',
  ])('is suppressed by the label in %j, even when valid', (text) => {
    expect(nhsNumberDetector.detect(text)).toEqual([]);
  });

  it('is suppressed by a number label even with an NHS keyword in the passage', () => {
    expect(nhsNumberDetector.detect('NHS supplies, order 9990000018')).toEqual([]);
  });

  // BUG: OTHER_NUMBER_LABELS allows 24 characters after the label, so the label of a value earlier on the line
  // ("Mobile: 07700 900123, ") suppresses the NHS number even with "NHS no." standing right before it.
  it("is not suppressed by an earlier value's label when its own label stands right before it", () => {
    expect(detected(nhsNumberDetector, 'Mobile: 07700 900123, NHS no. 943 476 5919')).toEqual([
      { value: '943 476 5919', confidence: 'high' },
    ]);
    expect(detected(nhsNumberDetector, 'Tel 01632 960123 NHS 9434765919')).toEqual([
      { value: '9434765919', confidence: 'high' },
    ]);
  });

  it('ignores invalid numbers and numbers inside longer digit runs', () => {
    expect(nhsNumberDetector.detect('NHS 9434765918, NHS 9876544321, 19434765919, 943 476 59190')).toEqual([]);
  });

  it('does not accept mixed separators', () => {
    expect(nhsNumberDetector.detect('NHS 943-476 5919')).toEqual([]);
  });

  it('masks as 943 *** **19, keeping the grouping', () => {
    expect(nhsNumberDetector.mask('943 476 5919')).toBe('943 *** **19');
    expect(nhsNumberDetector.mask('9434765919')).toBe('943*****19');
  });

  it('is not also reported as a ULN, and an invalid NHS number that is a valid ULN is a ULN', () => {
    expect(confidenceOf('NHS number 943 476 5919', 'uln')).toBeNull();
    // 9434765918 is one less than a valid NHS number, so its weighted sum is 10 mod 11: a ULN shape.
    expect(confidenceOf('NHS 9434765918', 'nhs_number')).toBeNull();
  });
});
