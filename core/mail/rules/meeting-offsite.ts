/**
 * Guidance for Safer Working Practice (social contact, one-to-one, transporting children) and CEOP's
 * grooming indicators: staff do not arrange to see a pupil alone or away from school activities. Flags
 * lifts, visits to the staff member's home, "just the two of us", and outings proposed for the two of
 * them; not a supervised trip, a fixture, a club, or a meeting in a classroom or office.
 */
import { type Hit, INVITING, evidenceOf, firstHits } from '../patterns';
import type { MailRule } from '../rule';

/** Places and times that belong to the school day. */
const SCHOOL_PLACE =
  /\b(?:room|classroom|class|office|library|lab|laboratory|hall|gym|reception|staff\s?room|department|block|corridor|canteen|dining|playground|sports\s+hall|field|pitch|court|changing\s+rooms?|main\s+entrance|front\s+desk|school\s+gates?|music\s+room|studio|detention|lesson|period|registration|form\s+time|tutor\s+time|break\s?time|break|lunch\s?time|before\s+school|in\s+school|at\s+school|on\s+site|learning\s+support|sen\s?co|student\s+services|pastoral|sixth\s+form\s+centre|pe|p\.e\.|games\s+lesson)\b/i;
/** School transport and arrangements made with the family: a lift inside these is not a private one. */
const SUPERVISED =
  /\b(?:minibus|coach|school\s+bus|school\s+trip|trip|(?:the|a|school|educational|museum|college|university)\s+visit|fixture|tournament|match\s+day|the\s+team|the\s+squad|the\s+group|the\s+class|with\s+your\s+(?:mum|dad|parents?|carers?|family)|your\s+parents?\s+(?:are|will\s+be|can)|parents?\s+(?:welcome|invited)|consent\s+form|risk\s+assessment|open\s+evening|parents'?\s+evening)\b/i;
/** School activities held off site: meeting there is meeting the group. */
const ACTIVITY =
  /\b(?:race|competition|event|club|practice|training|rehearsal|concert|performance|exam|cross[-\s]country|duke\s+of\s+edinburgh|dofe|everyone|all\s+of\s+you|the\s+rest\s+of|whole\s+(?:class|group|team|year)|register|staff|teachers|volunteers|open\s+day|museum|gallery|theatre\s+trip|university)\b/i;
/** Places and times away from school. */
const OFF_SITE =
  /\b(?:park|town|city\s+centre|station|bus\s+stop|cafe|caf\u00e9|coffee\s+shop|costa|starbucks|nero|greggs|mcdonald'?s|maccies|kfc|nando'?s|cinema|shopping\s+centre|mall|high\s+street|pub|bar|beach|woods|canal|car\s+park|my\s+car|the\s+car|shops?|chippy|leisure\s+centre|weekend|saturday|sunday|tonight|this\s+evening|after\s+dark|late|my\s+house|my\s+place|my\s+flat|mine|your\s+house|your\s+place|round\s+the\s+corner|somewhere\s+quiet|away\s+from\s+school|outside\s+school|out\s+of\s+school|in\s+the\s+holidays)\b/i;

const acceptUnsupervised = (hit: Hit): boolean => !SUPERVISED.test(hit.sentence);
/** The sender is the one offering ("I'll pick you up"), not a bus or a parent. */
const FIRST_PERSON = /\b(?:i|i'?ll|i'?m|i'?d|i'?ve|me|my|we|we'?ll|let'?s|shall\s+i)\b/i;
const acceptOuting = (hit: Hit): boolean => acceptUnsupervised(hit) && !ACTIVITY.test(hit.sentence);
/** A lift or walk that ends somewhere in school is not off site. */
const acceptAwayFromSchool = (hit: Hit): boolean =>
  acceptUnsupervised(hit) &&
  FIRST_PERSON.test(hit.sentence) &&
  (!SCHOOL_PLACE.test(hit.sentence) || OFF_SITE.test(hit.sentence));

const PATTERNS: { re: RegExp; accept?: (hit: Hit, text: string) => boolean }[] = [
  // Lifts: "I'll pick you up", "I can drive you home", "give you a lift"
  { re: /\b(?:pick|collect|fetch)\s+(?:you|u)\s+up\b|\bpick\s+up\s+(?:you|u)\b/gi, accept: acceptAwayFromSchool },
  {
    re: /\b(?:give|offer)\s+(?:you|u)\s+a\s+(?:lift|ride)\b|\ba\s+(?:lift|ride)\s+(?:home|back|into\s+town)\b/gi,
    accept: (hit) => acceptUnsupervised(hit) && FIRST_PERSON.test(hit.sentence),
  },
  {
    re: /\b(?:drive|run|drop|take|walk)\s+(?:you|u)\s+(?:home|back\s+home|there|to\s+(?:the|town|mine|my|your)|into\s+town|round|out)\b/gi,
    accept: acceptAwayFromSchool,
  },
  { re: /\bin\s+my\s+car\b/gi, accept: acceptUnsupervised },
  // The staff member's home.
  {
    re: /\b(?:come|coming|pop|popping|swing|drop|head)\s+(?:round|over|by|back)\s+(?:to\s+)?(?:mine|my\s+(?:house|place|flat|home))\b/gi,
  },
  {
    re: /\b(?:at|to|round|over\s+to)\s+my\s+(?:house|place|flat|home)\b|\b(?:come|round|over|back|stay|revise|study|tea|dinner)\s+(?:to|at)\s+mine\b/gi,
    accept: (hit) => !/\bwork\s+from\s+home|\bat\s+home\s+marking/i.test(hit.sentence),
  },
  {
    re: /\b(?:visit|see)\s+me\s+at\s+(?:home|my\s+(?:house|place|flat))\b|\bme\s+at\s+home\b/gi,
    accept: acceptUnsupervised,
  },
  // Alone together.
  {
    re: /\bjust\s+(?:the\s+two\s+of\s+us|you\s+and\s+me|you\s+and\s+i|us\s+two|us|me\s+and\s+you)\b|\b(?:on\s+our\s+own|by\s+ourselves|alone\s+together)\b/gi,
  },
  { re: /\b(?:see|meet)\s+you\s+(?:on\s+your\s+own|alone|privately|somewhere\s+(?:quiet|private))\b/gi },
  // "meet up", "meet me at the park", "fancy meeting at the cafe on Saturday?"
  {
    re: /\bmeet(?:ing)?\s+up\b/gi,
    accept: (hit) => acceptOuting(hit) && (!SCHOOL_PLACE.test(hit.sentence) || OFF_SITE.test(hit.sentence)),
  },
  {
    re: /\b(?:meet|meeting)\b/gi,
    accept: (hit) =>
      acceptOuting(hit) &&
      OFF_SITE.test(hit.sentence) &&
      !SCHOOL_PLACE.test(hit.sentence) &&
      (INVITING.test(hit.sentence) || /\bme\b/i.test(hit.sentence)),
  },
  // Outings proposed for the two of them.
  {
    re: /\b(?:catch|see|watch|go\s+to|grab)\s+(?:a|the)\s+(?:film|movie|flick|cinema)\b|\b(?:cinema|movies)\s+(?:trip|date|together)\b/gi,
    accept: (hit) => acceptOuting(hit) && (INVITING.test(hit.sentence) || /\bwe\b/i.test(hit.sentence)),
  },
  {
    re: /\b(?:grab|grabbing|get|getting|go\s+for|going\s+for|have|having|buy\s+you|take\s+you\s+(?:out\s+)?for)\s+(?:a\s+|some\s+|an\s+)?(?:coffee|drink|drinks|bite|bite\s+to\s+eat|food|lunch|dinner|meal|pizza|burger|milkshake|ice\s+cream|hot\s+chocolate|walk|drive|ride|nando'?s|mcdonald'?s)\b/gi,
    accept: (hit) => acceptOuting(hit) && INVITING.test(hit.sentence) && !SCHOOL_PLACE.test(hit.sentence),
  },
  {
    re: /\b(?:go|come|going|coming)\s+(?:bowling|ice\s+skating|skating|shopping|swimming|to\s+the\s+(?:beach|zoo|fair|funfair|arcade|seaside|pictures|cinema|park))\b/gi,
    accept: (hit) => acceptOuting(hit) && INVITING.test(hit.sentence) && !SCHOOL_PLACE.test(hit.sentence),
  },
  { re: /\b(?:do\s+you\s+(?:want|need)|would\s+you\s+like|need)\s+a\s+(?:lift|ride)\b/gi, accept: acceptUnsupervised },
  { re: /\b(?:hang\s+out|hangout|chill)\b/gi, accept: (hit) => acceptOuting(hit) && INVITING.test(hit.sentence) },
  {
    re: /\btake\s+you\s+(?:out|for\s+(?:a|some)|to\s+(?:the\s+cinema|dinner|lunch|town|a\s+film|see))\b/gi,
    accept: acceptUnsupervised,
  },
  {
    re: /\bwhen\s+(?:your|ur)\s+(?:parents|mum|mom|dad|family|carers?)\s+(?:are|is|'re|'s)\s+(?:out|away|at\s+work|not\s+(?:home|in|around))\b/gi,
  },
];

export const meetingOffsite: MailRule = {
  id: 'meeting-offsite',
  clause:
    'GSWP (social contact; one-to-one; transport): staff do not arrange to meet a pupil alone or away from school activities, or give lifts outside agreed arrangements.',
  severity: 'high',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx) {
    const text = ctx.body.own;
    return evidenceOf(text, firstHits(text, PATTERNS, 2));
  },
};
