import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';
import { maskKeep } from '../mask';
import { containsAny, spellings } from '../prefilter';

const CUES = [...spellings('sort', 'account', 'bank', 'bacs', 'payee', 'building society'), 'a/c', 'A/C', 'Acc', 'acc'];

// A sort code (12-34-56, or six digits labelled "sort code") with an eight-digit account number on the same
// line or the next (forms put "Sort code:" and "Account number:" on lines of their own).
// Digit-first patterns with the boundary checked by hand: a leading look-behind would run at every position.
const SORT_RE = /\d{2}([- ])\d{2}\1\d{2}/g;
// Six digits with no separators count only right after the words "sort code" (searched only if they occur).
const SORT_LABELLED_RE = /sort[ -]?code\W{0,4}(\d{6})(?!\d)/gi;
const SORT_WORDS = spellings('sort');
const ACCOUNT_RE = /\d{8}(?!\d|-\d)/g;
const isBoundary = (text: string, i: number) => i < 0 || !/[\d/.-]/.test(text[i]!);
/** After a value: not a digit, and not a separator that a digit follows (a date, a longer number). */
const endsHere = (text: string, i: number) =>
  i >= text.length || !(/\d/.test(text[i]!) || (/[/.-]/.test(text[i]!) && /\d/.test(text[i + 1] ?? '')));
const PAIR_DISTANCE = 80;
const KEYWORDS = /\b(sort[ -]?code|account|acc(?:t)?\.? ?(?:no|number)|a\/c|bank|building society|payee|bacs)\b/i;

const newlines = (s: string) => s.split('\n').length - 1;

export const bankAccountDetector: Detector = {
  type: 'bank_account',
  detect(text) {
    const out: Candidate[] = [];
    if (!containsAny(text, CUES)) return out;
    const accounts = [...matchAll(text, ACCOUNT_RE)]
      .filter((m) => isBoundary(text, m.index - 1))
      .map((m) => ({ start: m.index, value: m[0] }));
    if (accounts.length === 0) return out;
    const sorts = containsAny(text, SORT_WORDS)
      ? [...matchAll(text, SORT_RE), ...matchAll(text, SORT_LABELLED_RE)]
      : matchAll(text, SORT_RE);
    for (const s of sorts) {
      const code = s[1] !== undefined && s[1].length === 6 ? s[1] : s[0];
      const sStart = s.index + s[0].length - code.length;
      const sEnd = s.index + s[0].length;
      if (!isBoundary(text, sStart - 1) || !endsHere(text, sEnd)) continue;
      const acct = accounts.find(
        (a) =>
          Math.abs(a.start - sStart) <= PAIR_DISTANCE &&
          newlines(text.slice(Math.min(a.start, sEnd), Math.max(a.start, sStart))) <= 1,
      );
      if (!acct) continue;
      const start = Math.min(sStart, acct.start);
      const end = Math.max(sEnd, acct.start + 8);
      // A date like 12-03-21 beside an 8-digit number has the same shape: only banking words make it an account.
      if (!hasNearby(text, start, end, KEYWORDS, 120, 20)) continue;
      out.push({ start, end, value: `${code}\t${acct.value}`, confidence: 'high' });
    }
    return out;
  },
  mask: (v) => {
    const [sort = '', acct = ''] = v.split('\t');
    return `${maskKeep(sort, 2, 0)} ${maskKeep(acct, 0, 2)}`.trim();
  },
};
