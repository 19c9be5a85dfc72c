import { emailAddressDetector } from '../../../../core/sensitive/detectors/email-address';
import { detected, found } from '../helpers';

describe('emailAddressDetector', () => {
  it("finds a person's address at medium, and at high beside the word email or contact", () => {
    expect(detected(emailAddressDetector, 'Sent by jane.smith1984@gmail.com yesterday')).toEqual([
      { value: 'jane.smith1984@gmail.com', confidence: 'medium' },
    ]);
    expect(detected(emailAddressDetector, 'Email: j.smith@example.sch.uk')).toEqual([
      { value: 'j.smith@example.sch.uk', confidence: 'high' },
    ]);
    expect(detected(emailAddressDetector, 'Parent contact 23abrown@pupils.example.sch.uk')).toEqual([
      { value: '23abrown@pupils.example.sch.uk', confidence: 'high' },
    ]);
  });

  it.each([
    'office@example.sch.uk',
    'Info@example.sch.uk',
    'admin@example.sch.uk',
    'SENCO@example.sch.uk',
    'safeguarding@example.sch.uk',
    'no-reply@example.sch.uk',
    'headteacher@example.sch.uk',
  ])('reports the role mailbox %s as low, even beside the word email', (address) => {
    expect(detected(emailAddressDetector, `Email ${address}`)).toEqual([{ value: address, confidence: 'low' }]);
  });

  it('takes the usual local-part characters and ignores what is not an address', () => {
    expect(detected(emailAddressDetector, "o'brien+school@mail.example.co.uk").map((c) => c.value)).toEqual([
      "o'brien+school@mail.example.co.uk",
    ]);
    expect(emailAddressDetector.detect('jane@ @example.sch.uk jane@localhost a@b.c')).toEqual([]);
  });

  it('stops at the punctuation after an address', () => {
    expect(
      detected(emailAddressDetector, 'Write to <j.smith@example.sch.uk>, or (a.brown@example.org).').map(
        (c) => c.value,
      ),
    ).toEqual(['j.smith@example.sch.uk', 'a.brown@example.org']);
  });

  it('masks the local part after its first letter and keeps the domain', () => {
    expect(emailAddressDetector.mask('jane.smith1984@gmail.com')).toBe('j*************@gmail.com');
    // At least two stars, so a one- or two-letter local part does not show its length.
    expect(emailAddressDetector.mask('jo@gmail.com')).toBe('j**@gmail.com');
    expect(found('Email jo@gmail.com', 'email_address')).toEqual([
      { value: 'jo@gmail.com', confidence: 'high', masked: 'j**@gmail.com' },
    ]);
  });
});
