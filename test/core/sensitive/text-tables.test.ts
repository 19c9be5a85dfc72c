import { normaliseTextTables } from '../../../core/sensitive/text-tables';

describe('normaliseTextTables', () => {
  it('labels the rows of a framed pipe table with a rule line, keeping the text around it exactly', () => {
    const text =
      'Class list, autumn term.\n\n' +
      '| Name | DOB | UPN |\n' +
      '|------|-----|-----|\n' +
      '| Alex Brown | 14/02/2011 | B801200005001 |\n' +
      '| Sam Green | 01/09/2012 | P207000016049 |\n' +
      '\nEnd of list.  \n';
    expect(normaliseTextTables(text)).toBe(
      'Class list, autumn term.\n\n' +
        'Name | DOB | UPN\n' +
        'Name: Alex Brown | DOB: 14/02/2011 | UPN: B801200005001\n' +
        'Name: Sam Green | DOB: 01/09/2012 | UPN: P207000016049\n' +
        '\nEnd of list.  \n',
    );
  });

  it('labels an unframed pipe table with a Markdown rule line', () => {
    expect(normaliseTextTables('Name | Year | Note\n--- | :---: | ---\nAlex | 7 | ok')).toBe(
      'Name | Year | Note\nName: Alex | Year: 7 | Note: ok',
    );
  });

  it('drops +---+ rule lines between and after the rows of an ASCII table', () => {
    expect(normaliseTextTables('| a | b |\n+---+---+\n| 1 | 2 |\n+---+---+\nafter')).toBe('a | b\na: 1 | b: 2\nafter');
  });

  it('labels a tab-separated table', () => {
    expect(normaliseTextTables('Name\tDOB\nAlex Brown\t14/02/2011\nSam Green\t01/09/2012\n')).toBe(
      'Name | DOB\nName: Alex Brown | DOB: 14/02/2011\nName: Sam Green | DOB: 01/09/2012\n',
    );
  });

  it('handles two tables in one text, and text between them', () => {
    const text = 'A\tB\n1\t2\nmiddle line\nC\tD\n3\t4';
    expect(normaliseTextTables(text)).toBe('A | B\nA: 1 | B: 2\nmiddle line\nC | D\nC: 3 | D: 4');
  });

  it('leaves rows the extractor already labelled untouched', () => {
    const text = 'Name: Alex | DOB: 14/02/2011 | UPN: B801200005001\nName: Sam | DOB: 01/09/2012 | UPN: P207000016049';
    expect(normaliseTextTables(text)).toBe(text);
  });

  it('leaves a single pipe or tab line, and lines of different widths, as they are', () => {
    for (const text of [
      'Home | About | Contact',
      'a\tb',
      'A | B | C\n1 | 2\nD | E | F',
      'A\tB\tC\nx\ty',
      'either/or | maybe',
      'plain text with no table at all\nsecond line',
      '',
    ]) {
      expect(normaliseTextTables(text)).toBe(text);
    }
  });

  it('keeps a table that is the whole text, without adding a final line break', () => {
    expect(normaliseTextTables('Name\tYear\nAlex\t7')).toBe('Name | Year\nName: Alex | Year: 7');
  });

  it('is idempotent', () => {
    const once = normaliseTextTables('x\n| Name | DOB |\n|---|---|\n| Alex | 14/02/2011 |\ny');
    expect(normaliseTextTables(once)).toBe(once);
  });
});
