import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS, extractText, SUPPORTED_EXTENSIONS } from '../../../connectors/files';
import { reasonOf, scratchDir, segmentsOf, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('extractText limits and edge cases', () => {
  it('supports the documented extensions', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(
      [
        '.csv',
        '.docx',
        '.eml',
        '.htm',
        '.html',
        '.json',
        '.md',
        '.odp',
        '.ods',
        '.odt',
        '.pdf',
        '.pptx',
        '.tsv',
        '.txt',
        '.xlsx',
      ].sort(),
    );
  });

  it.each(SUPPORTED_EXTENSIONS)('an empty %s file yields no text and no error', async (ext) => {
    expect(await segmentsOf(s.file(`empty${ext}`, ''))).toEqual([]);
  });

  it('refuses files over the size cap without reading them', async () => {
    expect(await reasonOf(s.file('small-cap.txt', 'x'.repeat(2000)), { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).toBe(
      'file larger than 1000 bytes (limit)',
    );
    const huge = s.file('huge.pdf', '');
    truncateSync(huge, 101 * 1024 * 1024); // sparse: no 101 MB is written
    expect(await reasonOf(huge)).toBe('file larger than 100 MB (limit)');
  });

  it('stops after maxTextChars characters', async () => {
    const file = s.file('long.txt', 'abcdefghij\n'.repeat(100));
    expect(await textOf(file, { ...DEFAULT_LIMITS, maxTextChars: 15 })).toBe('abcdefghij\nabcd');
  });

  it('reports unsupported types, missing files and folders with short reasons', async () => {
    expect(await reasonOf(s.file('photo.jpg', 'x'))).toBe('unsupported file type');
    expect(await reasonOf(path.join(s.dir, 'missing.txt'))).toBe('file not found');
    const dir = path.join(s.dir, 'folder.txt');
    mkdirSync(dir);
    expect(await reasonOf(dir)).toBe('not a regular file');
  });

  it('stops early without leaking: breaking out of the loop closes the extractor', async () => {
    const file = path.join(s.dir, 'many.csv');
    writeFileSync(file, 'Name,Note\n' + 'Alex,ok\n'.repeat(200_000));
    let first = '';
    for await (const seg of extractText(file)) {
      first = seg;
      break;
    }
    expect(first.startsWith('Name | Note\nName: Alex | Note: ok\n')).toBe(true);
  });
});
