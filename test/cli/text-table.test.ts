import { alignColumns, terminalSafe } from '../../cli/text-table';

describe('alignColumns', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(
      alignColumns(
        ['A', 'BB', 'C'],
        [
          ['xxx', 'y', 'last long'],
          ['', 'zzzz', ''],
        ],
      ),
    ).toBe(['A    BB    C', '---  ----  ---------', 'xxx  y     last long', '     zzzz', ''].join('\n'));
  });

  it('neutralises escape sequences in cells so a file name cannot repaint the terminal', () => {
    const out = alignColumns(['F'], [['evil\u001b[2J\rname']]);
    expect(out).not.toMatch(/[\u001b\r]/); // eslint-disable-line no-control-regex
    expect(out).toContain('evil?[2J?name');
  });
});

describe('terminalSafe', () => {
  it('keeps printable text, including non-ASCII names', () => {
    expect(terminalSafe('Siân Ó Briain – notes.docx')).toBe('Siân Ó Briain – notes.docx');
  });
});
