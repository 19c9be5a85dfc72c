/**
 * A GmailMessage as the core MailMessage the rules read. GmailApp hands over decoded header text and
 * the plain-text body; attachments are read only when they are text (Apps Script has no parser for
 * Office files or PDFs, and a monitoring run must stay well inside its six minutes), and only so much.
 */
import type { MailAddress, MailAttachment, MailMessage } from '../../core/mail';
import { parseAddress, parseAddressList } from '../../core/people';

type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;

export const MESSAGE_LIMITS = {
  /** Body text kept per message: a long thread quoted in full adds nothing after this. */
  textChars: 200_000,
  attachments: 10,
  /** Larger text attachments are listed without their text. */
  attachmentBytes: 512 * 1024,
  attachmentChars: 100_000,
} as const;

const TEXT_TYPES = /^(text\/|application\/(json|xml|csv|x-csv|rtf)\b|message\/rfc822\b)/i;
const TEXT_NAMES = /\.(txt|csv|tsv|md|json|xml|html?|eml|ics|vcf)$/i;

/** A message that cannot be read as mail: the reason never quotes the message. */
export class MessageReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageReadError';
  }
}

function addresses(value: string): MailAddress[] {
  return parseAddressList(value ?? '').map((a) =>
    a.name ? { address: a.address, name: a.name } : { address: a.address },
  );
}

function oneAddress(value: string): MailAddress | null {
  const parsed = value ? parseAddress(value) : undefined;
  if (!parsed) return null;
  return parsed.name ? { address: parsed.address, name: parsed.name } : { address: parsed.address };
}

/** Message-ID without angle brackets; Gmail's own id (stable in this mailbox) when the header is missing. */
function messageIdOf(message: GmailMessage): string {
  const header = message.getHeader('Message-ID').trim();
  const bracketed = /<([^<>]*)>/.exec(header);
  // eslint-disable-next-line no-control-regex
  const id = (bracketed ? bracketed[1]! : header).replace(/[\s\u0000-\u001f\u007f]+/g, '');
  return id !== '' ? id.slice(0, 998) : `gmail-${message.getId()}@sos.invalid`;
}

/** The offset the sender's clock wrote in the Date header ("... +0100"), in minutes; 0 when there is none. */
function offsetOf(dateHeader: string): number {
  const zone = /([+-])(\d{2})(\d{2})\s*(\([^)]*\))?\s*$/.exec(dateHeader.trim());
  if (!zone) return 0;
  const minutes = Number(zone[2]) * 60 + Number(zone[3]);
  return zone[1] === '-' ? -minutes : minutes;
}

function header(message: GmailMessage, name: string): string | undefined {
  const value = message
    .getHeader(name)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ') // eslint-disable-line no-control-regex
    .trim();
  return value === '' ? undefined : value;
}

function attachmentsOf(message: GmailMessage): MailAttachment[] {
  const all = message.getAttachments({ includeInlineImages: false, includeAttachments: true });
  return all.slice(0, MESSAGE_LIMITS.attachments).map((attachment) => {
    const filename = attachment.getName() || '(no name)';
    const contentType = (attachment.getContentType() || 'application/octet-stream').toLowerCase();
    const readable = TEXT_TYPES.test(contentType) || TEXT_NAMES.test(filename);
    const small = attachment.getSize() <= MESSAGE_LIMITS.attachmentBytes;
    const text = readable && small ? attachment.getDataAsString().slice(0, MESSAGE_LIMITS.attachmentChars) : '';
    return { filename, contentType, text };
  });
}

export function toMailMessage(message: GmailMessage): MailMessage {
  const from = oneAddress(message.getFrom());
  const to = addresses(message.getTo());
  const cc = addresses(message.getCc());
  const bcc = addresses(message.getBcc());
  if (!from && to.length + cc.length + bcc.length === 0) {
    throw new MessageReadError('no sender or recipient address could be read');
  }
  const received = message.getDate();
  const time = received ? Number(received.getTime()) : NaN;
  const listId = header(message, 'List-Id');
  const precedence = header(message, 'Precedence');
  const autoSubmitted = header(message, 'Auto-Submitted');
  return {
    messageId: messageIdOf(message),
    from,
    sender: oneAddress(message.getHeader('Sender')),
    replyTo: addresses(message.getReplyTo()),
    to,
    cc,
    bcc,
    date: Number.isNaN(time)
      ? null
      : { iso: new Date(time).toISOString(), offsetMinutes: offsetOf(message.getHeader('Date')) },
    subject: message.getSubject() ?? '',
    text: (message.getPlainBody() ?? '').slice(0, MESSAGE_LIMITS.textChars),
    attachments: attachmentsOf(message),
    listHeaders: {
      ...(listId !== undefined ? { listId } : {}),
      ...(precedence !== undefined ? { precedence: precedence.toLowerCase() } : {}),
      ...(autoSubmitted !== undefined ? { autoSubmitted: autoSubmitted.toLowerCase() } : {}),
    },
  };
}
