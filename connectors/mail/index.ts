/** Mail exports on disk (Google Vault and Takeout .mbox, .eml files, folders of them) as core MailMessages. */
export { readMbox, DEFAULT_MAX_MESSAGE_BYTES, type MboxItem, type MboxOptions } from './mbox';
export { MboxSplitter, isEnvelopeLine, unescapeFromLines } from './mbox-splitter';
export { listMailFiles, readMailFiles, type MailFile, type SourceItem } from './sources';
export { toMessage, type ToMessageOptions } from './to-message';
export { MessageError, messageFailure } from './message-error';
export { parseMailDate, parseEnvelopeDate, type MailDate } from './mail-date';
export { parseAddressHeader } from './addresses';
export { attachmentText, DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './attachment-text';
