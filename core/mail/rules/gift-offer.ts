/**
 * Guidance for Safer Working Practice (gifts, rewards and favouritism) and the LADO examples: staff do not
 * give a pupil personal gifts, money or favours. Flags an offer or gift from the sender to the pupil
 * (money, vouchers, a phone, "a little present", raising a mark); not the school's prizes, merits,
 * rewards or awards, nor bursaries and Gift Aid.
 */
import { type Hit, evidenceOf, firstHits } from '../patterns';
import type { MailRule } from '../rule';

const OFFER = String.raw`(?:i'?ll|i\s+will|i\s+can|i\s+could|i'?d|i\s+would|i'?m\s+going\s+to|i\s+am\s+going\s+to|i'?m\s+gonna|let\s+me|i\s+want\s+to|i'?d\s+like\s+to|i'?m\s+happy\s+to|happy\s+to|i'?ve|i\s+have|i\s+just|i)`;
const GIVE = String.raw`(?:buy|buying|bought|get|getting|got|send|sending|sent|give|giving|gave|order|ordered|pay\s+for|paying\s+for|top\s+up|topping\s+up|transfer|transferred|put)`;
const THING =
  /£\s?\d|\b\d+\s?(?:quid|pounds|pound)\b|\b(?:money|cash|gift|present|pressie|prezzie|voucher|vouchers|gift\s?card|phone\s+credit|top[-\s]?up|airtime|phone(?!\s+call)|new\s+phone|iphone|airpods|headphones|earbuds|trainers|console|ps5|playstation|xbox|clothes|hoodie|boots|shoes|trainers|dress|outfit|jacket|coat|watch|perfume|aftershave|jewellery|necklace|bracelet|tickets?|treat|lunch|dinner|meal|pizza|sweets|cake|takeaway|something\s+(?:nice|special|little)|little\s+something|whatever\s+you\s+want|anything\s+you\s+want|chocolates?|flowers|makeup|make-up|vape)\b/i;
/** The school's own rewards and help, and shopping for school. */
const SCHOOL_REWARD =
  /\b(?:prizes?|merits?|house\s+points?|rewards?|awards?|certificates?|competition|challenge|raffle|won|winners?|win|bursary|gift\s+aid|hardship|pta|uniform|free\s+school|library|sponsor(?:ed|ship)?|school\s+shop|reading\s+(?:challenge|scheme)|star\s+of\s+the\s+week|golden\s+time|trip\s+(?:fund|payment)|parent\s?pay|revision\s+guides?|textbooks?|worksheets?|resources|copy\s+of\s+the|production|performance|school\s+play|concert|disco|show)\b/i;

const notSchool = (hit: Hit): boolean => !SCHOOL_REWARD.test(hit.sentence);

const PATTERNS: { re: RegExp; accept: (hit: Hit, text: string) => boolean }[] = [
  // "I'll buy you a new phone", "I've got you a little something", "I'll send you £20"
  {
    re: new RegExp(String.raw`\b${OFFER}\s+(?:\w+\s+)?${GIVE}\s+(?:you|u|ya)\b`, 'gi'),
    accept: (hit, text) =>
      notSchool(hit) && THING.test(text.slice(hit.start, Math.min(text.length, hit.start + 90)).split(/[.!?\n]/)[0]!),
  },
  // Buying for the pupil is a gift whatever the thing: "I can buy you the new FIFA".
  {
    re: new RegExp(String.raw`\b${OFFER}\s+(?:\w+\s+)?(?:buy|buying|bought)\s+(?:you|u|ya)\b`, 'gi'),
    accept: notSchool,
  },
  {
    re: /\b(?:a|an)\s+(?:little\s+|small\s+|special\s+|wee\s+)?(?:present|gift|pressie|prezzie|surprise|treat)\s+for\s+(?:you|u)\b/gi,
    accept: notSchool,
  },
  // "I topped up your phone", "I'll pay for your dress", "I've put some money in your account"
  {
    re: new RegExp(
      String.raw`\b${OFFER}\s+(?:just\s+|already\s+)?(?:topped\s+up|top\s+up|put\s+(?:some\s+)?(?:money|credit|cash|£\s?\d+)\s+(?:in|on|into)|paid\s+for|pay\s+for|sent\s+(?:some\s+)?money\s+to|transferred\s+(?:some\s+)?money\s+to)\s+(?:your|ur|you)\b`,
      'gi',
    ),
    accept: notSchool,
  },
  {
    re: /\bhere'?s\s+(?:a\s+)?£\s?\d+|\bhere\s+is\s+£\s?\d+|\bbuy\s+yourself\s+(?:something|some|a)\b/gi,
    accept: notSchool,
  },
  {
    re: /\b(?:bought|got|ordered|picked\s+up)\s+(?:you|u)\s+(?:a|an|some|something)\b/gi,
    accept: (hit, text) => notSchool(hit) && THING.test(text.slice(hit.start, hit.start + 80)),
  },
  {
    re: /\b(?:gift\s?card|amazon\s+(?:voucher|card)|itunes|steam\s+(?:card|credit)|google\s+play|phone\s+credit|top[-\s]?up)\b/gi,
    accept: (hit) => notSchool(hit) && /\b(?:you|your|u)\b/i.test(hit.sentence),
  },
  { re: /£\s?\d+(?:\.\d\d)?\s+(?:for\s+(?:you|u)|to\s+(?:spend|treat\s+yourself))\b/gi, accept: notSchool },
  { re: /\btreat\s+(?:you|u)\s+to\b/gi, accept: notSchool },
  {
    re: /\b(?:my\s+treat|(?:it'?s|lunch\s+is|dinner\s+is|coffee\s+is|drinks\s+are|that'?s)\s+on\s+me)\b/gi,
    accept: notSchool,
  },
  {
    re: /\b(?:do\s+you\s+(?:want|need)|would\s+you\s+like)\s+(?:some\s+)?(?:money|cash|pocket\s+money|phone\s+credit|a\s+new\s+phone)\b|\bsort\s+(?:you|u)\s+out\s+with\s+(?:some\s+)?(?:money|cash|credit|a\s+phone|£\s?\d+)/gi,
    accept: notSchool,
  },
  { re: /\bkeep\s+the\s+change\b|\bpocket\s+money\s+from\s+me\b/gi, accept: notSchool },
  // Favours: marks, sanctions lifted in return.
  {
    re: new RegExp(
      String.raw`\b${OFFER}\s+(?:\w+\s+)?(?:bump|boost|raise|push|improve|change|fix|adjust|increase|up)\s+(?:up\s+)?(?:your|ur)\s+(?:\w+\s+)?(?:grade|grades|mark|marks|score|predicted|result|results)\b`,
      'gi',
    ),
    accept: () => true,
  },
  {
    re: /\b(?:let|get)\s+you\s+off\s+(?:(?:your|the|a|that)\s+)?(?:detention|homework|test|exam|sanction|punishment|isolation)\b/gi,
    accept: (hit) => /\bif\s+you\b|\bfor\s+you\b|\bjust\s+for\b|\bbetween\s+us\b|\bdon'?t\s+tell\b/i.test(hit.sentence),
  },
  { re: /\b(?:extra|higher|better|bonus)\s+(?:marks?|credit|points|grades?)\s+if\s+you\b/gi, accept: () => true },
];

export const giftOffer: MailRule = {
  id: 'gift-offer',
  clause:
    "GSWP (gifts, rewards and favouritism): staff do not give pupils personal gifts, money or favours; school rewards follow the school's scheme.",
  severity: 'medium',
  applies: (ctx) => ctx.parties.staffToPupil,
  check(ctx) {
    const text = ctx.body.own;
    return evidenceOf(text, firstHits(text, PATTERNS, 2));
  },
};
