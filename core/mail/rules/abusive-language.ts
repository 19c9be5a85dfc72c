/**
 * Seed 001: "Users must not send emails which are offensive, embarrassing or upsetting to anyone (i.e.
 * cyberbullying)"; seed 003: "The sending of abusive or inappropriate messages ... is forbidden". Flags
 * insults aimed at the reader, threats, exclusion ("nobody likes you") and slurs in mail to or from a
 * pupil, in either direction. A pupil reporting what someone called them, or a lesson quoting examples
 * of cyberbullying, is not itself abuse. Quoted words are masked to their first letter.
 */
import { type Evidence, excerpt, maskWords } from '../evidence';
import { type Hit, firstHits } from '../patterns';
import type { MailRule } from '../rule';

/** Words that insult whoever they describe: "you're a loser", "ur so ugly". */
const INSULT = String.raw`(?:loser|idiot|moron|retard(?:ed)?|freak|weirdo|creep|pervert|perv|slag|slut|whore|bitch|skank|cow|pig|dickhead|dick|prick|twat|wanker|tosser|cunt|bastard|scum|scumbag|knobhead|dumbass|jackass|ass\s?hole|arsehole|mong|spaz|spastic|psycho|nutter|fatso|fatty|lard\s?arse|waste\s+of\s+(?:space|oxygen|air)|failure|disgrace|embarrassment|mistake|snitch|grass|tramp|gimp|minger|munter|paedo|pedo|nonce|stupid|dumb|thick|useless|pathetic|worthless|ugly|fat|disgusting|gross|vile|hopeless|brainless|clown|joke|smelly|stinky|minging|rank)`;
/** The same, as nouns a speaker calls someone: "you idiot!". */
const INSULT_NOUN = String.raw`(?:loser|idiot|moron|retard|freak|weirdo|creep|pervert|perv|slag|slut|whore|bitch|skank|cow|pig|dickhead|prick|twat|wanker|tosser|cunt|bastard|scum|scumbag|knobhead|dumbass|jackass|ass\s?hole|arsehole|mong|spaz|psycho|nutter|fatso|fatty|gimp|minger|munter|paedo|nonce|clown|cry\s?baby)`;
const INTENSIFIER = String.raw`(?:a|an|such|so|the|such\s+a|an\s+absolute|absolute|complete|total|utter|fucking|f\*+ing|effing|bloody|little|fat|ugly|stupid|dirty|useless|lazy|pathetic|big|massive|sad|thick|worthless|disgusting|really|just|honestly|literally|basically|like)`;
const THREAT_VERB = String.raw`(?:kill|batter|smash|hurt|punch|stab|slap|kick|jump|deck|murder|destroy|knock|rip|burn|shoot|wreck|bash|leather|strangle|choke|drown)`;

const PATTERNS: { re: RegExp; threat?: boolean }[] = [
  // "you're a fat loser", "ur so ugly", "your a joke"
  {
    re: new RegExp(String.raw`\b(?:you'?re|you\s+are|youre|ur|u\s+r)\s+(?:${INTENSIFIER}\s+){0,3}${INSULT}\b`, 'gi'),
  },
  { re: new RegExp(String.raw`\byour\s+(?:a|an|so|such)\s+(?:${INTENSIFIER}\s+){0,2}${INSULT}\b`, 'gi') },
  // "you idiot!", "you stupid cow."
  { re: new RegExp(String.raw`\byou\s+(?:${INTENSIFIER}\s+){0,2}${INSULT_NOUN}(?=\s*(?:[,.!?\n]|$))`, 'gim') },
  // Exclusion and contempt.
  {
    re: /\b(?:no\s?one|no-one|nobody|noone|everyone|everybody|the\s+whole\s+(?:class|school|year))\s+(?:really\s+|actually\s+)?(?:even\s+)?(?:likes|hates|wants|cares\s+about|would\s+miss|talks\s+to)\s+(?:you|u)\b/gi,
  },
  { re: /\b(?:you\s+have|you'?ve\s+got|you\s+got)\s+no\s+friends\b|\bno\s+wonder\s+(?:no\s?one|nobody)\b/gi },
  {
    re: /\b(?:go\s+)?kill\s+(?:your|ur)\s?self\b|\bkys\b|\b(?:no\s?one|nobody)\s+(?:would|will|'d)\s+(?:care|notice|miss\s+you)\s+if\s+(?:you|u)\s+(?:died|were\s+(?:dead|gone)|disappeared|left)\b|\bgo\s+(?:and\s+)?die\b|\b(?:hope|wish)\s+(?:you|u)\s+(?:die|were\s+dead|was\s+dead|get\s+hurt)\b|\bdrop\s+dead\b|\byou\s+should\s+(?:just\s+)?(?:die|disappear|go\s+die)\b/gi,
    threat: true,
  },
  // Threats.
  {
    re: new RegExp(
      String.raw`\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|gonna|going\s+to|we'?ll|we\s+will|we'?re\s+(?:going\s+to|gonna)|i\s+could|someone\s+(?:will|should|needs\s+to))\s+(?:\w+\s+)?(?:${THREAT_VERB}\s+(?:you|u|ya|your\s+(?:face|head|legs|mum|house))|beat\s+(?:you|u)\s+up|beat\s+the\s+\w+\s+out\s+of\s+(?:you|u)|get\s+(?:you|u)\s+(?:after\s+school|later|tomorrow|outside|at\s+break|at\s+lunch|on\s+the\s+way\s+home)|make\s+(?:your|ur)\s+life\s+(?:hell|a\s+(?:misery|living\s+hell)|miserable))\b`,
      'gi',
    ),
    threat: true,
  },
  {
    re: /\b(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:so\s+)?dead\b(?!\s+(?:right|on|good|lucky|clever|funny|nice))|\bdead\s+meat\b|\bwatch\s+your\s+back\b|\byou'?ll\s+(?:regret\s+(?:it|this)|pay\s+for\s+(?:it|this))\b|\bi\s+know\s+where\s+you\s+live\b|\bwait\s+(?:till|until|til)\s+(?:after\s+school|i\s+(?:see|get|find)\s+you)\b/gi,
    threat: true,
  },
  { re: /\b(?:you'?ll|you\s+will|u'?ll)\s+be\s+sorry\b|\bor\s+else\b(?=\s*[.!?\n]|\s*$)/gim, threat: true },
  { re: /\byou\s+(?:smell|stink|reek)\b|\bgo\s+(?:and\s+)?cry\s+to\s+(?:your|ur)\s+(?:mum|mummy|mam|mom|mommy)\b/gi },
  // Swearing at the reader.
  {
    re: /\b(?:fuck|f\*+k|fck|fk)\s+(?:off|you|u|ya|yourself)\b|\b(?:piss|sod|bugger)\s+off\b|\bshut\s+(?:the\s+fuck\s+|your\s+(?:face|mouth)\s*)?up\s+(?:you|u)\b/gi,
  },
  // Slurs, wherever they appear.
  {
    re: /\b(?:nigg(?:er|a|ah|az)s?|n1gg(?:er|a)s?|pakis?|faggots?|dykes?|trann(?:y|ies)|chinks?|gyppos?|gypos?|pikeys?|wogs?|coons?|kikes?|towel\s?heads?|rag\s?heads?|golliwogs?|batty\s?boys?|bum\s?boys?|retards?|spastics?|spazz?|mongs?)\b/gi,
  },
];

/** "You're not stupid", "nobody thinks you're a failure": reassurance, not insult. */
const NEGATED =
  /(?:\bnot|n't|\bnever|\bno\s?one\s+thinks|\bnobody\s+thinks|\bdoesn'?t\s+mean|\bdon'?t\s+(?:think|feel|believe))\s+(?:\w+\s+){0,3}$/i;

/** Reported speech and teaching examples: the writer is describing abuse, not committing it. */
const REPORTING =
  /\b(?:called\s+me|calling\s+me|calls\s+me|said\s+(?:that\s+)?i|says\s+(?:that\s+)?i|told\s+me\s+(?:that\s+)?i|keeps?\s+(?:calling|saying|telling)|(?:he|she|they|someone|people)\s+(?:said|wrote|sent|posted|called|messaged|keeps?)|sent\s+me|for\s+example|e\.g\.|examples?\s+of|such\s+as|cyber-?bullying|anti-?bullying|lesson|assembly|pshe|quote|quoted|screenshot)\b/i;

const WORDS_TO_MASK = new RegExp(
  String.raw`\b(?:${INSULT}|fuck\w*|f\*+k|fck|piss|sod|kys|nigg\w*|n1gg\w*|pakis?|faggots?|fags|dykes?|trann\w*|chinks?|gyp+os?|pikeys?|wogs?|coons?|kikes?|towel\s?heads?|rag\s?heads?|golliwogs?|batty\s?boys?|bum\s?boys?|retards?|spastics?|spazz?|mongs?|${THREAT_VERB})\b`,
  'gi',
);

/** Friends' teasing: a mild word with a laugh in the same sentence ("haha you're an idiot \u{1F602}"). */
const LAUGHING =
  /(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|only\s+joking|just\s+(?:kidding|joking))\b|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F61C}|\u{1F61D})/iu;
const MILD =
  /^(?:you'?re|you\s+are|youre|ur|u\s+r|your|you)\s+(?:(?:a|an|such|so|such\s+a|an\s+absolute|absolute|complete|total|utter|really|just|honestly|literally|basically|like)\s+){0,3}(?:idiot|stupid|dumb|clown|weirdo|nerd|moron|dork|joke|thick|dumbass|baby)$/i;

const THREATS = new Set(PATTERNS.filter((p) => p.threat).map((p) => p.re));
const ALL = PATTERNS.map((p) => ({
  re: p.re,
  accept: (hit: Hit, text: string) =>
    !REPORTING.test(hit.sentence) &&
    !NEGATED.test(text.slice(Math.max(0, hit.start - 40), hit.start)) &&
    !(MILD.test(hit.match[0]) && LAUGHING.test(hit.sentence)),
}));

export const abusiveLanguage: MailRule = {
  id: 'abusive-language',
  clause:
    'Seed 001: "Users must not send emails which are offensive, embarrassing or upsetting to anyone (i.e. cyberbullying)"; seed 003: abusive messages are forbidden.',
  severity: 'medium',
  applies: (ctx) => ctx.parties.pupilInvolved,
  check(ctx) {
    const text = ctx.body.own;
    return firstHits(text, ALL, 2).map((h): Evidence => {
      const shown = `"${maskWords(excerpt(text, h.start, h.end), WORDS_TO_MASK)}"`;
      return THREATS.has(h.re) ? { text: shown, severity: 'high' } : { text: shown };
    });
  },
};
