/**
 * Seed 002: staff must not "share personal contact information (mobile phone numbers, home email address,
 * etc.) with pupils"; the trip exception is "the school mobile devices". A number or address is the
 * school's when the sentence says so (the office, reception, the trip mobile, a helpline), when it sits in
 * a signature that names the school, or when it is on the school's domains or official accounts; a
 * mobile number or free-mail address offered by the sender ("my own mobile", "text me on") is personal.
 */
import { emailAddressDetector } from '../../sensitive/detectors/email-address';
import { phoneNumberDetector } from '../../sensitive/detectors/phone-number';
import { postalAddressDetector } from '../../sensitive/detectors/postal-address';
import { type Evidence, maskEmail, sentenceAt } from '../evidence';
import { SCHOOL_CHANNEL } from '../patterns';
import type { MailRule, RuleContext } from '../rule';

/** Words that make a number or address the sender's own, whatever else the sentence says. */
const OWN_CUE =
  /\b(?:my\s+(?:own|personal|private|home|mobile|cell|whats\s?app|digits|e-?mail|email\s+address|gmail|hotmail|icloud|address|snap|insta)|personal|private|not\s+the\s+school(?:'s)?(?:\s+(?:one|phone|number|mobile|e-?mail|account))?)\b/i;
/** Words that offer a channel, personal unless the sentence names the school's own line. */
const OFFER_CUE =
  /\b(?:my\s+(?:number|phone)|(?:text|call|ring|phone|whats\s?app|message|msg|reach|contact|email|e-mail)\s+me|me\s+on|i'?m\s+on|find\s+me)\b/i;
const NOT_MINE = /\bnot\s+(?:mine|my\s+(?:own|personal|private|number|mobile|phone))\b/i;
const YOURS = /\byour\s+(?:(?:mum|mom|dad|parent|carer|mother|father)'?s?\s+)?(?:number|mobile|phone|cell)\b/i;
const OFFICIAL_CUE =
  /\b(?:school|office|reception|switchboard|main\s+(?:line|number)|ext\.?|extension|department|academy|college|trust|council|helpline|childline|nspcc|samaritans|police|nhs|emergency|attendance|absence\s+line|kooth|shout)\b/i;
const SIGNATURE_SCHOOL =
  /\b(?:school|academy|college|trust|ext\.?|extension|switchboard|reception|office|tel\.?|t:|www\.)/i;
const FREE_MAIL =
  /^(?:gmail\.com|googlemail\.com|outlook\.(?:com|co\.uk)|hotmail\.(?:com|co\.uk)|live\.(?:com|co\.uk)|msn\.com|yahoo\.(?:com|co\.uk)|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.(?:com|co\.uk)|proton\.me|protonmail\.com|pm\.me|gmx\.(?:com|co\.uk|net)|mail\.com|btinternet\.com|btopenworld\.com|sky\.com|virginmedia\.com|blueyonder\.co\.uk|talktalk\.net|tiscali\.co\.uk|ntlworld\.com|zoho\.com|yandex\.com|hushmail\.com|tutanota\.com)$/;
const PROFILE_URL =
  /\b(?:snapchat\.com\/add|instagram\.com|tiktok\.com\/@?|wa\.me|t\.me|discord\.gg|facebook\.com|fb\.me|m\.me|twitter\.com|x\.com)\/[\w.-]{2,}/gi;
const HANDLE_AFTER_APP =
  /\bmy\s+(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|discord|telegram|kik|twitter|threads|bereal)\s*(?:is|name|handle|user\s?name|id|account|@|:|-)?\s*(?:is\s+|:\s*|-\s*)?(@?[A-Za-z0-9_.]{3,30})/gi;
/** "my username is ...", "I'm ... on snap": a handle named in a sentence about an app. */
const HANDLE_NAMED = [
  /\bmy\s+(?:user\s?name|handle|id|account(?:\s+name)?|name\s+on\s+(?:there|it))\s*(?:is|:|-)\s*(@?[A-Za-z0-9_.]{3,30})/gi,
  /\b(?:i'?m|i\s+am|find\s+me\s+as|search\s+(?:for\s+)?)\s+(@[A-Za-z0-9_.]{3,30}|[A-Za-z0-9_.]*[_\d][A-Za-z0-9_.]*)/gi,
];
const AT_HANDLE = /(?:^|[\s(])@([A-Za-z0-9_.]{3,30})\b/g;
const APP_WORD = /\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|discord|telegram|kik|twitter|threads)\b/i;
const STREET = String.raw`(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|way|court|crescent|place|gardens|grove|terrace|hill|park|row|view|walk|mews|square|rise|vale|green|parade|gate|croft|fold|chase|approach|boulevard)`;
const HOME_ADDRESS = new RegExp(
  String.raw`\b(?:i\s+live\s+(?:at|on|in)|my\s+(?:home\s+)?address\s+is|my\s+(?:house|flat|place|home)\s+is\s+(?:at|on|in)|i'?m\s+at|(?:come|pop|drop)\s+(?:round|over|by)\s+(?:to\s+)?|mine\s+is\s+(?:at\s+)?)\s*(?:(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?,?\s+)?(?:[a-z][\w'-]*\s+){1,3}${STREET}\b`,
  'gi',
);
const PERSONAL_PLACE =
  /\b(?:my|mine|me|i'?m|i\s+am|i'?ve|i\s+live|we\s+live|our\s+(?:house|flat|place)|moved|home|come\s+round|pop\s+round|come\s+over)\b/i;
const MAX = 3;

export const personalContactDetails: MailRule = {
  id: 'personal-contact-details',
  clause:
    'Seed 002: staff must not "share personal contact information (mobile phone numbers, home email address, etc.) with pupils"; seed 004: only official email addresses identify staff.',
  severity: 'high',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx) {
    const text = ctx.body.own;
    const found: Evidence[] = [];
    const seen = new Set<string>();
    const add = (key: string, shown: string) => {
      if (seen.has(key) || found.length >= MAX) return;
      seen.add(key);
      found.push({ text: shown });
    };
    for (const c of phoneNumberDetector.detect(text)) {
      if (isPersonalPhone(ctx, text, c.start, c.end, c.value)) {
        add(c.value.replace(/\D/g, ''), `personal phone number ${phoneNumberDetector.mask(c.value)}`);
      }
    }
    for (const c of emailAddressDetector.detect(text)) {
      if (isPersonalEmail(ctx, text, c.start, c.end, c.value)) {
        add(c.value.toLowerCase(), `personal email address ${maskEmail(c.value)}`);
      }
    }
    for (const handle of handles(ctx, text)) add(handle.toLowerCase(), `social media handle ${maskHandle(handle)}`);
    for (const place of homeAddresses(text)) add(place, `home address ${place}`);
    return found;
  },
};

function officialHere(ctx: RuleContext, sentence: string): boolean {
  const name = ctx.env.schoolName;
  return OFFICIAL_CUE.test(sentence) || SCHOOL_CHANNEL.test(sentence) || (name !== null && name.test(sentence));
}

function isPersonalPhone(ctx: RuleContext, text: string, start: number, end: number, value: string): boolean {
  const sentence = sentenceAt(text, start, end);
  if (NOT_MINE.test(sentence)) return false;
  if (OWN_CUE.test(sentence)) return true;
  if (YOURS.test(sentence)) return false;
  if (officialHere(ctx, sentence)) return false;
  if (OFFER_CUE.test(sentence)) return true;
  if (start >= ctx.body.signatureStart) {
    const signature = text.slice(ctx.body.signatureStart);
    const name = ctx.env.schoolName;
    if (SIGNATURE_SCHOOL.test(signature) || (name !== null && name.test(signature))) return false;
  }
  return isMobile(value);
}

function isMobile(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return /^(?:07|447|00447)/.test(digits);
}

function isPersonalEmail(ctx: RuleContext, text: string, start: number, end: number, value: string): boolean {
  const address = value.toLowerCase();
  const party = ctx.env.resolver.party({ address });
  if (party.school || party.official) return false;
  const sentence = sentenceAt(text, start, end);
  if (party.role === 'staff' && party.personal) return true;
  if (party.role === 'pupil' || party.role === 'parent' || party.role === 'other') return false;
  const personal = (OWN_CUE.test(sentence) || OFFER_CUE.test(sentence)) && !NOT_MINE.test(sentence);
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (!FREE_MAIL.test(domain)) return personal;
  return personal || /\b(?:me|my|i)\b/i.test(sentence) || sharesSenderName(ctx, address);
}

/** The local part spells part of the sender's name ("jsmith84" for Jane Smith). */
function sharesSenderName(ctx: RuleContext, address: string): boolean {
  const sender = ctx.parties.sender;
  const name = sender?.person?.name ?? sender?.name ?? '';
  const local = address.slice(0, address.indexOf('@')).replace(/[^a-z]/g, '');
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w.length >= 4 && local.includes(w));
}

function handles(ctx: RuleContext, text: string): string[] {
  const out: string[] = [];
  PROFILE_URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROFILE_URL.exec(text)) !== null) {
    const sentence = sentenceAt(text, m.index, m.index + m[0].length);
    if (!officialHere(ctx, sentence) || OWN_CUE.test(sentence)) out.push(m[0]);
  }
  HANDLE_AFTER_APP.lastIndex = 0;
  while ((m = HANDLE_AFTER_APP.exec(text)) !== null) {
    const handle = m[1]!;
    if (/^(?:is|on|and|the|if|at|me|to|so|account)$/i.test(handle)) continue;
    out.push(handle.startsWith('@') ? handle : `@${handle}`);
  }
  for (const re of HANDLE_NAMED) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const handle = m[1]!.replace(/[.]+$/, '');
      if (handle.replace(/^@/, '').length < 3) continue;
      const sentence = sentenceAt(text, m.index, m.index + m[0].length);
      if (APP_WORD.test(sentence) && !officialHere(ctx, sentence))
        out.push(handle.startsWith('@') ? handle : `@${handle}`);
    }
  }
  AT_HANDLE.lastIndex = 0;
  while ((m = AT_HANDLE.exec(text)) !== null) {
    const at = m.index + m[0].indexOf('@');
    const sentence = sentenceAt(text, at, at + m[1]!.length + 1);
    if (!APP_WORD.test(sentence) || officialHere(ctx, sentence)) continue;
    if (!/\b(?:my|me|i'?m)\b/i.test(sentence)) continue;
    out.push(`@${m[1]!}`);
  }
  return out;
}

function maskHandle(handle: string): string {
  const slash = handle.lastIndexOf('/');
  const head = slash >= 0 ? handle.slice(0, slash + 1) : handle.startsWith('@') ? '@' : '';
  const id = handle.slice(head.length);
  return `${head}${id.slice(0, 2)}${'*'.repeat(Math.max(3, id.length - 2))}`;
}

/** A home address offered by the sender, shown as its street type only: "*** Road". */
function homeAddresses(text: string): string[] {
  const out: string[] = [];
  HOME_ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOME_ADDRESS.exec(text)) !== null) {
    const street = /(\w+)\s*$/.exec(m[0])![1]!;
    out.push(`*** ${street}`);
  }
  for (const c of postalAddressDetector.detect(text)) {
    if (c.confidence === 'low') continue;
    const sentence = sentenceAt(text, c.start, c.end);
    if (PERSONAL_PLACE.test(sentence) && !OFFICIAL_CUE.test(sentence)) out.push(postalAddressDetector.mask(c.value));
  }
  return out;
}
