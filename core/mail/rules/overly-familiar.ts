/**
 * Seeds 002 and 004: "Any digital communication between staff and pupils ... must be professional in tone
 * and content." Flags endearments, declarations of affection, comments on looks, "special relationship"
 * talk, kisses and heart emoji, and sexualised language or image requests (the last at a higher
 * severity). Ordinary praise ("great work", "love this essay", "beautiful handwriting") is not familiarity.
 */
import type { Evidence } from '../evidence';
import { type Hit, evidenceOf, firstHits } from '../patterns';
import type { MailRule } from '../rule';

const YOU = String.raw`(?:you|u|ya|yourself)`;
/** Words only ever used to address someone fondly. */
const ENDEARMENT = String.raw`(?:sweetheart|sweetie|sweety|sweet\s?pea|babe|babes|bby|darling|darlin|dearest|hun|hunny|honey|cutie(?:\s?pie)?|princess|my\s+love|my\s+dear|sexy|beautiful\s+girl|pretty\s+girl|pretty\s+boy|good\s+girl)`;
/** Words that are endearments only after a greeting ("Hi gorgeous"), praise elsewhere ("Gorgeous colours!"). */
const GREETING_ENDEARMENT = String.raw`(?:gorgeous|beautiful|handsome|lovely|sunshine|angel|baby|hon|cutie)`;
const GREETING = String.raw`(?:hi|hey|hiya|heya|hello|morning|good\s+morning|evening|night|goodnight|night\s+night|thanks|thank\s+you|cheers|bye|aw+|oh|miss\s+you|love\s+you|sleep\s+well|sweet\s+dreams)`;
/** A vocative ends the phrase: punctuation, a line end, kisses, or the next clause. */
const VOCATIVE_END = String.raw`(?=\s*(?:[,.!?\n]|x\b|$)|\s+(?:how|what|i|i'm|hope|just|are|did|you|it|thanks|thank|x)\b)`;
const LOOKS = String.raw`(?:gorgeous|beautiful|stunning|cute|hot|sexy|pretty|handsome|fit|adorable|irresistible)`;

const SEXUAL: RegExp[] = [
  /\b(?:sexy|hottie|naked|nudes?|topless|lingerie|horny|aroused|kinky|turn(?:s|ed)?\s+me\s+on|sexting|sext|make\s+out|making\s+out|hook\s?up)\b/gi,
  /\b(?:sleep|sleeping|slept)\s+with\s+(?:you|u|me)\b|\bhave\s+sex\b|\bsex\s+with\b/gi,
  new RegExp(
    String.raw`\bsend\s+(?:me\s+)?(?:a\s+|an\s+|some\s+|another\s+|more\s+)?(?:cheeky\s+|nice\s+|cute\s+|private\s+|naughty\s+|sexy\s+)?(?:selfies?|pics?\s+of\s+${YOU}\b|photos?\s+of\s+${YOU}\b|pictures?\s+of\s+${YOU}\b|snaps?\s+of\s+${YOU}\b)`,
    'gi',
  ),
  /\b(?:selfie|pic|photo|picture)\s+(?:just\s+)?for\s+me\b/gi,
  /\bwhat\s+(?:are|r)\s+(?:you|u)\s+wearing\b/gi,
  /\b(?:are|r)\s+(?:you|u)\s+(?:home\s+)?(?:alone|in\s+bed)\b/gi,
  /\byour\s+(?:underwear|bra|knickers|boxers)\b/gi,
];

const FAMILIAR: { re: RegExp; accept?: (hit: Hit, text: string) => boolean }[] = [
  // Endearments used to address the pupil: "Hi gorgeous", "thanks sweetheart", "Morning babe,"
  { re: new RegExp(String.raw`(?:^|[\n,.!?]\s*|\b${GREETING}[\s,]+)${ENDEARMENT}\b${VOCATIVE_END}`, 'gim') },
  { re: new RegExp(String.raw`\b${GREETING}[\s,]+${GREETING_ENDEARMENT}\b${VOCATIVE_END}`, 'gim') },
  {
    re: /\bmy\s+(?:gorgeous|beautiful|sweet|lovely|darling|special|favourite|little|pretty|precious)\s+(?:girl|boy|one|angel|princess|lad|lass|student|pupil)\b/gi,
  },
  // Declarations: "love you", "I miss you", "thinking about you"
  {
    re: /\b(?:i\s+)?(?:love|luv|adore)\s+(?:you|u|ya)\b(?!\s+to\b)(?!r)/gi,
    accept: (hit, text) => !/\b(?:would|'d|d)\s*$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start)),
  },
  {
    re: /\bi\s+(?:really\s+|so\s+|truly\s+)?(?:miss|missed)\s+(?:you|u|ya)\b(?!\s+(?:in|at|from|during|on|today|this|yesterday|earlier|when|last|for)\b)/gi,
  },
  {
    re: /\bmissing\s+(?:you|u|ya)\b(?!\s+(?:in|at|from)\b)|\bmiss\s+(?:you|u|ya)\s+(?:so\s+much|loads|lots|already|like\s+crazy|terribly|badly|x)/gi,
  },
  {
    re: /\b(?:can'?t\s+stop|keep|always|constantly|been|i'?m|i\s+am|i\s+was|lie\s+awake)\s+thinking\s+(?:about|of)\s+(?:you|u)\b/gi,
    accept: (hit) =>
      !/\b(?:exam|family|at\s+this|today|good\s+luck|loss|sad|sorry|condolences|tomorrow|results|interview|operation)\b/i.test(
        hit.sentence,
      ),
  },
  { re: /\b(?:dream(?:t|ed|ing)?|fantasi[sz](?:e|ing|ed))\s+(?:about|of)\s+(?:you|u)\b/gi },
  {
    re: /\bi\s+(?:always\s+|constantly\s+|often\s+)?think\s+(?:about|of)\s+(?:you|u)\s+(?:all\s+the\s+time|a\s+lot|every\s+day|constantly|loads|so\s+much|day\s+and\s+night|every\s+night)\b/gi,
  },
  {
    re: /\bi\s+(?:really\s+|really\s+really\s+|quite\s+|kind\s+of\s+|kinda\s+)?(?:like|fancy)\s+(?:you|u)\b(?!\s+to\b)(?!r)(?!\s+(?:a\s+lot\s+)?(?:as\s+a|being)\b)/gi,
  },
  {
    re: /\byou\s+make\s+me\s+(?:so\s+|really\s+|very\s+)?(?:happy|smile|feel\s+(?:special|good|young|alive|happy))\b/gi,
  },
  {
    re: /\byou(?:'ve|\s+have)\s+(?:got\s+)?(?:a|such\s+a|the\s+most|such)\s+(?:lovely|beautiful|gorgeous|cute|nice|pretty|amazing|great|sexy|stunning)\s+(?:smile|eyes|hair|figure|body|legs|face|lips)\b|\byour\s+(?:smile|eyes|hair|figure|lips|body)\s+(?:is|are)\s+(?:so\s+|really\s+)?(?:lovely|beautiful|gorgeous|cute|amazing|stunning|pretty|sexy)\b/gi,
  },
  {
    re: /\bcan'?t\s+(?:wait|stop)\s+(?:to\s+see\s+you\s+(?:again\s+)?(?:alone|x|tonight|properly|outside)|thinking\s+about\s+you)\b/gi,
  },
  // Looks: "you're so beautiful", "you looked stunning today"
  {
    re: new RegExp(
      String.raw`\b(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:so\s+|really\s+|very\s+|just\s+|such\s+a\s+|absolutely\s+|the\s+most\s+)?${LOOKS}\b(?!\s+(?:for|at|with|about|than|enough|to|again|player|athlete|writer|student)\b)`,
      'gi',
    ),
  },
  {
    re: new RegExp(
      String.raw`\b(?:you|u)\s+(?:look|looked|looking|looks)\s+(?:so\s+|really\s+|very\s+|absolutely\s+)?(?:${LOOKS}|lovely|amazing|gorgeous)\b`,
      'gi',
    ),
  },
  // "Special relationship" talk
  { re: /\b(?:so\s+|very\s+|really\s+)?mature\s+for\s+(?:your|ur)\s+age\b/gi },
  { re: /\b(?:older|more\s+mature|more\s+grown[-\s]?up)\s+than\s+(?:your|ur|the\s+other|other|most)\b/gi },
  { re: /\bnot\s+like\s+(?:the\s+)?other\s+(?:girls|boys|students|pupils|kids|children)\b/gi },
  {
    re: /\b(?:only|nobody|no\s?one|no-one)\s+(?:else\s+)?(?:really\s+)?(?:understands?|gets|knows)\s+(?:you|u)\s+(?:like|the\s+way|as\s+well\s+as)\s+(?:i|me)\b|\bi\s+understand\s+you\s+(?:better|more)\b/gi,
  },
  { re: /\byou\s+(?:mean|matter)\s+(?:so\s+much|a\s+lot|everything|the\s+world)\s+to\s+me\b/gi },
  {
    re: /\b(?:special\s+to\s+me|our\s+(?:special|little)\s+(?:friendship|relationship|bond|connection|thing)|special\s+(?:bond|friendship|connection)\s+(?:between\s+us|we\s+have))\b/gi,
  },
  {
    re: /\b(?:you'?re|you\s+are|ur)\s+(?:such\s+a|a\s+(?:real\s+)?|my)\s+(?:sweetheart|darling|sweetie|babe|cutie|angel|princess|sweet\s+girl|good\s+girl)\b|\bsoft\s+spot\s+for\s+(?:you|u)\b/gi,
  },
  { re: /\bi\s+(?:really\s+)?care\s+about\s+you\s+(?:so\s+much|more|a\s+lot|deeply)\b/gi },
  { re: /\b(?:you'?re|you\s+are|ur)\s+my\s+(?:favourite|favorite)\b/gi },
  // Probing into the pupil's love life; dating talk.
  {
    re: /\b(?:are|r)\s+(?:you|u)\s+(?:single|seeing\s+anyone|going\s+out\s+with\s+anyone)\b|\b(?:do\s+you\s+have|have\s+you\s+got|got)\s+a\s+(?:boyfriend|girlfriend|bf|gf)\b/gi,
  },
  { re: /\b(?:it'?s|like)\s+a\s+date\b/gi },
  // Physical affection
  {
    re: /\b(?:sending\s+(?:you\s+)?(?:hugs|kisses|love|a\s+(?:hug|kiss|cuddle))|big\s+(?:hugs?|kiss(?:es)?|cuddles?)|hugs\s+and\s+kisses|(?:give|gave)\s+you\s+a\s+(?:hug|kiss|cuddle)|xoxo)\b/gi,
  },
  // Heart and kiss emoji, "<3"
  {
    re: /(?:\u{1F618}|\u{1F617}|\u{1F619}|\u{1F61A}|\u{1F60D}|\u{1F970}|\u{1F48B}|\u{2764}|\u{2665}|\u{1F495}|\u{1F496}|\u{1F497}|\u{1F493}|\u{1F49E}|\u{1F498}|\u{1F49D})|(?<![\w<])<3+(?!\d)/gu,
  },
];

/** A sign-off with kisses ("Dr Booth x", "Thanks xx") or with love, in the last lines of the message. */
const KISSES = /(?:^|[\s,.!])(?:[xX]{2,5}|x(?:\s+x){1,4}|x)\s*$/;
/** "Mr X", "3 x", "solve for x": an initial or algebra, not a kiss. */
const NOT_A_KISS =
  /(?:\b(?:mr|mrs|ms|miss|mx|dr|sir|for|solve|find|of|value|where|when|let|and|is|then|times)|[\d=+*/-])\s*x\s*$/i;
const LOVE_SIGN_OFF = /^(?:(?:lots\s+of|all\s+my|much|with)\s+)?love(?:\s+from(?:\s+\S+)?)?[\s,!]*(?:x+)?$/i;

function signOffEvidence(own: string): Evidence[] {
  const tail = own
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(-6);
  for (const line of tail) {
    if (line.length <= 60 && KISSES.test(line) && !NOT_A_KISS.test(line)) {
      return [
        {
          text: `sign-off with kisses "${KISSES.exec(line)![0]
            .replace(/^[\s,.!]+/, '')
            .trim()}"`,
        },
      ];
    }
    if (LOVE_SIGN_OFF.test(line)) return [{ text: 'signed off with love' }];
  }
  return [];
}

export const overlyFamiliar: MailRule = {
  id: 'overly-familiar',
  clause:
    'Seeds 002/004: "Any digital communication between staff and pupils ... must be professional in tone and content"; GSWP: avoid anything that could be read as grooming.',
  severity: 'medium',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx) {
    const text = ctx.body.own;
    const sexual = firstHits(
      text,
      SEXUAL.map((re) => ({ re })),
      2,
    );
    const evidence = evidenceOf(text, sexual, 'critical');
    if (evidence.length < 2) evidence.push(...evidenceOf(text, firstHits(text, FAMILIAR, 2 - evidence.length)));
    if (evidence.length < 2) evidence.push(...signOffEvidence(text));
    return evidence.slice(0, 2);
  },
};
