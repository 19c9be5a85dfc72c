import { SEN_CODES, SEN_TERMS } from '../../../../core/sensitive/special/sen-terms';
import { createTermMatcher } from '../../../../core/sensitive/special/term-automaton';
import { termSource, termTriggers } from '../../../../core/sensitive/special/term';
import { found } from '../helpers';

describe('SEN_TERMS and SEN_CODES', () => {
  it('builds a matcher: every term compiles and has a trigger', () => {
    expect(() =>
      createTermMatcher(
        SEN_TERMS.map((t) => ({ source: termSource(t), triggers: termTriggers(t) })),
        SEN_CODES,
      ),
    ).not.toThrow();
  });

  it.each([
    ['Kai Thompson has an EHCP for autism.', 'EHCP'],
    ['Isla Murray is on the SEN register under SEMH.', 'SEN register'],
    ['Freya Cole has dyspraxia and uses a laptop in lessons.', 'dyspraxia'],
    ['Aiden Price gets 25% extra time and a reader in exams.', '25% extra time'],
    ['Ollie Grant has a one-page profile and takes movement breaks.', 'one-page profile'],
    ['Leo Wright needs 1:1 support at lunchtimes.', '1:1 support'],
    ['Jacob Lee has speech and language needs and sees the SALT weekly.', 'speech and language'],
    ['Evie Shaw was assessed by the educational psychologist last term.', 'educational psychologist'],
    ['Harvey Cole: SEN code K, SpLD.', 'SEN'],
    ['Noah Davies has dyslexia and a cream overlay.', 'dyslexia'],
    ['Harry Wilson has been diagnosed with ADHD.', 'ADHD'],
  ])('finds SEN data in %j', (sentence, phrase) => {
    expect(found(sentence, 'sen').map((f) => f.value)).toEqual([phrase]);
  });

  it.each(SEN_CODES)('matches the need code %s only in its own case', (code) => {
    expect(found(`Ruby Holmes: ${code}.`, 'sen').map((f) => f.value)).toEqual([code]);
    // EHCP is also a case-insensitive term ("ehcp" in running text is still the plan).
    if (!SEN_TERMS.map(termSource).includes(code.toLowerCase())) {
      expect(found(`Ruby Holmes: ${code.toLowerCase()}.`, 'sen')).toEqual([]);
    }
  });

  it('does not take everyday words that contain a code for the code', () => {
    expect(found('Ruby Holmes will send the sensible essay.', 'sen')).toEqual([]);
  });
});
