import { SAFEGUARDING_CODES, SAFEGUARDING_TERMS } from '../../../../core/sensitive/special/safeguarding-terms';
import { createTermMatcher } from '../../../../core/sensitive/special/term-automaton';
import { termSource, termTriggers } from '../../../../core/sensitive/special/term';
import { found } from '../helpers';

describe('SAFEGUARDING_TERMS and SAFEGUARDING_CODES', () => {
  it('builds a matcher: every term compiles and has a trigger', () => {
    expect(() =>
      createTermMatcher(
        SAFEGUARDING_TERMS.map((t) => ({ source: termSource(t), triggers: termTriggers(t) })),
        SAFEGUARDING_CODES,
      ),
    ).not.toThrow();
  });

  it('does not list "safeguarding" itself, which names the school\'s duty', () => {
    expect(SAFEGUARDING_TERMS.map(termSource)).not.toContain('safeguarding');
    expect(found('Ruby Holmes attended safeguarding training.', 'safeguarding')).toEqual([]);
  });

  it.each([
    ['Amira Hussain (Y10) is a looked after child; her PEP review is on Thursday.', 'looked after child'],
    ['Summer Clarke is subject to a child protection plan under the category of neglect.', 'child protection plan'],
    ['Mason disclosed that his stepdad had pushed him down the stairs.', 'disclosed'],
    ['Ava Jones has a social worker and a CIN plan.', 'social worker'],
    ['Tyler Brooks was referred to MASH on Monday.', 'referred to MASH'],
    ["Police were called to Ellie Ward's home after a domestic incident.", 'Police were called'],
    ['Jade Foster is in foster care with a new family.', 'foster care'],
    ['There are concerns Reece Hall is involved in county lines.', 'county lines'],
    ["Lily-Mae Green had bruises on her arms and said her mum's boyfriend grabbed her.", 'bruises'],
    ['Tom Baker is a young carer for his mum.', 'young carer'],
    ['Jayden told me his dad hit him.', 'hit him'],
    ['Kian Ross: LAC, PEP due.', 'LAC'],
  ])('finds safeguarding data in %j', (sentence, phrase) => {
    expect(found(sentence, 'safeguarding').map((f) => f.value)).toEqual([phrase]);
  });

  it.each(SAFEGUARDING_CODES)('matches the code %s only in its own case', (code) => {
    expect(found(`Ruby Holmes: ${code}.`, 'safeguarding').map((f) => f.value)).toEqual([code]);
    if (code.toLowerCase() !== code) expect(found(`Ruby Holmes: ${code.toLowerCase()}.`, 'safeguarding')).toEqual([]);
  });
});
