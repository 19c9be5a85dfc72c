import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEml } from '../../../connectors/files/write';
import { listMailFiles, readMailFiles, type SourceItem } from '../../../connectors/mail';

const dir = mkdtempSync(join(tmpdir(), 'sos-mail-src-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eml = (n: number) =>
  writeEml({
    from: `t${n}@example.sch.uk`,
    to: `p${n}@pupils.example.sch.uk`,
    subject: `S${n}`,
    date: new Date(Date.UTC(2025, 0, n)),
    text: `Body ${n}`,
  });
const mbox = (...ns: number[]) =>
  Buffer.concat(
    ns.flatMap((n) => [Buffer.from(`From x@xxx Mon Jan 0${n} 10:00:00 +0000 2025\n`), eml(n), Buffer.from('\n')]),
  );

async function all(paths: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readMailFiles(await listMailFiles(paths))) out.push(item);
  return out;
}

const summary = (items: SourceItem[]) =>
  items.map((i) =>
    i.kind === 'message'
      ? `${i.source.slice(dir.length)} #${i.index}`
      : i.kind === 'skipped'
        ? `skip ${i.source.slice(dir.length)}`
        : `error ${i.source.slice(dir.length)}: ${i.error}`,
  );

describe('mail sources', () => {
  it('walks a Vault-like export folder: mbox files, .eml files, other files skipped, in name order', async () => {
    const root = join(dir, 'vault');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'b.mbox'), mbox(1, 2));
    writeFileSync(join(root, 'a.eml'), eml(3));
    writeFileSync(join(root, 'export-metadata.xml'), '<xml/>');
    writeFileSync(join(root, 'sub', 'c.MBOX'), mbox(4));
    expect(summary(await all([root]))).toEqual([
      '/vault/a.eml #1',
      '/vault/b.mbox #1',
      '/vault/b.mbox #2',
      'skip /vault/export-metadata.xml',
      '/vault/sub/c.MBOX #1',
    ]);
  });

  it('reads a file named on the command line whatever its extension: mbox when it starts with "From "', async () => {
    const asText = join(dir, 'All mail.txt');
    writeFileSync(asText, mbox(1, 2));
    const single = join(dir, 'message.msg');
    writeFileSync(single, eml(5));
    const items = await all([asText, single]);
    expect(items.map((i) => i.kind)).toEqual(['message', 'message', 'message']);
    expect(items.map((i) => (i.kind === 'message' ? i.raw.toString('latin1').includes('Subject: S') : false))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('reports a missing source and an .eml over the size cap, and goes on', async () => {
    const big = join(dir, 'big.eml');
    writeFileSync(big, Buffer.alloc(3000, 0x61));
    const ok = join(dir, 'ok.eml');
    writeFileSync(ok, eml(1));
    const items: SourceItem[] = [];
    for await (const i of readMailFiles(await listMailFiles([join(dir, 'nope.mbox'), big, ok]), {
      maxMessageBytes: 1000,
    }))
      items.push(i);
    expect(summary(items)).toEqual([
      'error /nope.mbox: not found',
      'error /big.eml: message larger than 1000 bytes; skipped',
      '/ok.eml #1',
    ]);
  });
});
