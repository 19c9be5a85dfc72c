/**
 * Email addresses as they arrive in headers, CSV cells and API fields. Addresses compare
 * case-insensitively (CONTRACTS §2), so everything here returns them lower-cased.
 */
import { normaliseDomain } from '../policy/sections/fields';

export interface ParsedAddress {
  /** Lower-cased `local@domain`. */
  readonly address: string;
  /** The display name, unquoted, when there was one. */
  readonly name?: string;
}

const LOCAL_PART = /^[^\s<>(),;:"[\]\\@]{1,64}$/;

/**
 * One address from a header value or cell: `j.smith@example.sch.uk`, `<j.smith@...>`,
 * `"Smith, Jane" <J.Smith@Example.sch.uk>`, `j.smith@... (Jane Smith)` or `mailto:...`.
 * Undefined when there is no usable address.
 */
export function parseAddress(raw: string): ParsedAddress | undefined {
  let value = raw.trim();
  let name: string | undefined;
  const open = lastIndexOutsideQuotes(value, '<');
  if (open >= 0) {
    const close = value.indexOf('>', open);
    if (close < 0) return undefined;
    name = unquote(value.slice(0, open));
    value = value.slice(open + 1, close).trim();
  } else {
    const comment = /\(([^()]*)\)/.exec(value);
    if (comment) {
      name = comment[1]?.trim();
      value = value.replace(/\([^()]*\)/g, '').trim();
    }
    // "mailto:" links, and a group's label ("Staff: a@b"), end in ':' before the address.
    const colon = value.lastIndexOf(':');
    if (colon >= 0 && !value.slice(0, colon).includes('@')) value = value.slice(colon + 1).trim();
  }
  value = value.replace(/^mailto:/i, '');
  const address = normaliseAddressPart(value);
  if (address === undefined) return undefined;
  return name ? { address, name } : { address };
}

/** Every address in a header such as To or Cc, in order; parts that are not addresses are skipped. */
export function parseAddressList(raw: string): ParsedAddress[] {
  const result: ParsedAddress[] = [];
  for (const part of splitOutsideQuotes(raw)) {
    const parsed = parseAddress(part);
    if (parsed) result.push(parsed);
  }
  return result;
}

/** The lower-cased address in a raw value, or undefined when there is none. */
export function normaliseAddress(raw: string): string | undefined {
  return parseAddress(raw)?.address;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/**
 * A key under which the same mailbox is found however it is written: "+tag" sub-addresses go to the
 * same mailbox on Google Workspace, Microsoft 365 and Gmail, and Gmail ignores dots in the local part.
 * Used to recognise a person's personal address, not for display.
 */
export function mailboxKey(address: string): string {
  const at = address.lastIndexOf('@');
  let local = address.slice(0, at).toLowerCase();
  let domain = address.slice(at + 1).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}

function normaliseAddressPart(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at).toLowerCase();
  const domain = normaliseDomain(value.slice(at + 1));
  if (!LOCAL_PART.test(local) || domain === undefined) return undefined;
  return `${local}@${domain}`;
}

function unquote(name: string): string | undefined {
  let value = name.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  value = value.trim();
  return value.length > 0 ? value : undefined;
}

function lastIndexOutsideQuotes(value: string, target: string): number {
  let inQuotes = false;
  let found = -1;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && inQuotes) i++;
    else if (ch === '"') inQuotes = !inQuotes;
    else if (ch === target && !inQuotes) found = i;
  }
  return found;
}

/** Splits on ',' and ';' that are not inside quotes, angle brackets or comments. */
function splitOutsideQuotes(raw: string): string[] {
  const parts: string[] = [];
  let inQuotes = false;
  let angle = 0;
  let paren = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (inQuotes) {
      if (ch === '\\') i++;
      else if (ch === '"') inQuotes = false;
    } else if (ch === '"') inQuotes = true;
    else if (ch === '<') angle++;
    else if (ch === '>') angle = Math.max(0, angle - 1);
    else if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    else if ((ch === ',' || ch === ';') && angle === 0 && paren === 0) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
