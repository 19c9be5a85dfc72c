import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkFiles, type WalkedFile } from '../../../connectors/files';
import { scratchDir } from './helpers';

const s = scratchDir();
afterAll(() => {
  chmodSync(path.join(s.dir, 'tree', 'locked'), 0o755);
  s.cleanup();
});

async function walk(paths: string[]): Promise<WalkedFile[]> {
  const out: WalkedFile[] = [];
  for await (const f of walkFiles(paths)) out.push(f);
  return out;
}

beforeAll(() => {
  const root = path.join(s.dir, 'tree');
  mkdirSync(path.join(root, 'a', 'deep'), { recursive: true });
  mkdirSync(path.join(root, 'locked'));
  writeFileSync(path.join(root, 'b.txt'), 'hello');
  writeFileSync(path.join(root, 'B.CSV'), 'x,y');
  writeFileSync(path.join(root, 'a', 'z.docx'), 'zz');
  writeFileSync(path.join(root, 'a', 'deep', 'notes.md'), '#');
  writeFileSync(path.join(root, 'photo.jpg'), 'jpg');
  writeFileSync(path.join(root, 'README'), 'no extension');
  writeFileSync(path.join(root, 'locked', 'secret.txt'), 's');
  symlinkSync(root, path.join(root, 'loop')); // a folder link back up the tree
  symlinkSync(path.join(root, 'b.txt'), path.join(root, 'link.txt'));
  symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.txt'));
  chmodSync(path.join(root, 'locked'), 0o000);
});

describe('walkFiles', () => {
  it('lists files depth first in byte order, with display paths as given, not following folder links', async () => {
    const root = path.join(s.dir, 'tree');
    const files = await walk([root + '/']);
    const shown = files
      .filter((f) => !f.error)
      .map((f) => [f.display.slice(root.length + 1), f.ext, f.supported, f.size]);
    const expected: [string, string, boolean, number][] = [
      ['B.CSV', '.csv', true, 3],
      ['README', '', false, 12],
      ['a/deep/notes.md', '.md', true, 1],
      ['a/z.docx', '.docx', true, 2],
      ['b.txt', '.txt', true, 5],
      ['link.txt', '.txt', true, 5],
      ['photo.jpg', '.jpg', false, 3],
    ];
    if (process.getuid?.() === 0) expected.splice(6, 0, ['locked/secret.txt', '.txt', true, 1]); // root reads anything
    expect(shown).toEqual(expected);
    expect(files.every((f) => path.isAbsolute(f.path))).toBe(true);
  });

  it('keeps a relative PATH as typed in display', async () => {
    const rel = path.relative(process.cwd(), path.join(s.dir, 'tree', 'a'));
    const files = await walk([rel]);
    expect(files.map((f) => f.display)).toEqual([`${rel}/deep/notes.md`, `${rel}/z.docx`]);
  });

  it('reports a missing path or an unreadable folder as an entry with an error, and goes on', async () => {
    const root = path.join(s.dir, 'tree');
    const files = await walk([path.join(s.dir, 'missing'), path.join(root, 'b.txt')]);
    expect(files.map((f) => [path.basename(f.display), f.error])).toEqual([
      ['missing', 'not found'],
      ['b.txt', undefined],
    ]);
    if (process.getuid?.() !== 0) {
      const locked = (await walk([root])).find((f) => f.display.endsWith('locked'));
      expect(locked?.error).toBe('cannot read folder: permission denied');
    }
  });
});
