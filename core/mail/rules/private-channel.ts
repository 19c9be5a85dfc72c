/**
 * Seed 004: communication with pupils "may only take place on official (monitored) school systems.
 * Personal email addresses, text messaging or social media must not be used"; seed 002: no "contact with
 * a pupil via social networking sites". Flags an invitation to carry on somewhere private (text me, add
 * me on Snapchat, what's your number), not a lesson or safety advice that names an app, and not the
 * school's own channels (Teams, Classroom, the trip mobile).
 */
import { type Hit, INVITING, LESSON_CONTEXT, PRIVATE_APPS, SCHOOL_CHANNEL, evidenceOf, firstHits } from '../patterns';
import type { MailRule, RuleContext } from '../rule';

const APP = new RegExp(String.raw`\b${PRIVATE_APPS}\b`, 'i');
const PHONE_DIGITS = /(?:\+44|\b0)\s?\d[\d\s-]{8,12}\d\b/;
const LATER =
  /\b(?:tonight|this\s+evening|later\s+on|later\s+tonight|when\s+you\s+get\s+home|at\s+home|at\s+the\s+weekend|over\s+the\s+weekend|this\s+weekend|after\s+hours|before\s+bed|in\s+bed|when\s+you'?re\s+(?:home|alone|free)|in\s+the\s+holidays)\b/i;
const SOCIAL_WORDS = /\b(?:easier|better|quicker|simpler|prefer|rather)\b/i;
const HANDLE = /(?:^|\s)@[A-Za-z0-9_.]{3,30}\b/;
const TRIP = /\b(?:trip|visit|residential|expedition|emergency|consent\s+form|register|school\s+(?:mobile|phone))\b/i;

const notSchool = (hit: Hit): boolean => !SCHOOL_CHANNEL.test(hit.sentence) || APP.test(hit.sentence);
const notLesson = (hit: Hit): boolean => !LESSON_CONTEXT.test(hit.sentence) && notSchool(hit);

const APPS_ONLY = String.raw`(?:whats\s?app|snap\s?chat|snap|insta(?:gram)?|ig|tik\s?tok|discord|telegram|signal|facebook|fb|messenger|kik|viber|wickr|wechat|face\s?time|twitter)`;

const PATTERNS: { re: RegExp; accept: (hit: Hit, text: string) => boolean; groupMail?: false }[] = [
  // Verbs that can only mean a private channel: "text me", "DM me", "snap me", "WhatsApp me".
  {
    re: /\b(?:text|txt|snap|snapchat|whats\s?app|dm|(?<![\d:]\s?)pm|facetime|face\s?time|kik|inbox)\s+me\b/gi,
    accept: notSchool,
  },
  {
    re: /\b(?:drop|send|shoot|give)\s+me\s+(?:a\s+|an\s+)?(?:text|txt|dm|snap|whats\s?app|pm|quick\s+text|message\s+on\s+\w+)\b/gi,
    accept: notSchool,
  },
  // "message me on Instagram", "call me tonight", "ring me on 07700 ..."
  {
    re: /\b(?:message|msg|call|ring|phone|ping|contact|reach|hit)\s+me(?:\s+up)?\b/gi,
    accept: (hit) =>
      notSchool(hit) &&
      (APP.test(hit.sentence) ||
        PHONE_DIGITS.test(hit.sentence) ||
        (LATER.test(hit.sentence) && !/^(?:contact|reach)/i.test(hit.match[0]))),
  },
  // "add me on snap", "follow me on insta", "add me: @handle"
  {
    re: /\b(?:add|follow|friend|find)\s+me\b/gi,
    accept: (hit) => notLesson(hit) && (APP.test(hit.sentence) || HANDLE.test(hit.sentence)),
  },
  { re: /\b(?:accept|approve)\s+my\s+(?:friend|follow)\s+request\b/gi, accept: notLesson },
  {
    re: /\bi(?:'ve|\s+have)?\s+(?:added|followed|friended|requested)\s+you\s+(?:on|at)\b/gi,
    accept: (hit) => notLesson(hit) && APP.test(hit.sentence),
  },
  // "my snap is ...", "my insta: ..."
  {
    re: new RegExp(String.raw`\bmy\s+${APPS_ONLY}\s*(?:is|name|handle|user\s?name|id|account|@|:|-)`, 'gi'),
    accept: notLesson,
  },
  // "let's chat on WhatsApp", "easier to talk over Snapchat", "we can keep in touch on Insta"
  {
    re: new RegExp(
      String.raw`\b(?:chat|talk|speak|message|messaging|msg|text|continue|carry\s+on|keep\s+in\s+touch|stay\s+in\s+touch|catch\s+up|move|switch|go|get\s+in\s+touch|contact\s+each\s+other|chatting|talking|speaking|texting|continuing|carrying\s+on|keeping\s+in\s+touch|staying\s+in\s+touch|catching\s+up|moving|switching|going|chatted|talked|spoke|messaged|texted|moved|switched)\b[^.!?\n]{0,30}?\b(?:on|over|via|through|using|to|by)\s+(?:${PRIVATE_APPS}|text|texts|sms|the\s+phone)\b`,
      'gi',
    ),
    accept: (hit) =>
      notLesson(hit) &&
      (INVITING.test(hit.sentence) || SOCIAL_WORDS.test(hit.sentence) || /\bme\b/i.test(hit.sentence)),
  },
  // Asking for the pupil's private contact.
  {
    re: /\b(?:what'?s|whats|what\s+is|send\s+me|give\s+me|can\s+i\s+(?:have|get)|could\s+i\s+(?:have|get)|let\s+me\s+(?:have|know)|drop\s+me|pass\s+me|text\s+me)\s+(?:your|ur)\s+(?:personal\s+|mobile\s+|phone\s+|home\s+|private\s+)?(?:mobile|phone|number|digits|snap(?:chat)?|sc|insta(?:gram)?|ig|whats\s?app|tik\s?tok|discord|kik|telegram|handle|user\s?name|personal\s+e-?mail|gmail)\b/gi,
    accept: (hit) => notLesson(hit) && !TRIP.test(hit.sentence),
  },
  // "I'll text you", "I'll call you on your mobile"
  {
    re: /\b(?:i'?ll|i\s+will|i\s+can|let\s+me|i'?m\s+going\s+to|i'?m\s+gonna)\s+(?:text|txt|snap|whats\s?app|dm|facetime|face\s?time)\s+(?:you|u)\b/gi,
    accept: notSchool,
  },
  {
    re: new RegExp(
      String.raw`\b(?:i'?ll|i\s+will|i\s+can|let\s+me)\s+(?:call|ring|phone|message|msg|contact)\s+(?:you|u)\s+(?:on|at|via)\s+(?:your\s+(?:mobile|phone|cell)|${PRIVATE_APPS})`,
      'gi',
    ),
    accept: notSchool,
  },
  // "use my personal email", "text my personal phone", "email me on my gmail"
  {
    re: /\b(?:use|try|email|e-mail|text|txt|call|ring|message|msg|contact|write\s+to|send\s+(?:it|them|this|that|your\s+\w+)\s+to)\s+(?:me\s+(?:on|at|via)\s+)?(?:my\s+(?:personal|private|own|home|other)\s+(?:e-?mail|email|account|address|phone|mobile|number|cell)|my\s+(?:gmail|hotmail|icloud|yahoo|outlook|mobile|cell))\b/gi,
    accept: notSchool,
  },
  { re: /\b(?:sent|send|sending)\s+you\s+(?:a\s+)?(?:friend|follow)\s+request\b/gi, accept: notLesson },
  // "Have you got WhatsApp?", "do you use Snapchat?"
  {
    re: new RegExp(String.raw`\b(?:have|do|are)\s+you\s+(?:got|have|use|got\s+a|on)\s+(?:an?\s+)?${APPS_ONLY}\b`, 'gi'),
    accept: notLesson,
  },
  // An app named in a sentence about the two of them: "a group chat on WhatsApp just for you and me"
  {
    re: new RegExp(String.raw`\b${APPS_ONLY}\b`, 'gi'),
    accept: (hit) =>
      notLesson(hit) &&
      /\b(?:you\s+and\s+(?:me|i)|me\s+and\s+you|just\s+(?:us|the\s+two\s+of\s+us)|privately|in\s+private|our\s+own|secret)\b/i.test(
        hit.sentence,
      ),
  },
  // "join my WhatsApp group", "I've added you to our Snapchat chat"
  {
    re: new RegExp(
      String.raw`\b(?:join|added\s+you\s+to|invited\s+you\s+to|add\s+you\s+to)\s+(?:my|our|the|a)\s+(?:\w+\s+)?${APPS_ONLY}\s+(?:group|chat|server|channel)\b`,
      'gi',
    ),
    accept: notLesson,
    groupMail: false,
  },
];

export const privateChannel: MailRule = {
  id: 'private-channel',
  clause:
    'Seed 004: communications "may only take place on official (monitored) school systems. Personal email addresses, text messaging or social media must not be used"; seed 002: no contact "via social networking sites".',
  severity: 'high',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx: RuleContext) {
    const groupMail = ctx.parties.bulk || ctx.parties.pupilGroups.length > 0;
    const text = ctx.body.own;
    const patterns = groupMail ? PATTERNS.filter((p) => p.groupMail !== false) : PATTERNS;
    return evidenceOf(text, firstHits(text, patterns, 2));
  },
};
