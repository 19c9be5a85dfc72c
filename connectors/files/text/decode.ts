import { TextDecoder } from 'node:util';

/**
 * Byte-to-text decoding for plain-text files: UTF-8 (BOM optional) or UTF-16 by BOM, and latin1
 * (as browsers read it, windows-1252) once the bytes turn out not to be UTF-8. Streaming, so a
 * multi-byte character split across two chunks is carried over rather than mangled.
 */
type Mode = 'pending' | 'utf8' | 'utf16le' | 'utf16be' | 'latin1';

export class TextStreamDecoder {
  private mode: Mode = 'pending';
  private carry: Buffer = Buffer.alloc(0);
  private utf16: TextDecoder | null = null;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  push(chunk: Buffer): string {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    if (this.mode === 'pending') {
      if (buf.length < 3) {
        this.carry = Buffer.from(buf);
        return '';
      }
      buf = this.detect(buf);
    }
    return this.decode(buf, false);
  }

  end(): string {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (this.mode === 'pending') {
      if (rest.length === 0) return '';
      return this.decode(this.detect(rest), true);
    }
    return this.decode(rest, true);
  }

  private detect(buf: Buffer): Buffer {
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      this.mode = 'utf8';
      return buf.subarray(3);
    }
    if (buf[0] === 0xff && buf[1] === 0xfe) return this.startUtf16('utf-16le', buf);
    if (buf[0] === 0xfe && buf[1] === 0xff) return this.startUtf16('utf-16be', buf);
    this.mode = 'utf8';
    return buf;
  }

  private startUtf16(label: 'utf-16le' | 'utf-16be', buf: Buffer): Buffer {
    this.mode = label === 'utf-16le' ? 'utf16le' : 'utf16be';
    this.utf16 = new TextDecoder(label, { ignoreBOM: false });
    return buf;
  }

  private decode(buf: Buffer, final: boolean): string {
    if (this.mode === 'utf16le' || this.mode === 'utf16be') return this.utf16!.decode(buf, { stream: !final });
    if (this.mode === 'latin1') return decodeWindows1252(buf);
    const cut = final ? buf.length : completeUtf8Length(buf);
    if (cut < buf.length) this.carry = Buffer.from(buf.subarray(cut));
    try {
      return this.utf8.decode(buf.subarray(0, cut));
    } catch {
      this.mode = 'latin1';
      this.carry = Buffer.alloc(0);
      return decodeWindows1252(buf);
    }
  }
}

/** Length of the prefix of `buf` that does not end inside a multi-byte UTF-8 sequence. */
function completeUtf8Length(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Decodes a whole buffer by the same rules. */
export function decodeText(buf: Buffer): string {
  const d = new TextStreamDecoder();
  return d.push(buf) + d.end();
}

/** Decodes bytes in a named charset (e-mail, HTML); an unknown charset reads as latin1 rather than failing. */
export function decodeCharset(buf: Buffer, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase().replace(/\*.*$/, '');
  if (label === '' || label === 'us-ascii' || label === 'ascii' || label === 'utf-8' || label === 'utf8') {
    return decodeText(buf);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return decodeWindows1252(buf);
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(buf) : decoder.decode(buf);
}

/** 0x80-0x9F in windows-1252 (what "latin1" and "iso-8859-1" mean in practice, as in browsers). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 by hand: Node 20's TextDecoder decodes this label as ISO-8859-1, losing € and curly
 * quotes (0x80-0x9F), which Windows-written text and mail use all the time.
 */
export function decodeWindows1252(buf: Buffer): string {
  return buf.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
