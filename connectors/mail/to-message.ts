import { createHash } from 'node:crypto';
import path from 'node:path';
import type { MailAddress, MailAttachment, MailMessage } from '../../core/mail/message';
import { headerText } from '../files/eml/mime-decode';
import { displayHeader, header, parseEntity, type MimeEntity } from '../files/eml/mime-parse';
import { parseAddressHeader } from './addresses';
import {
  attachmentSupported,
  attachmentText,
  DEFAULT_ATTACHMENT_LIMITS,
  type AttachmentLimits,
} from './attachment-text';
import { parseEnvelopeDate, parseMailDate } from './mail-date';
import { MessageError } from './message-error';
import { mimeContent, type RawAttachment } from './mime-content';

export interface ToMessageOptions {
  /** The mbox envelope line: its date stands in for a missing or unreadable Date header. */
  readonly envelope?: string;
  /** `false` leaves attachments' text empty (names and types are still listed). */
  readonly attachments?: AttachmentLimits | false;
  /** Body text beyond this is dropped: rules look for phrases, not at the 40th page of a pasted report. */
  readonly maxTextChars?: number;
}

/** For an attachment whose name says nothing (`attachment`, `scan0001`), its declared type decides. */
const EXT_OF_TYPE: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'text/html': '.html',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'application/vnd.oasis.opendocument.presentation': '.odp',
};

const DEFAULT_MAX_TEXT_CHARS = 1_000_000;
/** An e-mail attached to an e-mail attached to an e-mail is as deep as forwarded messages are read. */
const MAX_FORWARD_DEPTH = 3;
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/**
 * The raw bytes of one RFC 5322 message as the mail rules see it. Throws MessageError with a short
 * reason for a message that cannot be read faithfully (no header block, a malformed header line, broken
 * MIME, an unknown charset).
 *
 * Dates: a missing or unreadable Date header does not make the message unreadable, since every rule but
 * out-of-hours can still judge it. The mbox envelope date is used instead (Google's exports set it to
 * when the message arrived); with neither, `date` is null and out-of-hours cannot apply.
 */
export async function toMessage(raw: Buffer, options: ToMessageOptions = {}): Promise<MailMessage> {
  // Blank lines before the headers (left by some exporters after the envelope line) mean nothing.
  const binary = raw.toString('latin1').replace(/^(?:\r?\n)+/, '');
  return readMessage(binary, raw, options, 0);
}

async function readMessage(
  binary: string,
  raw: Buffer,
  options: ToMessageOptions,
  depth: number,
): Promise<MailMessage> {
  checkHeaderBlock(binary);
  const entity = parseEntity(binary);
  const from = parseAddressHeader(addressHeader(entity, 'from'))[0] ?? null;
  const sender = parseAddressHeader(addressHeader(entity, 'sender'))[0] ?? null;
  const to = parseAddressHeader(allOf(entity, 'to'));
  const cc = parseAddressHeader(allOf(entity, 'cc'));
  const bcc = parseAddressHeader(allOf(entity, 'bcc'));
  if (!hasAny(entity, ['from', 'sender', 'to', 'cc', 'bcc'])) {
    throw new MessageError('no From or To header: not an email message');
  }
  const content = mimeContent(entity);
  const maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const text = content.bodyParts
    .map((p) => p.replace(/\s+$/, ''))
    .filter((p) => p !== '')
    .join('\n\n')
    .slice(0, maxText);
  const attachments: MailAttachment[] = [];
  for (const a of content.attachments) attachments.push(await readAttachment(a, options, depth));
  const listId = displayHeader(entity, 'list-id');
  const precedence = displayHeader(entity, 'precedence');
  const autoSubmitted = displayHeader(entity, 'auto-submitted');
  return {
    messageId: messageIdOf(entity, raw),
    from,
    sender,
    replyTo: parseAddressHeader(addressHeader(entity, 'reply-to')),
    to,
    cc,
    bcc,
    date: parseMailDate(header(entity, 'date')) ?? parseEnvelopeDate(options.envelope),
    subject: oneLine(displayHeader(entity, 'subject') ?? ''),
    text,
    attachments,
    listHeaders: {
      ...(listId !== undefined ? { listId: oneLine(listId) } : {}),
      ...(precedence !== undefined ? { precedence: oneLine(precedence).toLowerCase() } : {}),
      ...(autoSubmitted !== undefined ? { autoSubmitted: oneLine(autoSubmitted).toLowerCase() } : {}),
    },
  };
}

/**
 * The header block must be header fields (and their folded continuations) up to the first blank line:
 * anything else means the message was cut, mangled, or is not mail at all, and reading it would guess.
 */
function checkHeaderBlock(binary: string): void {
  if (binary.trim() === '') throw new MessageError('empty message');
  const blank = /\r?\n\r?\n/.exec(binary);
  const head = blank ? binary.slice(0, blank.index) : binary;
  if (head.includes('\u0000')) throw new MessageError('bad headers: NUL bytes in the header block');
  const lines = head.split(/\r?\n/);
  if (!FIELD_LINE.test(lines[0]!)) throw new MessageError('bad headers: the message does not start with a header');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith(' ') || line.startsWith('\t') || FIELD_LINE.test(line)) continue;
    throw new MessageError(`bad headers: line ${i + 1} is not a header field`);
  }
}

/** The raw header as text (UTF-8 where valid); encoded words are decoded later, in display names only. */
function addressHeader(e: MimeEntity, name: string): string | undefined {
  const v = header(e, name);
  return v === undefined ? undefined : headerText(v);
}

/** Some mailers split a long To list over several To headers. */
function allOf(e: MimeEntity, name: string): string | undefined {
  const values = e.headers.filter(([n]) => n === name).map(([, v]) => headerText(v));
  return values.length === 0 ? undefined : values.join(', ');
}

function hasAny(e: MimeEntity, names: readonly string[]): boolean {
  return e.headers.some(([n]) => names.includes(n));
}

/** Message-ID without angle brackets; when there is none, a stable one from the bytes, so re-runs agree. */
function messageIdOf(e: MimeEntity, raw: Buffer): string {
  const value = header(e, 'message-id');
  if (value !== undefined) {
    const bracketed = /<([^<>]*)>/.exec(value);
    const id = (bracketed ? bracketed[1]! : value).replace(/[\s\u0000-\u001f\u007f]+/g, ''); // eslint-disable-line no-control-regex
    if (id !== '') return id.slice(0, 998);
  }
  return `${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@sos.invalid`;
}

async function readAttachment(a: RawAttachment, options: ToMessageOptions, depth: number): Promise<MailAttachment> {
  const base = { filename: a.filename, contentType: a.contentType };
  if (options.attachments === false) return { ...base, text: '' };
  const named = path.extname(a.filename).toLowerCase();
  const ext = attachmentSupported(named) ? named : (EXT_OF_TYPE[a.contentType] ?? named);
  if (a.contentType === 'message/rfc822' || ext === '.eml') {
    return { ...base, text: await forwardedText(a.data, options, depth) };
  }
  if (!attachmentSupported(ext)) return { ...base, text: '' };
  return { ...base, text: await attachmentText(a.data, ext, options.attachments ?? DEFAULT_ATTACHMENT_LIMITS) };
}

/** A forwarded or attached message, as its headers and text; one that cannot be read has no text. */
async function forwardedText(data: Buffer, options: ToMessageOptions, depth: number): Promise<string> {
  if (depth >= MAX_FORWARD_DEPTH) return '';
  try {
    const inner = await readMessage(data.toString('latin1'), data, options, depth + 1);
    const list = (xs: readonly MailAddress[]) =>
      xs.map((x) => (x.name ? `${x.name} <${x.address}>` : x.address)).join(', ');
    const head = [
      inner.from ? `From: ${list([inner.from])}` : '',
      inner.to.length > 0 ? `To: ${list(inner.to)}` : '',
      inner.subject ? `Subject: ${inner.subject}` : '',
    ].filter((l) => l !== '');
    const parts = [head.join('\n'), inner.text, ...inner.attachments.map((x) => x.text)].filter((t) => t !== '');
    return parts.join('\n\n');
  } catch {
    return '';
  }
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
