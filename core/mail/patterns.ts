/**
 * Word lists and matching helpers the rules share. Lists are of kinds of wording (an invitation, an
 * app's name, a school place), not of phrases seen in any one set of messages, so they carry over to
 * mail written by other people. Every pattern is compiled once, when the module loads.
 */
import { excerpt, sentenceBounds, type Evidence } from './evidence';
import type { Severity } from './message';

/** Apps and channels outside the school's monitored systems. */
export const PRIVATE_APPS = String.raw`(?:whats\s?app|whatsap|snap\s?chat|snap|insta(?:gram)?|tik\s?tok|discord|telegram|signal|facebook|fb|messenger|kik|viber|wickr|wechat|imessage|face\s?time|bereal|twitter|my\s+(?:personal|private|own|home|other)\s+(?:e-?mail|email|account|phone|mobile|number|gmail)|personal\s+(?:e-?mail|email|account|phone|mobile|number)|my\s+(?:mobile|phone|cell|gmail|hotmail|icloud|yahoo|outlook)|gmail|hotmail)`;

/** The school's own channels: an invitation to these is ordinary. */
export const SCHOOL_CHANNEL =
  /\b(?:(?:microsoft\s+)?teams|google\s+classroom|classroom|satchel|show\s+my\s+homework|seesaw|class\s?dojo|arbor|edmodo|firefly|itslearning|moodle|frog|sharepoint|school\s+(?:e-?mail|email|account|app|phone|mobile|number|office|website|system|portal)|(?:trip|office|duty)\s+(?:phone|mobile)|the\s+office|reception|parentmail|parent\s?pay|schoolcomms|weduc|my\s+school\s+(?:e-?mail|email|account))\b/i;

/** A lesson, assembly or safety advice that talks about apps rather than inviting a pupil onto one. */
export const LESSON_CONTEXT =
  /\b(?:lessons?|pshe|rshe?|computing|e-?safety|online\s+safety|internet\s+safety|stay(?:ing)?\s+safe|keep(?:ing)?\s+(?:yourself\s+)?safe|privacy|settings|ghost\s+mode|snap\s+map|location\s+sharing|block(?:ing)?|report(?:ing)?|age\s+(?:limit|rating|restriction)|minimum\s+age|assembly|workshop|cyber-?bullying|scams?|strangers?|homework\s+task|presentation|project\s+on|research|covers?|discuss|learn(?:ing)?\s+about|talk\s+about|dangers?|risks?)\b/i;

/** Someone proposing something for the two of them: the mark of an invitation, not a description. */
export const INVITING =
  /\b(?:we\s+(?:could|can|should|will|'ll|might)|we'll|let'?s|let\s+us|shall\s+we|fancy|how\s+about|do\s+you\s+want\s+to|d'?you\s+want\s+to|want\s+to|wanna|would\s+you\s+like\s+to|you\s+and\s+me|you\s+and\s+i|with\s+me|together|i'?ll\s+take\s+you|i\s+will\s+take\s+you|come\s+with\s+me|join\s+me|i\s+could|i\s+can|why\s+don'?t\s+(?:we|you))\b/i;

/** A finding in text: the match, and its sentence for context checks. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
  readonly sentence: string;
  /** The pattern that matched. */
  readonly re: RegExp;
}

/**
 * Every match of a global pattern whose sentence passes `accept`, at most `limit` of them.
 * `accept` sees the match and its sentence, to rule out a lesson, a school place, a prize.
 */
export function findHits(text: string, re: RegExp, accept?: (hit: Hit, text: string) => boolean, limit = 2): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const [from, to] = sentenceBounds(text, start, end);
    const hit: Hit = { start, end, match: m, sentence: text.slice(from, to), re };
    if (!accept || accept(hit, text)) {
      hits.push(hit);
      if (hits.length >= limit) break;
    }
  }
  return hits;
}

/** Evidence for hits: the excerpt around each, optionally at a higher severity. */
export function evidenceOf(text: string, hits: readonly Hit[], severity?: Severity): Evidence[] {
  return hits.map((h) => {
    const quoted = `"${excerpt(text, h.start, h.end)}"`;
    return severity ? { text: quoted, severity } : { text: quoted };
  });
}

/** The text before a match on the same sentence, for checks like "not preceded by ...". */
export function before(hit: Hit, text: string, chars = 40): string {
  const [from] = sentenceBounds(text, hit.start, hit.end);
  return text.slice(Math.max(from, hit.start - chars), hit.start);
}

/** The text after a match on the same sentence. */
export function after(hit: Hit, text: string, chars = 40): string {
  const [, to] = sentenceBounds(text, hit.start, hit.end);
  return text.slice(hit.end, Math.min(to, hit.end + chars));
}

/** Runs several patterns over the same text and keeps the first `limit` hits overall, in text order. */
export function firstHits(
  text: string,
  patterns: readonly { re: RegExp; accept?: (hit: Hit, text: string) => boolean }[],
  limit = 2,
): Hit[] {
  const all: Hit[] = [];
  for (const p of patterns) all.push(...findHits(text, p.re, p.accept, limit));
  all.sort((a, b) => a.start - b.start);
  // Overlapping hits quote the same words; keep the first.
  const kept: Hit[] = [];
  for (const h of all) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
    if (kept.length >= limit) break;
  }
  return kept;
}
