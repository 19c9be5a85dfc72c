import { isUkPhoneNumber, phoneNumberDetector } from '../../../../core/sensitive/detectors/phone-number';
import { detected, found } from '../helpers';

const phones = (text: string) => phoneNumberDetector.detect(text).map((c) => c.value);

describe('isUkPhoneNumber', () => {
  it.each([
    '+44 20 7946 0123',
    '+44 (0) 20 7946 0123',
    '+44(0)20 7946 0123',
    '0044 20 7946 0123',
    '(0161) 496 0000',
    '020 7946 0123',
    '0113 496 0123',
    '07700 900123',
    '07700900123',
    '+447700900123',
    '07624 123456',
    '0800 123 4567',
    '03001234567',
  ])('accepts %s', (phone) => {
    expect(isUkPhoneNumber(phone)).toBe(true);
  });

  it.each([
    ['07600 123456', '076 is pagers'],
    ['07012 345678', '070 is personal numbers'],
    ['0207 946 012', 'too short for a London number'],
    ['020 7946 01234', 'too long'],
    ['09012 345678', 'premium rate (09) is not a personal number'],
    ['+1 212 555 0123', 'not a UK number'],
    ['0044 0044 1234', 'nonsense'],
  ])('rejects %s (%s)', (phone) => {
    expect(isUkPhoneNumber(phone)).toBe(false);
  });
});

describe('phoneNumberDetector', () => {
  it.each([
    '+44 20 7946 0123',
    '0044 20 7946 0123',
    '+44 (0) 20 7946 0123',
    '(0161) 496 0000',
    '020 7946 0123',
    '07700 900123',
    '0161-496-0000',
  ])('finds %s in a sentence at medium', (phone) => {
    expect(detected(phoneNumberDetector, `Reply via ${phone} or by letter`)).toEqual([
      { value: phone, confidence: 'medium' },
    ]);
  });

  // BUG: the trailing look-ahead forbids a full stop after the number, so a number that ends a sentence
  // is never found ("My mobile is 07700 900123." gives nothing).
  it('finds a number at the end of a sentence', () => {
    expect(phones('My mobile is 07700 900123.')).toEqual(['07700 900123']);
    expect(phones('Call the office on 020 7946 0123. Thanks')).toEqual(['020 7946 0123']);
  });

  it.each([
    ['Tel: 020 7946 0123', '020 7946 0123'],
    ['Mobile 07700 900123', '07700 900123'],
    ['Call me on 07700 900123', '07700 900123'],
    ['Emergency contact (0161) 496 0000', '(0161) 496 0000'],
  ])('raises %j to high', (text, phone) => {
    expect(detected(phoneNumberDetector, text)).toEqual([{ value: phone, confidence: 'high' }]);
  });

  it('finds two numbers side by side separately', () => {
    expect(phones('Home 0161 496 0000 / work 0113 496 0123')).toEqual(['0161 496 0000', '0113 496 0123']);
  });

  it('drops a trailing bracket or dash that is not part of the number', () => {
    expect(phones('(call 020 7946 0123)')).toEqual(['020 7946 0123']);
    expect(phones('020 7946 0123 - office')).toEqual(['020 7946 0123']);
  });

  it.each([
    'Between 09:00 and 15:30 on 01/09/2024',
    'Scores: 01 02 03 04 05 06',
    'Version 0.1.2.3.4.5',
    '£1,234,567.89',
    'Years 2023-2024 and 2024-2025',
    'ISBN 0 306 40615 2',
    'Long number 07123456789012',
    'US office +1 212 555 0123',
    'Paris +33 1 23 45 67 89',
    'Pager 07600 123456',
    'Dated 01/02/2013',
  ])('finds no phone number in %j', (text) => {
    expect(phoneNumberDetector.detect(text)).toEqual([]);
  });

  it('is not reported on the digits of an IBAN, NHS number or UPN that the scanner already claimed', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32', 'phone_number')).toEqual([]);
    expect(found('NHS number 943 476 5919', 'phone_number')).toEqual([]);
  });

  it('keeps the prefix and last two digits when masked, hiding at least half the digits', () => {
    expect(phoneNumberDetector.mask('020 7946 0123')).toBe('020 **** **23');
    expect(phoneNumberDetector.mask('07700 900123')).toBe('077** ****23');
    expect(phoneNumberDetector.mask('+44 20 7946 0123')).toBe('+44 20 **** **23');
  });
});
