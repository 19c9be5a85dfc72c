import { CONFIDENCES, confidenceRank, SENSITIVE_TYPES } from '../../../core/sensitive/types';

describe('SENSITIVE_TYPES', () => {
  it('are the type ids of CONTRACTS §3, exactly and in order', () => {
    expect(SENSITIVE_TYPES).toEqual([
      'upn',
      'uln',
      'nhs_number',
      'ni_number',
      'passport_number',
      'driving_licence',
      'payment_card',
      'bank_account',
      'iban',
      'date_of_birth',
      'phone_number',
      'email_address',
      'postal_address',
      'health',
      'sen',
      'safeguarding',
    ]);
  });
});

describe('confidence', () => {
  it('ranks low below medium below high', () => {
    expect(CONFIDENCES).toEqual(['low', 'medium', 'high']);
    expect(confidenceRank.low).toBeLessThan(confidenceRank.medium);
    expect(confidenceRank.medium).toBeLessThan(confidenceRank.high);
  });
});
