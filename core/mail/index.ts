export * from './message';
export { createMailChecker, type MailChecker, type MailCheckerOptions } from './check';
export { MAIL_RULES, RULES_BY_ID } from './rules';
export type { MailRule, RuleContext, CheckEnv } from './rule';
export type { Evidence } from './evidence';
export { combinedSeverity } from './severity';
export { createPartyResolver, type Parties, type Party, type PartyResolver } from './parties';
export { localClock, isOutOfHours, type LocalTime, type AllowedHours } from './local-time';
export { readBody, normaliseText, type MailBody } from './body';
