import { isTableRow, passageAround } from '../../../../core/sensitive/special/passage';

const around = (text: string, word: string) => {
  const p = passageAround(text, text.indexOf(word));
  return [text.slice(p.start, p.end), p.isRow];
};

describe('isTableRow', () => {
  it('is a rendered row of labelled cells', () => {
    expect(isTableRow('Name: Alex Brown | Condition: asthma')).toBe(true);
    expect(isTableRow('Alex Brown | Condition: asthma')).toBe(true);
  });

  it('is not a plain line, a single labelled field or an unlabelled pipe line', () => {
    expect(isTableRow('Condition: asthma')).toBe(false);
    expect(isTableRow('Home | About | Contact')).toBe(false);
    expect(isTableRow('Alex has asthma.')).toBe(false);
  });
});

describe('passageAround', () => {
  it('is the whole table row for a word in a row', () => {
    const text = 'Name | Condition\nName: Alex Brown | Condition: asthma\nName: Sam Green | Condition: none';
    expect(around(text, 'asthma')).toEqual(['Name: Alex Brown | Condition: asthma', true]);
  });

  it('is the sentence for a word in prose', () => {
    const text = 'Sam was fine today. Alex has asthma and uses an inhaler! Then we went out.';
    expect(around(text, 'asthma')).toEqual(['Alex has asthma and uses an inhaler!', false]);
    expect(around(text, 'Then')).toEqual(['Then we went out.', false]);
  });

  it('ends a sentence at a semicolon and a question mark', () => {
    const text = 'Alex is in Year 7; Sam has asthma? Yes.';
    expect(around(text, 'asthma')).toEqual(['Sam has asthma?', false]);
  });

  it('does not end a sentence at a title or an initial', () => {
    expect(around('We met Mrs. Kelly about it. Mr. J. Smith has asthma.', 'asthma')).toEqual([
      'Mr. J. Smith has asthma.',
      false,
    ]);
    expect(around('Report to Dr. Shah e.g. on Monday about asthma. Next.', 'asthma')).toEqual([
      'Report to Dr. Shah e.g. on Monday about asthma.',
      false,
    ]);
  });

  it('stops at a blank line and at list items', () => {
    expect(around('Alex Brown\n\nhas asthma', 'asthma')).toEqual(['has asthma', false]);
    expect(around('Notes:\n- Alex Brown\n- has asthma\n- next', 'asthma')).toEqual(['- has asthma', false]);
    expect(around('1. Alex Brown\n2. has asthma', 'asthma')[0]).not.toContain('Alex');
  });

  it('runs across a single line break in a paragraph', () => {
    expect(around('Alex Brown, who joined in May,\nhas asthma.', 'asthma')).toEqual([
      'Alex Brown, who joined in May,\nhas asthma.',
      false,
    ]);
  });

  it('is at most a few hundred characters either side of the word', () => {
    const text = `${'word '.repeat(200)}asthma ${'word '.repeat(200)}`;
    const p = passageAround(text, text.indexOf('asthma'));
    expect(p.end - p.start).toBeLessThanOrEqual(800);
    expect(p.start).toBeGreaterThan(0);
    expect(p.end).toBeLessThan(text.length);
  });
});
