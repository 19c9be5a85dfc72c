import { DEFAULT_LIMITS } from '../../../connectors/files';
import {
  writeDocx,
  writeOdp,
  writeOds,
  writeOdt,
  writePptx,
  writeXlsx,
  writeZip,
} from '../../../connectors/files/write';
import { reasonOf, scratchDir } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

const samples: Record<string, Buffer> = {
  docx: writeDocx({ paragraphs: ['Hello world'.repeat(50)] }),
  xlsx: writeXlsx({
    sheets: [
      {
        name: 'S',
        rows: [
          ['a', 'b'],
          ['1', '2'],
        ],
      },
    ],
  }),
  pptx: writePptx({ slides: [['Hello']] }),
  odt: writeOdt({ paragraphs: ['Hello'] }),
  ods: writeOds({ sheets: [{ name: 'S', rows: [['a']] }] }),
  odp: writeOdp({ slides: [['Hello']] }),
};

/** Deterministic noise. */
function noise(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

/** Rewrites the uncompressed size an entry declares, in its local and central headers. */
function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.toString('utf8', i + 30, i + 30 + out.readUInt16LE(i + 26)) === name)
      out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.toString('utf8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === name)
      out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('zip containers', () => {
  it.each(Object.keys(samples))('reports a truncated or random-bytes .%s as a corrupt zip', async (ext) => {
    const whole = samples[ext]!;
    expect(await reasonOf(s.file(`cut.${ext}`, whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(
      /^corrupt zip/,
    );
    expect(await reasonOf(s.file(`noise.${ext}`, noise(5000)))).toMatch(/^corrupt zip/);
  });

  it('reports an OLE compound file (password-protected OOXML, legacy Office) as such', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(4000)]);
    expect(await reasonOf(s.file('locked.docx', ole))).toBe('encrypted or legacy Office file');
    expect(await reasonOf(s.file('old.xlsx', ole))).toBe('encrypted or legacy Office file');
  });

  it('reports a package without its main part, and broken XML, without quoting the file', async () => {
    expect(await reasonOf(s.file('empty.docx', writeZip([{ name: 'other.txt', data: 'x' }])))).toBe(
      'corrupt docx file',
    );
    const badXml = writeZip([{ name: 'word/document.xml', data: '<w:document><w:body><w:p>secret</w:body>' }]);
    expect(await reasonOf(s.file('badxml.docx', badXml))).toBe('corrupt docx: invalid XML');
  });

  it('refuses one highly compressible 50 MB entry before inflating it', async () => {
    const bomb = writeZip([{ name: 'word/document.xml', data: Buffer.alloc(50 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await reasonOf(s.file('ratio.docx', bomb))).toBe('zip bomb: expands more than 200x');
  });

  it('refuses an archive of 20,000 tiny entries', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ name: `x/${i}.xml`, data: '', store: true }));
    expect(await reasonOf(s.file('count.xlsx', writeZip(entries)))).toBe('zip bomb: more than 10000 entries');
  });

  it('refuses an entry that inflates past the size it declares', async () => {
    const doc = `<w:document xmlns:w="w"><w:body>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(150_000)}</w:body></w:document>`;
    const honest = writeZip([{ name: 'word/document.xml', data: doc }]);
    expect(await reasonOf(s.file('liar.docx', lieAboutSize(honest, 'word/document.xml', 1000)))).toBe(
      'zip bomb: entry expands beyond its declared size',
    );
  });

  it('refuses archives whose total expanded size passes the limit', async () => {
    const limits = { ...DEFAULT_LIMITS, maxZipExpandedBytes: 16 * 1024 };
    const big = writeDocx({ paragraphs: [noise(20_000).toString('base64')] });
    expect(await reasonOf(s.file('total.docx', big), limits)).toBe('zip bomb: expands beyond 16 KB');
  });
});
