/** Gmail through domain-wide delegation as a LiveMailSource (staff mailboxes, pupil mail, history ids). */
export { gmailMailSource, DEFAULT_LOOKBACK_DAYS, type GmailMailSourceOptions } from './source';
export { gmailCursorKey } from './mailbox-sync';
export { pupilMailQuery } from './pupil-parties';
