/**
 * The parts of a message the rules read. Language rules judge what the sender wrote, so quoted replies
 * and forwarded messages are cut off (a teacher's reply must not be flagged for the pupil's words it
 * quotes); the data rule reads everything that leaves, forwarded parts and attachments included.
 */
import type { MailMessage } from './message';

export interface MailBody {
  /** The subject, a blank line, then the sender's own words (quoted and forwarded parts removed). */
  readonly own: string;
  /** Where the signature (sign-off line onwards) starts in `own`; `own.length` when there is none. */
  readonly signatureStart: number;
  /** Everything the message carries: the whole body and each attachment's text. */
  readonly all: string;
}

/**
 * Typographic quotes and dashes to ASCII, no-break spaces to spaces, and invisible characters removed
 * (zero-width joiners are a known way to slip words past filters), so patterns need one spelling only.
 */
export function normaliseText(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) {
    text = text
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  }
  return text;
}

// Where a quoted or forwarded message begins: everything from here on was written by someone else.
const QUOTE_START = [
  /^-{2,}\s*(?:original message|forwarded message|begin forwarded message)\s*-{0,}\s*$/i,
  /^begin forwarded message:?\s*$/i,
  /^_{8,}\s*$/,
  /^on\b.{0,200}\bwrote:\s*$/i,
];
/** An Outlook reply header: "From: ..." followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:". */
const OUTLOOK_FROM = /^\*?from:\*?\s+\S/i;
const OUTLOOK_NEXT = /^\*?(?:sent|date|to|subject):\*?\s/i;
/** "On Mon, 3 Mar 2025 at 19:53, Sarah Martin <" wrapped onto the next line before "wrote:". */
const WROTE_WRAPPED_HEAD = /^on\b.{0,200}$/i;
const WROTE_WRAPPED_TAIL = /^.{0,120}\bwrote:\s*$/i;

// A sign-off line: what follows is the signature (name, role, school, numbers).
const SIGN_OFF =
  /^(?:(?:with )?(?:kind|best|warm|warmest|many|all the)?\s*(?:regards|wishes)|(?:many )?thanks(?: again| so much)?|thank you|thanks and regards|cheers|ta|best|all the best|take care|speak soon|see you(?: tomorrow| soon| on \w+| next \w+| in class| then| later| there)?|yours(?: sincerely| faithfully| truly)?|(?:lots of |all my |much )?love(?: from)?|with love|from|sincerely)[\s,.!x]*$/i;
const SIGNATURE_DELIMITER = /^--\s*$/;
const MAX_SIGN_OFF_FROM_END = 12;

export function readBody(msg: MailMessage): MailBody {
  const text = normaliseText(msg.text);
  const lines = text.split('\n');
  const ownLines = ownPart(lines);
  const subject = normaliseText(msg.subject).trim();
  const head = subject === '' ? '' : `${subject}\n\n`;
  const ownBody = ownLines.join('\n').trimEnd();
  const signatureLine = signatureStartLine(ownLines);
  const beforeSignature = ownLines.slice(0, signatureLine).join('\n');
  const signatureStart =
    signatureLine >= ownLines.length ? head.length + ownBody.length : head.length + beforeSignature.length;
  let all = text;
  for (const attachment of msg.attachments) if (attachment.text !== '') all += `\n\n${attachment.text}`;
  return { own: head + ownBody, signatureStart: Math.min(signatureStart, head.length + ownBody.length), all };
}

function ownPart(lines: readonly string[]): string[] {
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (QUOTE_START.some((re) => re.test(trimmed))) break;
    if (WROTE_WRAPPED_HEAD.test(trimmed) && i + 1 < lines.length && WROTE_WRAPPED_TAIL.test(lines[i + 1]!.trim())) {
      break;
    }
    if (OUTLOOK_FROM.test(trimmed) && isOutlookHeader(lines, i)) break;
    if (trimmed.startsWith('>')) continue;
    own.push(line);
  }
  return own;
}

function isOutlookHeader(lines: readonly string[], from: number): boolean {
  let seen = 0;
  for (let j = from + 1; j < Math.min(lines.length, from + 5); j++) {
    if (OUTLOOK_NEXT.test(lines[j]!.trim())) seen++;
  }
  return seen >= 2;
}

/** The line where the signature starts: a "-- " delimiter, else the last sign-off line near the end. */
function signatureStartLine(lines: readonly string[]): number {
  let last = lines.length;
  while (last > 0 && lines[last - 1]!.trim() === '') last--;
  for (let i = 0; i < last; i++) if (SIGNATURE_DELIMITER.test(lines[i]!)) return i;
  for (let i = last - 1; i >= Math.max(0, last - MAX_SIGN_OFF_FROM_END); i--) {
    const line = lines[i]!.trim();
    if (line.length > 0 && line.length <= 40 && SIGN_OFF.test(line)) return i;
  }
  return lines.length;
}
