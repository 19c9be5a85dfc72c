import { digitsOf, hasNearby, labelBefore, matchAll } from '../../../core/sensitive/context';

describe('hasNearby', () => {
  const text = 'NHS number for the pupil: 943 476 5919 (checked)';
  const start = text.indexOf('943');
  const end = start + '943 476 5919'.length;

  it('looks the given distance before and after the match, not inside it', () => {
    expect(hasNearby(text, start, end, /\bnhs\b/i, 30)).toBe(true);
    expect(hasNearby(text, start, end, /\bnhs\b/i, 10)).toBe(false);
    expect(hasNearby(text, start, end, /checked/, 0, 15)).toBe(true);
    expect(hasNearby(text, start, end, /checked/, 0, 3)).toBe(false);
    expect(hasNearby(text, start, end, /476/, 100, 100)).toBe(false);
  });

  it('does not join the text before and after into one word', () => {
    expect(hasNearby('ab123cd', 2, 5, /abcd/, 10, 10)).toBe(false);
  });

  it('stops at the line ends when sameLine is set, so a header row does not vouch for another row', () => {
    const rows = 'NHS number\n943 476 5919\nnext';
    const s = rows.indexOf('943');
    expect(hasNearby(rows, s, s + 12, /nhs/i, 50, 0)).toBe(true);
    expect(hasNearby(rows, s, s + 12, /nhs/i, 50, 0, true)).toBe(false);
    expect(hasNearby(rows, s, s + 12, /next/, 0, 20, true)).toBe(false);
  });

  it('gives the same answer for a global regex called twice', () => {
    const re = /\bnhs\b/gi;
    expect(hasNearby(text, start, end, re, 30)).toBe(true);
    expect(hasNearby(text, start, end, re, 30)).toBe(true);
  });
});

describe('labelBefore', () => {
  it('is the text since the previous cell, tab or line break', () => {
    expect(labelBefore('Name: A | DOB: 14/02/2011', 15)).toBe(' DOB: ');
    expect(labelBefore('x\nDOB: 14/02/2011', 7)).toBe('DOB: ');
    expect(labelBefore('Alex\t14/02/2011', 5)).toBe('');
    expect(labelBefore('DOB: 14/02/2011', 5)).toBe('DOB: ');
  });

  it('is cut to the last maxLen characters', () => {
    const text = `${'a'.repeat(60)}: 1`;
    expect(labelBefore(text, 62, 10)).toBe('aaaaaaaa: ');
  });
});

describe('matchAll', () => {
  it('yields every match of a global regex from the start, whatever lastIndex was left at', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect([...matchAll('a1 b22 c333', re)].map((m) => [m[0], m.index])).toEqual([
      ['1', 1],
      ['22', 4],
      ['333', 8],
    ]);
  });

  it('does not loop forever on empty matches', () => {
    expect([...matchAll('abc', /x*/g)]).toHaveLength(4);
  });
});

describe('digitsOf', () => {
  it('keeps only the digits', () => {
    expect(digitsOf('+44 (0) 20-7946 0123')).toBe('4402079460123');
    expect(digitsOf('abc')).toBe('');
  });
});
