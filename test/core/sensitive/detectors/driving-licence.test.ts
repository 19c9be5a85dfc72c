import { drivingLicenceDetector } from '../../../../core/sensitive/detectors/driving-licence';
import { detected, found } from '../helpers';

describe('drivingLicenceDetector', () => {
  it("finds DVLA's example MORGA657054SM9IJ at medium alone and high beside a licence keyword", () => {
    expect(detected(drivingLicenceDetector, 'Copy: MORGA657054SM9IJ')).toEqual([
      { value: 'MORGA657054SM9IJ', confidence: 'medium' },
    ]);
    expect(detected(drivingLicenceDetector, 'Driving licence number MORGA657054SM9IJ')).toEqual([
      { value: 'MORGA657054SM9IJ', confidence: 'high' },
    ]);
    expect(detected(drivingLicenceDetector, "Driver's licence: MORGA657054SM9IJ")).toEqual([
      { value: 'MORGA657054SM9IJ', confidence: 'high' },
    ]);
    expect(detected(drivingLicenceDetector, 'DVLA check done: MORGA657054SM9IJ')).toEqual([
      { value: 'MORGA657054SM9IJ', confidence: 'high' },
    ]);
  });

  it('includes the optional two-digit issue number', () => {
    expect(detected(drivingLicenceDetector, 'Licence MORGA657054SM9IJ 01').map((c) => c.value)).toEqual([
      'MORGA657054SM9IJ 01',
    ]);
  });

  it('accepts a short surname padded with 9s and a man-month or woman-month (+50)', () => {
    expect(detected(drivingLicenceDetector, 'Licence: LI999602150J99AB').map((c) => c.value)).toEqual([
      'LI999602150J99AB',
    ]);
    expect(detected(drivingLicenceDetector, 'Licence: SMITH862250JA9AB').map((c) => c.value)).toEqual([
      'SMITH862250JA9AB',
    ]);
  });

  it.each([
    ['MORGA673054SM9IJ', 'month 73 (neither 01-12 nor 51-62)'],
    ['MORGA613054SM9IJ', 'month 13'],
    ['MORGA600054SM9IJ', 'month 00'],
    ['MORGA657004SM9IJ', 'day 00'],
    ['MORGA657324SM9IJ', 'day 32'],
    ['99999657054SM9IJ', 'an all-padding surname'],
    ['XMORGA657054SM9IJ', 'glued to a longer word'],
    ['morga657054sm9ij', 'lower case'],
  ])('ignores %s (%s), even beside the word licence', (value) => {
    expect(drivingLicenceDetector.detect(`Driving licence ${value}`)).toEqual([]);
  });

  it('keeps two characters at each end when masked', () => {
    expect(drivingLicenceDetector.mask('MORGA657054SM9IJ')).toBe('MO************IJ');
    expect(found('Driving licence MORGA657054SM9IJ', 'driving_licence')).toEqual([
      { value: 'MORGA657054SM9IJ', confidence: 'high', masked: 'MO************IJ' },
    ]);
  });
});
