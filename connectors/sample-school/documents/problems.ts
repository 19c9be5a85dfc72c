/**
 * The files every real drive has that a scanner must survive: an empty file, a Word file that is not
 * one, an encrypted workbook (Office saves those as OLE compound files) and files of unsupported types.
 */
import { crc32 } from '../../files/write/zip';
import type { FamilyContext } from './context';
import type { PlannedFile, Problem } from './doc';

export function problemFiles(ctx: FamilyContext): PlannedFile[] {
  return [
    problem('staff/New Text Document.txt', 'empty', Buffer.alloc(0)),
    problem('finance/Budget 2026-27 DRAFT (recovered).docx', 'corrupt', randomBytes(ctx, 6144)),
    problem('staff/hr/Salaries 2025-26 (password protected).xlsx', 'encrypted', oleFile(ctx)),
    problem('newsletters/images/Sports day banner.png', 'unsupported', tinyPng()),
    problem('lessons/Science/Titration demonstration.mp4', 'unsupported', mp4Stub()),
  ];
}

function problem(path: string, kind: Problem, content: Buffer): PlannedFile {
  return { path, kind: 'problem', types: [], problem: kind, content };
}

function randomBytes(ctx: FamilyContext, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = ctx.rng.int(0, 255);
  return out;
}

/**
 * The header of a Compound File Binary (what Office writes for a password-protected workbook), with the
 * stream names an encrypted package carries, then filler standing in for the encrypted bytes.
 */
function oleFile(ctx: FamilyContext): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  const names = Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le');
  return Buffer.concat([header, names, randomBytes(ctx, 4096 - names.length)]);
}

function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  // One pixel, filter byte 0, Oakfield green; zlib stream written by hand so no compressor version matters.
  const raw = Buffer.from([0, 0x2e, 0x7d, 0x32]);
  const adler = Buffer.alloc(4);
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  const idat = Buffer.concat([Buffer.from([0x78, 0x01, 0x01, raw.length, 0, ~raw.length & 0xff, 0xff]), raw, adler]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ftyp box and an empty mdat: enough for a file type check, not a playable video. */
function mp4Stub(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1')]);
  const mdat = Buffer.concat([Buffer.from([0, 0, 0, 0x08]), Buffer.from('mdat', 'latin1')]);
  return Buffer.concat([ftyp, mdat]);
}
