import { containsAny, spellings } from '../../../core/sensitive/prefilter';

describe('spellings', () => {
  it('gives each word in lower case, Capitalised and UPPER CASE', () => {
    expect(spellings('dob', 'birth')).toEqual(['dob', 'Dob', 'DOB', 'birth', 'Birth', 'BIRTH']);
  });
});

describe('containsAny', () => {
  it('is true when any of the words occurs anywhere, even inside another word', () => {
    expect(containsAny('Date of Birth: 1/2/2011', spellings('birth'))).toBe(true);
    expect(containsAny('newborn', ['born'])).toBe(true);
    expect(containsAny('nothing here', spellings('passport'))).toBe(false);
    expect(containsAny('anything', [])).toBe(false);
  });

  it('is case-sensitive: only the listed spellings count', () => {
    expect(containsAny('PaSsPoRt', spellings('passport'))).toBe(false);
  });
});
