import { passportNumberDetector } from '../../../../core/sensitive/detectors/passport-number';
import { detected, found } from '../helpers';

describe('passportNumberDetector', () => {
  it('ignores a nine-digit number with no mention of a passport (there is no check digit)', () => {
    expect(passportNumberDetector.detect('Reference 925076473 was issued in 2019.')).toEqual([]);
    expect(passportNumberDetector.detect('A12345678')).toEqual([]);
  });

  it('reports a number near the word passport at medium, and labelled as the passport number at high', () => {
    expect(detected(passportNumberDetector, 'Her passport is 925076473, issued 2019.')).toEqual([
      { value: '925076473', confidence: 'medium' },
    ]);
    expect(detected(passportNumberDetector, 'Passport number: 925076473')).toEqual([
      { value: '925076473', confidence: 'high' },
    ]);
    expect(detected(passportNumberDetector, 'PASSPORT NO. 925076473')).toEqual([
      { value: '925076473', confidence: 'high' },
    ]);
  });

  it('accepts the older letter-and-eight-digits form', () => {
    expect(detected(passportNumberDetector, 'Passport no: A12345678')).toEqual([
      { value: 'A12345678', confidence: 'high' },
    ]);
  });

  it('does not let the word passport vouch for a number far away from it', () => {
    const text = `Bring your passport on the trip. ${'Lorem ipsum dolor sit amet. '.repeat(6)}Booking 925076473.`;
    expect(passportNumberDetector.detect(text)).toEqual([]);
  });

  // BUG: a "pupil passport" is a SEN one-page profile, not a travel document, but its name satisfies both
  // the keyword and the strong "passport:" label, so a pupil's ID number beside it is a high passport number.
  it('does not take a pupil passport (a SEN profile) for a passport', () => {
    expect(passportNumberDetector.detect('Pupil passport: Ruby Holmes (Y4). Student ID 202400123.')).toEqual([]);
  });

  it('ignores numbers of other lengths and numbers glued to other characters', () => {
    expect(passportNumberDetector.detect('Passport: 92507647, 9250764731, X925076473, 925076473-2')).toEqual([]);
  });

  it('masks all but two characters at each end', () => {
    expect(passportNumberDetector.mask('925076473')).toBe('92*****73');
    expect(found('Passport number 925076473', 'passport_number')).toEqual([
      { value: '925076473', confidence: 'high', masked: '92*****73' },
    ]);
  });
});
