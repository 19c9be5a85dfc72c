import { renderRows, TableBlocks } from '../../../connectors/files/table-blocks';

const lines = (t: string) => t.split('\n').filter((l) => l !== '');

describe('TableBlocks', () => {
  it('keeps an ordinary two-column data table as a table', () => {
    expect(
      lines(
        renderRows([
          ['Name', 'DOB'],
          ['Alex Brown', '14/02/2011'],
          ['Sam Green', '01/09/2012'],
        ]),
      ),
    ).toEqual(['Name | DOB', 'Name: Alex Brown | DOB: 14/02/2011', 'Name: Sam Green | DOB: 01/09/2012']);
  });

  it('reads a form (labels ending in colons, or field names) as label: value lines', () => {
    expect(
      lines(
        renderRows([
          ['Surname:', 'Brown'],
          ['First name:', 'Alex'],
          ['Allergies:', ''],
        ]),
      ),
    ).toEqual(['Surname: Brown', 'First name: Alex', 'Allergies']);
    expect(
      lines(
        renderRows([
          ['Pupil', 'Alex Brown'],
          ['Date of birth', '14/02/2011'],
          ['GP', 'Dr Patel'],
        ]),
      ),
    ).toEqual(['Pupil: Alex Brown', 'Date of birth: 14/02/2011', 'GP: Dr Patel']);
  });

  it('passes title rows above the header through as lines', () => {
    expect(
      lines(
        renderRows([['Year 7 list'], ['', 'Autumn 2025'], ['Name', 'Form', 'UPN'], ['Alex', '7C', 'B801200005001']]),
      ),
    ).toEqual(['Year 7 list', 'Autumn 2025', 'Name | Form | UPN', 'Name: Alex | Form: 7C | UPN: B801200005001']);
  });

  it('flattens line breaks inside cells so a row stays one line', () => {
    expect(
      lines(
        renderRows([
          ['Name', 'Note'],
          ['Alex', 'first\r\nsecond'],
        ]),
      ),
    ).toEqual(['Name | Note', 'Name: Alex | Note: first second']);
  });

  it('streams blocks and repeats the header for each', () => {
    const t = new TableBlocks();
    let out = t.add(['Name', 'Form']);
    for (let i = 0; i < 1500; i++) out += t.add([`Pupil ${i}`, '7C']);
    out += t.finish();
    const all = lines(out);
    expect(all.filter((l) => l === 'Name | Form')).toHaveLength(2);
    expect(all.filter((l) => l.startsWith('Name: Pupil'))).toHaveLength(1500);
  });
});
