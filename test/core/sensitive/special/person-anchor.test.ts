import { hasNamedPerson, namesIn, personAnchor } from '../../../../core/sensitive/special/person-anchor';

describe('personAnchor', () => {
  it.each([
    ['Maya has asthma.', 'a known first name that is not an everyday word'],
    ['Ruby Holmes has asthma.', 'a forename and surname'],
    ['Thuy Nguyen has asthma.', 'two capitalised words that are not English words'],
    ['Jayden told me his dad hit him.', 'a first name'],
    ["Ella Reid's review is due.", 'a possessive name'],
  ])('finds a name in %j (%s)', (passage) => {
    expect(personAnchor(passage, false)).toBe('name');
  });

  it.each([
    ['Pupil A was seen at break.'],
    ['Child X disclosed it.'],
    ['J.S. (Y9) was seen at break.'],
    ['JS (9C) was seen at break.'],
    ['Her mum rang the office.'],
    ['Your son was upset today.'],
  ])('finds an anonymised reference in %j', (passage) => {
    expect(personAnchor(passage, false)).toBe('reference');
  });

  it('finds a title with a surname', () => {
    expect(personAnchor('Mrs Okafor called.', false)).toBe('title');
    expect(personAnchor('Dr. Shah called.', false)).toBe('title');
  });

  it('takes a person column of a table row, when it holds a name', () => {
    expect(personAnchor('Name: alex brown | Condition: asthma', true)).toBe('column');
    expect(personAnchor('Pupil: a brown | Note: x', true)).toBe('column');
    expect(personAnchor('Name: ____ | Condition: asthma', true)).toBeNull();
    expect(personAnchor('Name: 12 | Condition: asthma', true)).toBeNull();
    // In prose, "Name:" is just a word.
    expect(personAnchor('Name: alex brown | Condition: asthma', false)).toBeNull();
  });

  it.each([
    'Pupils with medical conditions will be supported.',
    'The Great Hall is open on Monday Morning.',
    'Oak Tree Primary School and Leeds City Council.',
    'Children in Year Group meetings.',
    'If a child discloses abuse, staff should listen.',
    'Grace before meals is said in the hall.',
    'The Designated Safeguarding Lead will act.',
  ])('finds nobody in %j', (passage) => {
    expect(personAnchor(passage, false)).toBeNull();
  });

  it('counts a word the document used in a full name', () => {
    expect(personAnchor('Off with tonsillitis: Grace.', false)).toBeNull();
    expect(personAnchor('Off with tonsillitis: Grace.', false, new Set(['grace', 'parker']))).toBe('name');
  });
});

describe('hasNamedPerson', () => {
  it('does not take a title for a first name', () => {
    expect(hasNamedPerson('Mrs Hughes manages it.')).toBe(false);
    expect(hasNamedPerson('Ms Patel is off.')).toBe(false);
  });
});

describe('namesIn', () => {
  it('gives the words of each full name', () => {
    expect([...namesIn('Subject: Grace Parker absence. Thuy Nguyen and Ruby Holmes too.')].sort()).toEqual(
      ['grace', 'holmes', 'nguyen', 'parker', 'ruby', 'thuy'].sort(),
    );
  });

  it('gives nothing for single first names, titles with surnames or ordinary capitalised words', () => {
    expect(namesIn('Maya came in. Mrs Hughes called. The Great Hall.').size).toBe(0);
  });
});
