import { DEFAULT_LIMITS } from '../../../connectors/files';
import { lines, scratchDir, segmentsOf, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('txt and md', () => {
  it('decodes UTF-8 with and without a BOM, UTF-16 LE and BE by BOM, and falls back to windows-1252', async () => {
    const text = 'Zoë paid £5 – thanks\n';
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const cases: [string, Buffer][] = [
      ['plain.txt', Buffer.from(text, 'utf8')],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      [
        'cp1252.txt',
        Buffer.from([
          ...Buffer.from('Zo'),
          0xeb,
          ...Buffer.from(' paid '),
          0xa3,
          ...Buffer.from('5 '),
          0x96,
          ...Buffer.from(' thanks\n'),
        ]),
      ],
    ];
    for (const [name, data] of cases) expect(await textOf(s.file(name, data))).toBe(text);
  });

  it('keeps a multi-byte character split across read chunks whole', async () => {
    const text = 'a'.repeat(64 * 1024 - 1) + '€ after the boundary\n';
    expect(await textOf(s.file('split.txt', text))).toBe(text);
  });

  it('renders runs of tab-separated and pipe-table lines as labelled rows, other lines untouched', async () => {
    const text = [
      'MIS import - rejected rows',
      'Row\tPupil\tValue',
      '2\tNoah Knight\tH380393811314',
      '3\tHolly Robinson\t607 620 9417',
      'Just one line\twith a tab',
      '',
      '| Surname | DOB        |',
      '|---------|------------|',
      '| Singh   | 29/05/2013 |',
      '',
      'Surname   | Forename',
      '----------+---------',
      'Nguyen    | Harper',
    ].join('\r\n');
    expect(lines(await textOf(s.file('tables.md', text)))).toEqual([
      'MIS import - rejected rows',
      'Row | Pupil | Value',
      'Row: 2 | Pupil: Noah Knight | Value: H380393811314',
      'Row: 3 | Pupil: Holly Robinson | Value: 607 620 9417',
      'Just one line\twith a tab',
      'Surname | DOB',
      'Surname: Singh | DOB: 29/05/2013',
      'Surname | Forename',
      'Surname: Nguyen | Forename: Harper',
    ]);
  });

  it('streams a 30 MB file in many segments of at most 1 MB, cut at line ends', async () => {
    const line = 'Pupil Alex Brown, form 7C, nothing else of note on this line.\n';
    const count = Math.ceil((30 * 1024 * 1024) / line.length);
    const file = s.file('big.txt', line.repeat(count));
    const segments = await segmentsOf(file, { ...DEFAULT_LIMITS, maxTextChars: 40_000_000 });
    expect(segments.length).toBeGreaterThan(30);
    for (const seg of segments) {
      expect(seg.length).toBeLessThanOrEqual(1_000_000);
      expect(seg.endsWith('\n')).toBe(true);
    }
    expect(segments.reduce((n, seg) => n + seg.length, 0)).toBe(line.length * count);
  });
});
