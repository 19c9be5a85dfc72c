/**
 * Professional communication is "transparent and open to scrutiny" (Guidance for Safer Working Practice);
 * asking a child to keep contact secret, to hide it from parents or to delete messages is a recognised
 * grooming sign (CEOP). Not secrecy: exam confidentiality, keeping a password safe, a surprise, a
 * disclaimer about mail received in error, or staff explaining that they cannot keep a secret.
 */
import type { Hit } from '../patterns';
import { evidenceOf, firstHits } from '../patterns';
import type { MailRule } from '../rule';

const WHO = String.raw`(?:any\s?one|any\s?body|a\s+soul|people|others|the\s+others|other\s+(?:kids|pupils|students|staff|teachers)|your\s+(?:mum|mom|mam|mother|dad|father|parents?|carers?|family|friends?|mates|brother|sister|teachers?|form\s+tutor|head\s+of\s+year)|(?:mum|dad|mom)|them|the\s+school|the\s+head|other\s+teachers|staff|teachers)`;

const PATTERNS: { re: RegExp; accept?: (hit: Hit, text: string) => boolean }[] = [
  // "don't tell anyone", "no need to mention this to your parents", "never say a word to anyone"
  {
    re: new RegExp(
      String.raw`\b(?:don'?t|do\s+not|dont|never|no\s+need\s+to|you\s+(?:mustn'?t|must\s+not|shouldn'?t|should\s+not|needn'?t|can'?t|cannot|can\s+not|won'?t|didn'?t)|better\s+not|best\s+not|not\s+to)\s+(?:ever\s+)?(?:tell|mention|say|show|breathe\s+a\s+word|repeat|talk\s+about|share)\b(?:\s+(?:this|that|it|anything|a\s+word|about\s+(?:this|us|it|that|me|our\s+\w+)|our\s+\w+|these\s+\w+|me|us))?(?:\s+(?:with|to))?\s+${WHO}\b`,
      'gi',
    ),
  },
  // "keep this between us", "keep it to yourself", "keep our chats secret"
  {
    re: /\bkeep(?:ing)?\s+(?:this|it|that|these|those|things|everything|our\s+\w+|what\s+\w+\s+\w+|us|me|all\s+this)(?:\s+\w+){0,2}?\s+(?:between\s+(?:us|ourselves|you\s+and\s+me|the\s+two\s+of\s+us)|to\s+yourself|(?:a\s+)?secret|quiet|private|hush(?:-hush)?|on\s+the\s+down\s?low|low[-\s]?key|under\s+wraps)\b/gi,
  },
  {
    re: /\b(?:just|only|strictly|stays?|this\s+is|it'?s)\s+between\s+(?:us|ourselves|you\s+and\s+me|you\s+and\s+i|the\s+two\s+of\s+us)\b/gi,
  },
  { re: /\bbetween\s+you\s+and\s+me\b/gi },
  { re: /\bour\s+(?:little\s+)?secret\b/gi },
  // "what we talk about is private", "our chats are just for us"
  {
    re: /\b(?:what\s+we\s+(?:talk\s+about|say|discuss|share|do|write)|our\s+(?:little\s+)?(?:chats?|conversations?|messages?|e-?mails?|talks?|friendship|relationship|texts?))\s+(?:is|are|stays?|remains?|should\s+stay|has\s+to\s+stay|must\s+stay)\s+(?:just\s+|only\s+|strictly\s+)?(?:private|secret|confidential|between\s+us|our\s+secret|(?:just\s+)?for\s+us|for\s+our\s+eyes\s+only|personal)\b/gi,
  },
  { re: /\b(?:it'?s|this\s+is|that'?s|make\s+it|be)\s+(?:a|our)\s+(?:little\s+)?secret\b/gi },
  // "no one needs to know", "your parents don't need to know"
  {
    re: /\b(?:no\s?one|no-one|nobody)\s+(?:else\s+)?(?:needs|has|have|should|must|is\s+going|will\s+ever)\s+(?:to\s+)?(?:know|find\s+out|see)\b/gi,
  },
  {
    re: new RegExp(
      String.raw`\b${WHO}\s+(?:don'?t|doesn'?t|do\s+not|does\s+not|needn'?t|need\s+not|won'?t|will\s+not|never)\s+(?:need\s+to\s+|have\s+to\s+|ever\s+)?(?:know|find\s+out|hear|see)\b`,
      'gi',
    ),
  },
  {
    re: new RegExp(String.raw`\b(?:don'?t|do\s+not|never)\s+let\s+${WHO}\s+(?:know|see|find\s+out|read|hear)\b`, 'gi'),
  },
  { re: new RegExp(String.raw`\bwithout\s+(?:telling\s+${WHO}|${WHO}\s+knowing|anyone\s+finding\s+out)\b`, 'gi') },
  { re: new RegExp(String.raw`\b(?:hide|keep)\s+(?:this|it|that|us|these)\s+from\s+${WHO}\b`, 'gi') },
  {
    re: /\bso\s+(?:that\s+)?(?:no\s?one|nobody|the\s+school|your\s+parents|they|people)\s+(?:can'?t|can\s?not|won'?t|will\s+not|can|will|doesn'?t|don'?t)\s+(?:ever\s+)?(?:see|know|find\s+out|read|trace)\b/gi,
  },
  {
    re: /\bmake\s+sure\s+(?:no\s?one|nobody|no-one|your\s+(?:parents|mum|dad))\s+(?:else\s+)?(?:sees|finds\s+out|knows|reads|hears)\b/gi,
  },
  { re: /\bi\s+won'?t\s+tell\s+if\s+you\s+don'?t\b|\bi\s+won'?t\s+tell\s+(?:anyone|a\s+soul)\s+(?:if|as\s+long)\b/gi },
  {
    re: /\b(?:tell|say\s+to)\s+(?:your\s+(?:mum|mom|dad|parents?|carers?|family)|them)\s+(?:you'?re|you\s+are|you\s+were|you'?ll\s+be|that\s+you(?:'re|\s+are|\s+were)?)\s+(?:at|with|staying|going|in|doing)\b/gi,
  },
  // deleting messages
  {
    re: /\b(?:delete|deleting|erase)\s+(?:this|these|that|those|the|my|our|all\s+(?:of\s+)?(?:my|our|the|these)|it|them|your)\s*(?:e-?mails?|messages?|msgs?|texts?|chats?|conversations?|threads?|dms|snaps?|history|inbox|sent\s+items)?\s*(?:after|once|when|as\s+soon\s+as|straight\s+away|right\s+away|now|immediately|afterwards|after\s+reading)\b/gi,
  },
  {
    re: /\b(?:please\s+)?(?:delete|erase|wipe|remove|get\s+rid\s+of)\s+(?:this|these|that|those|my|our|the|all\s+(?:my|our|these|the|of\s+(?:my|our|these|the)))\s+(?:e-?mails?|messages?|msgs?|texts?|chats?|conversations?|threads?|dms|snaps?)\b/gi,
  },
  { re: /\bclear\s+your\s+(?:inbox|messages|chats?|sent\s+items|(?:chat|message|text)\s+history)\b/gi },
  {
    re: /\b(?:don'?t|do\s+not)\s+(?:keep|save|forward|screenshot|screen\s?shot|print)\s+(?:this|these|my|our|any\s+of\s+(?:this|these|my))\s*(?:e-?mails?|messages?|texts?|chats?)?\b/gi,
  },
];

/** Sentences where keeping quiet is ordinary or where staff explain the limits of confidentiality. */
const ALLOWED =
  /\b(?:passwords?|pass\s?codes?|pins?|log\s?ins?|login\s+details|surprise|exams?|exam\s+papers?|the\s+paper|(?:the|exam|test)\s+questions|results\s+day|assessments?|test\s+papers?|coursework\s+marks|in\s+error|intended\s+recipient|wrong\s+(?:person|pupil|student|e-?mail|address|recipient|class)|by\s+mistake|accidentally|can'?t\s+(?:promise|keep)|cannot\s+(?:promise|keep)|won'?t\s+keep|will\s+have\s+to\s+(?:tell|share|pass)|have\s+to\s+(?:tell|share|pass)|must\s+(?:tell|share|pass)|safeguarding|designated|dsl|report\s+it|tell\s+a\s+trusted|trusted\s+adult|personal\s+(?:information|details)|spam|phishing|virus|scam|never\s+share\s+your)\b/i;

const accept = (hit: Hit): boolean => !ALLOWED.test(hit.sentence);
const PATTERNS_WITH_ACCEPT = PATTERNS.map((p) => ({ re: p.re, accept: p.accept ?? accept }));

export const secrecy: MailRule = {
  id: 'secrecy',
  clause:
    'Communication with pupils is "transparent and open to scrutiny" (GSWP), "professional in tone and content" (seeds 002, 004): staff never ask a pupil to keep contact secret or to delete messages.',
  severity: 'high',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx) {
    const text = ctx.body.own;
    return evidenceOf(text, firstHits(text, PATTERNS_WITH_ACCEPT, 2));
  },
};
