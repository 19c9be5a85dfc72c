import fc from 'fast-check';
import { createTermMatcher, literalTrigger } from '../../../../core/sensitive/special/term-automaton';

const hits = (matcher: ReturnType<typeof createTermMatcher>, text: string) =>
  matcher.find(text).map((h) => [h.text, h.start, h.term]);

describe('createTermMatcher', () => {
  const matcher = createTermMatcher(
    [
      { source: String.raw`type [12] diabet\w*` }, // 0
      { source: String.raw`diabet(?:es|ic)` }, // 1
      { source: 'sen support' }, // 2
      { source: 'support plan' }, // 3
      { source: 'epi-?pens?' }, // 4
      { source: String.raw`(?:hit|kicked) (?:him|her)`, triggers: [' him', ' her'] }, // 5
      { source: "crohn'?s" }, // 6
    ],
    ['SEN', 'LAC'], // 7, 8
  );

  it('finds overlapping terms, each once, in order of position', () => {
    expect(hits(matcher, 'Type 1 Diabetes and DIABETIC')).toEqual([
      ['Type 1 Diabetes', 0, 0],
      ['Diabetes', 7, 1],
      ['DIABETIC', 20, 1],
    ]);
    expect(hits(matcher, 'sen support plan')).toEqual([
      ['sen support', 0, 2],
      ['support plan', 4, 3],
    ]);
  });

  it('folds case for terms', () => {
    expect(hits(matcher, 'EpiPen, epi-pens, EPIPEN')).toEqual([
      ['EpiPen', 0, 4],
      ['epi-pens', 8, 4],
      ['EPIPEN', 18, 4],
    ]);
  });

  it('matches whole words only', () => {
    expect(matcher.find('prediabetes diabetesx supporting sen supporter epipenx')).toEqual([]);
  });

  it('matches codes in their exact case and as whole words only', () => {
    expect(hits(matcher, 'SEN support')).toEqual([
      ['SEN', 0, 7],
      ['SEN support', 0, 2],
    ]);
    expect(hits(matcher, 'SENSE of place, Lacrosse, lac, LACs, (LAC), LAC.')).toEqual([
      ['LAC', 38, 8],
      ['LAC', 44, 8],
    ]);
    expect(matcher.find('sen Sen send')).toEqual([]);
  });

  it('confirms a phrase with explicit triggers by its own regex', () => {
    expect(hits(matcher, 'He said his dad hit him and kicked her.')).toEqual([
      ['hit him', 16, 5],
      ['kicked her', 28, 5],
    ]);
    expect(matcher.find('He said his dad was with him.')).toEqual([]);
  });

  it('finds terms at the very start and end of the text', () => {
    expect(hits(matcher, 'diabetes')).toEqual([['diabetes', 0, 1]]);
    expect(hits(matcher, 'x LAC')).toEqual([['LAC', 2, 8]]);
  });

  it('finds the same terms as the plain regexes would, on random text made of term pieces', () => {
    const pieces = [
      'diabetes',
      'type 1 ',
      'sen ',
      'support ',
      'plan',
      'SEN',
      'LAC',
      ' ',
      '-',
      'x',
      'epipen',
      'hit him',
    ];
    const regexes = [
      String.raw`type [12] diabet\w*`,
      String.raw`diabet(?:es|ic)`,
      'sen support',
      'support plan',
      'epi-?pens?',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = matcher.find(text).filter((h) => h.term < regexes.length);
        for (const [i, source] of regexes.entries()) {
          const expected = [...text.matchAll(new RegExp(`\\b(?:${source})\\b`, 'gi'))].map((m) => m.index);
          const actual = found.filter((h) => h.term === i).map((h) => h.start);
          expect(actual).toEqual(expected);
        }
      }),
    );
  });

  // BUG: the automaton folds the typographic apostrophe (’) into ' so the trigger fires, but the confirming
  // regex only accepts ', so Word documents' "Crohn’s", "Asperger’s" and "Down’s syndrome" are never found.
  it('accepts a typographic apostrophe where a term has one', () => {
    expect(hits(matcher, 'Crohn’s disease')).toEqual([['Crohn’s', 0, 6]]);
  });

  // BUG: likewise the automaton folds a no-break space (U+00A0, common in Word and PDF text) into a space,
  // but the confirming regex has a literal space, so "cystic\u00a0fibrosis" or "child protection\u00a0plan"
  // is never found.
  it('accepts a no-break space between the words of a term', () => {
    const m = createTermMatcher([{ source: 'cystic fibrosis' }]);
    expect(hits(m, 'cystic\u00a0fibrosis')).toEqual([['cystic\u00a0fibrosis', 0, 0]]);
  });

  it('builds a matcher with no terms that finds nothing', () => {
    expect(createTermMatcher([]).find('anything at all')).toEqual([]);
  });
});

describe('literalTrigger', () => {
  it.each([
    [String.raw`diabet(?:es|ic)`, 'diabet'],
    [String.raw`type [12] diabet\w*`, ' diabet'],
    [String.raw`hypo(?:glycaemi[ac])?s?`, 'hypo'],
    ['epi-?pens?', 'epi'],
    ['inhalers?', 'inhaler'],
    ["crohn'?s", 'crohn'],
    ['cystic fibrosis', 'cystic fibrosis'],
    [String.raw`(?:nut|egg) allerg(?:y|ies)`, ' allerg'],
    [String.raw`mental health (?:difficulties|issues?)`, 'mental health '],
    ['a&e', 'a&e'],
  ])('takes the longest literal run of %j outside groups and optional characters: %j', (source, trigger) => {
    expect(literalTrigger(source)).toBe(trigger);
  });

  it('keeps an escaped punctuation character as a literal', () => {
    expect(literalTrigger(String.raw`d\.o\.b`)).toBe('d.o.b');
  });

  it('throws for a term with no literal run of three characters, naming it', () => {
    expect(() => literalTrigger(String.raw`s\.?47 (?:enquiry|investigation)`)).toThrow(/s\\\.\?47.*give triggers/);
    expect(() => literalTrigger('(?:hit|kicked) (?:him|her)')).toThrow(/no literal trigger/);
  });

  it('throws for a term with a top-level alternative', () => {
    expect(() => literalTrigger('asthma|eczema')).toThrow(/top-level alternative/);
  });
});
