import { CATEGORIES, CATEGORY_IDS, categoryById, isCategoryId } from '../../../core/incidents';

describe('categories', () => {
  it('lists every category id once, with a distinct label and help text', () => {
    expect(CATEGORIES.map((category) => category.id)).toEqual([...CATEGORY_IDS]);
    expect(new Set(CATEGORIES.map((category) => category.label.toLowerCase())).size).toBe(CATEGORIES.length);
    for (const category of CATEGORIES) expect(category.help.length).toBeGreaterThan(20);
  });

  it('covers the categories the issue names', () => {
    const labels = CATEGORIES.map((category) => category.label).join('\n');
    for (const needed of [
      'Cyberbullying',
      'Inappropriate content accessed',
      'child sexual abuse material',
      'extreme pornography',
      'terrorist material',
      'Filtering or monitoring bypass',
      'Sharing nudes or semi-nudes',
      'grooming',
      'Radicalisation or extremism',
      'Personal-data breach or loss',
      'Account misuse, hacking or password sharing',
      'Misuse of a phone or camera',
      'Concern about a member of staff',
      'Copyright or plagiarism',
      'Other',
    ]) {
      expect(labels).toContain(needed);
    }
  });

  it('flags the illegal kinds, and only them, as illegal', () => {
    const illegal = CATEGORIES.filter((category) => category.flags.illegal).map((category) => category.id);
    expect(illegal).toEqual(['illegal-csam', 'illegal-extreme-pornography', 'illegal-terrorist']);
    expect(categoryById('staff-concern').flags.staffConcern).toBe(true);
    expect(categoryById('data-breach').flags.dataBreach).toBe(true);
  });

  it('covers all four Cs', () => {
    expect(new Set(CATEGORIES.map((category) => category.group))).toEqual(
      new Set(['content', 'contact', 'conduct', 'commerce']),
    );
  });

  it('recognises ids only', () => {
    expect(isCategoryId('grooming')).toBe(true);
    expect(isCategoryId('Grooming')).toBe(false);
    expect(() => categoryById('nope' as never)).toThrow();
  });
});
