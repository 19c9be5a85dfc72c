import { HEALTH_TERMS } from '../../../../core/sensitive/special/health-terms';
import { createTermMatcher } from '../../../../core/sensitive/special/term-automaton';
import { termSource, termTriggers } from '../../../../core/sensitive/special/term';
import { found } from '../helpers';

describe('HEALTH_TERMS', () => {
  it('builds a matcher: every term compiles and has a trigger', () => {
    expect(() =>
      createTermMatcher(HEALTH_TERMS.map((t) => ({ source: termSource(t), triggers: termTriggers(t) }))),
    ).not.toThrow();
    for (const t of HEALTH_TERMS) expect(() => new RegExp(termSource(t))).not.toThrow();
  });

  it.each([
    ['Maya Khan has type 1 diabetes and checks her blood sugar before lunch.', 'type 1 diabetes'],
    ['Ethan Shaw had a seizure in PE; midazolam given at 13:05.', 'seizure'],
    ['Sophie Ward broke her wrist at the weekend and is in a plaster cast.', 'broke her wrist'],
    ['Zara Ali is off with glandular fever.', 'glandular fever'],
    ['Mr Daniel Price is on sick leave until further notice.', 'sick leave'],
    ['Alfie Moss has been prescribed sertraline for depression.', 'prescribed'],
    ['Ruby Holmes is pregnant and due in March.', 'pregnant'],
    ['Amir Hassan has coeliac disease; gluten-free meals only.', 'coeliac'],
    ['Mia Turner has an individual healthcare plan for her anaphylaxis.', 'individual healthcare plan'],
    ['Dylan Hughes was taken to hospital after a head injury in football.', 'taken to hospital'],
    ['Poppy Evans (Y3) has a severe peanut allergy – EpiPen kept in the office.', 'peanut allergy'],
    ["Priya's mum rang to say she has been admitted to hospital with appendicitis.", 'admitted to hospital'],
    ['Freddie was referred to CAMHS for anxiety.', 'CAMHS'],
    ['Pupil B has been self-harming; referred to the school counsellor.', 'self-harming'],
    ['Dear Mrs Hill, thank you for letting us know that Ellie has chickenpox.', 'chickenpox'],
    ['Oliver was sent home with a high temperature and vomiting.', 'vomiting'],
  ])('finds health data in %j', (sentence, phrase) => {
    expect(found(sentence, 'health').map((f) => f.value)).toEqual([phrase]);
  });
});
