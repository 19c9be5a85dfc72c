import { hasNearby, matchAll } from '../context';
import type { Candidate, Detector } from '../detector';

const EMAIL_RE = /(?<![\w.%+'-])[A-Za-z0-9][\w.%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b/g;
// Shared mailboxes belong to an office, not a person.
const ROLE_MAILBOX =
  /^(info|office|admin|enquiries|enquiry|contact|hello|reception|head|headteacher|finance|accounts|hr|it|support|helpdesk|noreply|no-reply|donotreply|safeguarding|dsl|sen|senco|attendance|admissions|exams|bursar|clerk|governors|postmaster|webmaster|mailer-daemon|newsletter|news|school|events|trips|lettings)$/i;
const KEYWORDS = /\b(e-?mail|contact)\b/i;

export const emailAddressDetector: Detector = {
  type: 'email_address',
  detect(text) {
    const out: Candidate[] = [];
    if (text.indexOf('@') === -1) return out;
    for (const m of matchAll(text, EMAIL_RE)) {
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
