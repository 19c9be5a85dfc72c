/** Every rule, in the order of CONTRACTS §4, then the rules a profile switches on. */
import type { MailRuleId } from '../message';
import type { MailRule } from '../rule';
import { abusiveLanguage } from './abusive-language';
import { giftOffer } from './gift-offer';
import { meetingOffsite } from './meeting-offsite';
import { noColleagueCopy } from './no-colleague-copy';
import { outOfHours } from './out-of-hours';
import { overlyFamiliar } from './overly-familiar';
import { personalContactDetails } from './personal-contact-details';
import { privateChannel } from './private-channel';
import { secrecy } from './secrecy';
import { staffPersonalAccount } from './staff-personal-account';
import { staffPupilDirect } from './staff-pupil-direct';
import { unprotectedPersonalData } from './unprotected-personal-data';

export const MAIL_RULES: readonly MailRule[] = [
  staffPersonalAccount,
  staffPupilDirect,
  personalContactDetails,
  privateChannel,
  secrecy,
  outOfHours,
  overlyFamiliar,
  meetingOffsite,
  giftOffer,
  unprotectedPersonalData,
  abusiveLanguage,
  noColleagueCopy,
];

export const RULES_BY_ID: ReadonlyMap<MailRuleId, MailRule> = new Map(MAIL_RULES.map((r) => [r.id, r]));
