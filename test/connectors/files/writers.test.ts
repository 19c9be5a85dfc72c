import zlib from 'node:zlib';
import * as w from '../../../connectors/files/write';
import { crc32, crc32Js } from '../../../connectors/files/write/zip';

const date = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const makers: Record<string, () => Buffer> = {
  docx: () => w.writeDocx({ paragraphs: ['a'], tables: [[['x', 'y']]] }),
  xlsx: () => w.writeXlsx({ sheets: [{ name: 'S', rows: [['a', 1, date]] }] }),
  pptx: () => w.writePptx({ slides: [['a']] }),
  odt: () => w.writeOdt({ paragraphs: ['a'] }),
  ods: () => w.writeOds({ sheets: [{ name: 'S', rows: [['a', 1, date]] }] }),
  odp: () => w.writeOdp({ slides: [['a']] }),
  pdf: () => w.writePdf({ pages: [['a']], compress: true }),
  eml: () => w.writeEml({ from: 'a@example.com', to: 'b@example.com', subject: 's', date, text: 't' }),
};

describe('writers', () => {
  it.each(Object.keys(makers))('%s output is byte-for-byte deterministic', (kind) => {
    expect(makers[kind]!().equals(makers[kind]!())).toBe(true);
  });

  it('writes zip entries whose CRC and sizes match their data, ODF mimetype first and stored', () => {
    const zip = w.writeOdt({ paragraphs: ['Hello'] });
    expect(zip.toString('latin1', 30, 38)).toBe('mimetype');
    expect(zip.readUInt16LE(8)).toBe(0); // stored
    let offset = 0;
    while (zip.readUInt32LE(offset) === 0x04034b50) {
      const method = zip.readUInt16LE(offset + 8);
      const crc = zip.readUInt32LE(offset + 14);
      const packedSize = zip.readUInt32LE(offset + 18);
      const size = zip.readUInt32LE(offset + 22);
      const nameLen = zip.readUInt16LE(offset + 26);
      const start = offset + 30 + nameLen;
      const packed = zip.subarray(start, start + packedSize);
      const data = method === 8 ? zlib.inflateRawSync(packed) : packed;
      expect(data.length).toBe(size);
      expect(crc32(data)).toBe(crc);
      offset = start + packedSize;
    }
    expect(offset).toBeGreaterThan(0);
  });

  it('computes CRC-32 (the JS fallback as well as zlib)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32Js(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = Buffer.from('a'.repeat(1000) + 'é');
    expect(crc32Js(data)).toBe(crc32(data));
  });

  it('writes a PDF whose cross-reference offsets point at its objects', () => {
    const pdf = w.writePdf({ pages: [['one'], ['two']] }).toString('latin1');
    const start = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.startsWith('xref', start)).toBe(true);
    const offsets = [...pdf.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.startsWith(`${i + 1} 0 obj`, o)).toBe(true));
  });
});
