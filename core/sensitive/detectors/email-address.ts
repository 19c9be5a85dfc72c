import { hasNearby } from '../context';
import type { Candidate, Detector } from '../detector';

const EMAIL_RE = /(?<![\w.%+'-])[A-Za-z0-9][\w.%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b/g;
// Shared mailboxes belong to an office, not a person.
const ROLE_MAILBOX =
  /^(info|office|admin|enquiries|enquiry|contact|hello|reception|head|headteacher|finance|accounts|hr|it|support|helpdesk|noreply|no-reply|donotreply|safeguarding|dsl|sen|senco|attendance|admissions|exams|bursar|clerk|governors|postmaster|webmaster|mailer-daemon|newsletter|news|school|events|trips|lettings)$/i;
const KEYWORDS = /\b(e-?mail|contact)\b/i;

const LOCAL_MAX = 64;
const DOMAIN_MAX = 255;

function* emailsAround(text: string): Generator<{ 0: string; index: number }> {
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at !== -1) {
    const from = Math.max(lastEnd, at - LOCAL_MAX - 1);
    const window = text.slice(from, Math.min(text.length, at + DOMAIN_MAX));
    EMAIL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let next = at + 1;
    while ((m = EMAIL_RE.exec(window)) !== null) {
      const index = from + m.index;
      if (index > at) break;
      if (index + m[0].length > at) {
        // The look-behind saw only the window: check the character before the match in the whole text.
        if (index === from && from > 0 && /[\w.%+'-]/.test(text[from - 1]!)) break;
        yield { 0: m[0], index };
        lastEnd = index + m[0].length;
        next = lastEnd;
        break;
      }
    }
    at = text.indexOf('@', next);
  }
}

export const emailAddressDetector: Detector = {
  type: 'email_address',
  detect(text) {
    const out: Candidate[] = [];
    if (text.indexOf('@') === -1) return out;
    // Driven by each '@': the address regex is only tried on the stretch of text around one.
    for (const m of emailsAround(text)) {
      const value = m[0];
      const local = value.slice(0, value.indexOf('@'));
      const start = m.index;
      const end = start + value.length;
      const confidence = ROLE_MAILBOX.test(local)
        ? 'low'
        : hasNearby(text, start, end, KEYWORDS, 60, 0)
          ? 'high'
          : 'medium';
      out.push({ start, end, value, confidence });
    }
    return out;
  },
  mask: (v) => {
    const at = v.indexOf('@');
    const local = v.slice(0, at);
    return `${local.slice(0, 1)}${'*'.repeat(Math.max(2, local.length - 1))}${v.slice(at)}`;
  },
};
