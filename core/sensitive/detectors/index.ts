import type { Detector } from '../detector';
import { bankAccountDetector } from './bank-account';
import { dateOfBirthDetector } from './date-of-birth';
import { drivingLicenceDetector } from './driving-licence';
import { emailAddressDetector } from './email-address';
import { ibanDetector } from './iban';
import { nhsNumberDetector } from './nhs-number';
import { niNumberDetector } from './ni-number';
import { passportNumberDetector } from './passport-number';
import { paymentCardDetector } from './payment-card';
import { phoneNumberDetector } from './phone-number';
import { postalAddressDetector } from './postal-address';
import { ulnDetector } from './uln';
import { upnDetector } from './upn';

/** Identifier detectors, most specific first: where two overlap, the earlier one keeps the span. */
export const IDENTIFIER_DETECTORS: readonly Detector[] = [
  ibanDetector,
  upnDetector,
  niNumberDetector,
  drivingLicenceDetector,
  nhsNumberDetector,
  ulnDetector,
  paymentCardDetector,
  bankAccountDetector,
  passportNumberDetector,
  dateOfBirthDetector,
  emailAddressDetector,
  postalAddressDetector,
  phoneNumberDetector,
];
