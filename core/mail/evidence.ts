/**
 * What a flag shows the reviewer: a few words around what the rule saw, never a whole phone number,
 * address, handle or identifier. Masks follow core/sensitive (first and last characters kept), so a
 * reviewer can match an excerpt to the message without the excerpt itself disclosing anything.
 */
import { maskKeep, maskPhrase } from '../sensitive/mask';
import type { Severity } from './message';

export interface Evidence {
  /** Short and masked. */
  readonly text: string;
  /** Set when this finding is graver than the rule's usual severity (a threat, sexualised language). */
  readonly severity?: Severity;
}

export const MAX_EXCERPT = 56;

const EMAIL = /[A-Za-z0-9][\w.%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const HANDLE = /(^|[\s(,;:])@([A-Za-z0-9_.]{2,30})/g;
const URL_PATH =
  /\b((?:snapchat\.com\/add|instagram\.com|tiktok\.com\/@?|wa\.me|t\.me|discord\.gg|facebook\.com|fb\.me|m\.me|twitter\.com|x\.com)\/)([\w.-]+)/gi;
/**
 * Digit runs with spaces or dashes inside, long enough to be a phone number or an identifier, or the tail
 * of one that the excerpt's cut left behind ("…900123" of "07700 900123").
 */
const NUMBERISH = /\+?\d[\d ()-]{3,}\d/g;
/** Letters and digits mixed, 6 or more: a reference, a UPN, a username. */
const IDENTIFIER = /\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,}\b/g;

/** Masks every email address, handle, profile link, phone-like number and identifier in a short text. */
export function maskSensitive(text: string): string {
  return (
    text
      .replace(EMAIL, maskEmail)
      .replace(URL_PATH, (_m, site: string, id: string) => `${site}${maskKeep(id, 2, 0)}`)
      .replace(HANDLE, (_m, pre: string, id: string) => `${pre}@${maskKeep(id, 2, 0)}`)
      // A whole number keeps its first four and last two digits; a short run (a fragment) only its last two.
      .replace(NUMBERISH, (n) => (n.replace(/\D/g, '').length >= 10 ? maskKeep(n, 4, 2) : maskKeep(n, 0, 2)))
      .replace(IDENTIFIER, (id) => maskKeep(id, 2, 2))
  );
}

/** An address as `k***@gmail.com`: the first letter and the domain, never the rest of the mailbox name. */
export function maskEmail(address: string): string {
  const at = address.indexOf('@');
  if (at <= 0) return maskKeep(address, 1, 0);
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** Offensive words shown by their first letter: `l****`. */
export function maskWords(text: string, words: RegExp): string {
  return text.replace(words, (w) => maskPhrase(w, 1));
}

/**
 * The words around [start, end) in `text`, cut at sentence or line ends, at most MAX_EXCERPT characters,
 * whitespace collapsed, then masked. The match itself is always kept whole when it fits.
 */
export function excerpt(text: string, start: number, end: number, max = MAX_EXCERPT): string {
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, start, end);
  let from = sentenceStart;
  let to = sentenceEnd;
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(sentenceStart, start - Math.floor(room / 2));
    to = Math.min(sentenceEnd, from + Math.max(max, end - from));
    from = Math.max(sentenceStart, Math.min(from, to - max));
    // Whole words only: move the cut to the next space inside the window.
    if (from > sentenceStart) {
      const space = text.indexOf(' ', from);
      if (space !== -1 && space < start) from = space + 1;
    }
    if (to < sentenceEnd) {
      const space = text.lastIndexOf(' ', to);
      if (space > end) to = space;
    }
  }
  let quoted = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (quoted.length > max) quoted = `${quoted.slice(0, max - 1)}…`;
  const prefix = from > sentenceStart ? '…' : '';
  const suffix = to < sentenceEnd ? '…' : '';
  return `${prefix}${maskSensitive(quoted)}${suffix}`;
}

/** The sentence (or line) around [start, end): stops at . ! ? followed by a space, and at line breaks. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if ((c === ' ' || c === '\t') && /[.!?]/.test(text[from - 2] ?? '')) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n') break;
    if (/[.!?]/.test(c) && (to + 1 >= text.length || /\s/.test(text[to + 1]!))) {
      to++;
      break;
    }
    to++;
  }
  return [from, to];
}

/** The sentence around [start, end) as text. */
export function sentenceAt(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to);
}
