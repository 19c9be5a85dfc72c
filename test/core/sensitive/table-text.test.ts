import { looksLikeHeader, renderTable } from '../../../core/sensitive/table-text';

describe('renderTable', () => {
  it('labels each cell with its column header, one line per row, after the header line', () => {
    expect(
      renderTable([
        ['UPN', 'DOB', 'Name'],
        ['B801200005001', '14/02/2011', 'Alex Brown'],
        ['P207000016049', '01/09/2012', 'Sam Green'],
      ]),
    ).toBe(
      'UPN | DOB | Name\n' +
        'UPN: B801200005001 | DOB: 14/02/2011 | Name: Alex Brown\n' +
        'UPN: P207000016049 | DOB: 01/09/2012 | Name: Sam Green\n',
    );
  });

  it('leaves out empty cells and blank rows, and trims cells', () => {
    expect(
      renderTable([
        [' Name ', 'Notes', 'Year'],
        ['', '', ''],
        ['Alex Brown', '', ' 7 '],
      ]),
    ).toBe('Name | Notes | Year\nName: Alex Brown | Year: 7\n');
  });

  it('renders rows unlabelled when the first row is data', () => {
    expect(
      renderTable([
        ['Alex Brown', '14/02/2011'],
        ['Sam Green', '01/09/2012'],
      ]),
    ).toBe('Alex Brown | 14/02/2011\nSam Green | 01/09/2012\n');
  });

  it('labels only the columns that have a header', () => {
    expect(
      renderTable([
        ['Name', 'DOB', ''],
        ['Alex Brown', '14/02/2011', 'extra'],
      ]),
    ).toBe('Name | DOB\nName: Alex Brown | DOB: 14/02/2011 | extra\n');
  });

  it('gives the empty string for a table with no content', () => {
    expect(renderTable([])).toBe('');
    expect(renderTable([['', ' '], []])).toBe('');
  });
});

describe('looksLikeHeader', () => {
  it('takes short distinct labels as a header', () => {
    expect(looksLikeHeader(['Name', 'DOB', 'NHS No'], [['Alex', '14/02/2011', '9434765919']])).toBe(true);
    expect(looksLikeHeader(['Name', 'DOB'], [])).toBe(true);
  });

  it.each<[string, string[], string[][]]>([
    ['a single cell', ['Name'], [['Alex']]],
    ['a number', ['Name', '2024'], [['Alex', '7']]],
    ['a date', ['Alex Brown', '14/02/2011'], [['Sam Green', '01/09/2012']]],
    ['an email address', ['Name', 'a.brown@example.org'], [['Sam', 'x']]],
    ['a long sentence', ['Name', 'This is a long sentence that is clearly data rather than a label'], []],
    ['repeated labels', ['Name', 'name'], [['a', 'b']]],
    ['values repeated in the next row', ['Yes', 'Class 4'], [['Yes', 'Class 5']]],
  ])('does not take a first row with %s as a header', (_why, first, rest) => {
    expect(looksLikeHeader(first, rest)).toBe(false);
  });
});
