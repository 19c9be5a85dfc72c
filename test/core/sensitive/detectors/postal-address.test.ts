import { postalAddressDetector } from '../../../../core/sensitive/detectors/postal-address';
import { detected, found } from '../helpers';

describe('postalAddressDetector', () => {
  it.each(['SW1A 1AA', 'GIR 0AA', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'LS62AB'])(
    'reports the postcode %s on its own as low: it locates a street, not a home',
    (postcode) => {
      expect(detected(postalAddressDetector, `Postcode ${postcode} only`)).toEqual([
        { value: postcode, confidence: 'low' },
      ]);
    },
  );

  it.each(['Q1 1AA', 'SW1A 1CA', 'V1 1AA', 'AB1 1IA', 'XSW1A 1AA', 'SW1A 1AAB'])('ignores %s', (text) => {
    expect(postalAddressDetector.detect(text)).toEqual([]);
  });

  it('reports a street line with a postcode as a postal address at medium', () => {
    expect(detected(postalAddressDetector, '12 Acacia Avenue, Leeds LS6 2AB')).toEqual([
      { value: '12 Acacia Avenue, Leeds LS6 2AB', confidence: 'medium' },
    ]);
    expect(detected(postalAddressDetector, 'Flat 3, 27 High Street, Leeds LS6 2AB')).toEqual([
      { value: '27 High Street, Leeds LS6 2AB', confidence: 'medium' },
    ]);
  });

  it("takes a letter's address block over several lines", () => {
    expect(detected(postalAddressDetector, 'Mrs A Brown\n12 Acacia Avenue\nHeadingley\nLeeds\nLS6 2AB')).toEqual([
      { value: '12 Acacia Avenue\nHeadingley\nLeeds\nLS6 2AB', confidence: 'medium' },
    ]);
  });

  it('raises an address beside the word address or home to high', () => {
    expect(detected(postalAddressDetector, 'Home address: 12 Acacia Avenue, Leeds LS6 2AB')).toEqual([
      { value: '12 Acacia Avenue, Leeds LS6 2AB', confidence: 'high' },
    ]);
    expect(detected(postalAddressDetector, 'She lives at 4b Mill Lane, Bath BA1 1AA')).toEqual([
      { value: '4b Mill Lane, Bath BA1 1AA', confidence: 'high' },
    ]);
  });

  it('does not join a street line to a postcode many lines below it', () => {
    const text = '12 Acacia Avenue\nline two\nline three\nline four\nline five\nLS6 2AB';
    expect(detected(postalAddressDetector, text)).toEqual([{ value: 'LS6 2AB', confidence: 'low' }]);
  });

  it('masks an address to its outward code and a postcode to its outward code', () => {
    expect(postalAddressDetector.mask('12 Acacia Avenue, Leeds LS6 2AB')).toBe('*** LS6 ***');
    expect(postalAddressDetector.mask('SW1A 1AA')).toBe('SW1A ***');
    expect(found('Address: 12 Acacia Avenue, Leeds LS6 2AB', 'postal_address')).toEqual([
      { value: '12 Acacia Avenue, Leeds LS6 2AB', confidence: 'high', masked: '*** LS6 ***' },
    ]);
  });
});
