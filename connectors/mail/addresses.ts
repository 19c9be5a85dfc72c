import { parseAddress } from '../../core/people';
import type { MailAddress } from '../../core/mail/message';
import { decodeEncodedWords } from '../files/eml/mime-decode';

/**
 * An address header (From, To, Cc, Reply-To...) as mailboxes: display names unquoted and RFC 2047-decoded,
 * addresses lower-cased, groups (`Year 9 tutors: a@x, b@x;`, `undisclosed-recipients:;`) opened into their
 * members. `value` is the header as text (raw bytes already decoded); parts that hold no address are left out.
 */
export function parseAddressHeader(value: string | undefined): MailAddress[] {
  if (value === undefined) return [];
  const out: MailAddress[] = [];
  for (const part of splitMailboxes(value)) {
    const parsed = parseAddress(part);
    if (!parsed) continue;
    const name = parsed.name !== undefined ? decodeEncodedWords(parsed.name).trim() : '';
    out.push(name !== '' && name !== parsed.address ? { address: parsed.address, name } : { address: parsed.address });
  }
  return out;
}

/**
 * Splits at commas, and at a group's ':' and ';', outside quotes, angle brackets and comments. A group's
 * display name is dropped: it names the list, not the person.
 */
function splitMailboxes(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let paren = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      current += ch;
      if (ch === '\\' && i + 1 < value.length) current += value[++i];
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '<') angle++;
    else if (ch === '>') angle = Math.max(0, angle - 1);
    else if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    if (angle === 0 && paren === 0) {
      if (ch === ',' || ch === ';') {
        parts.push(current);
        current = '';
        continue;
      }
      // "Name:" before any address starts a group; a ':' after an '@' (or in "mailto:") is not one.
      if (ch === ':' && !current.includes('@') && !/mailto\s*$/i.test(current)) {
        current = '';
        continue;
      }
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
