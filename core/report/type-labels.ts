import type { SensitiveType } from '../sensitive/types';

/** Names a DSL or IT technician recognises, for reports; the ids stay the machine-readable field. */
export const TYPE_LABELS: Record<SensitiveType, string> = {
  upn: 'Unique Pupil Number (UPN)',
  uln: 'Unique Learner Number (ULN)',
  nhs_number: 'NHS number',
  ni_number: 'National Insurance number',
  passport_number: 'Passport number',
  driving_licence: 'Driving licence number',
  payment_card: 'Payment card number',
  bank_account: 'Bank account (sort code and number)',
  iban: 'IBAN',
  date_of_birth: 'Date of birth',
  phone_number: 'Phone number',
  email_address: 'Email address',
  postal_address: 'Postal address',
  health: 'Health / medical information',
  sen: 'SEN / EHCP information',
  safeguarding: 'Safeguarding / child protection',
};
