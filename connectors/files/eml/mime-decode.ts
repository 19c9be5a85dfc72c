import { decodeCharset } from '../text/decode';

/** Quoted-printable body bytes (RFC 2045 6.7): soft line breaks dropped, =XX decoded. */
export function decodeQuotedPrintable(binary: string): Buffer {
  const out = Buffer.alloc(binary.length);
  let n = 0;
  for (let i = 0; i < binary.length; i++) {
    const c = binary.charCodeAt(i);
    if (c === 0x3d /* = */) {
      const hex = binary.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
      const soft = /^[ \t]*\r?\n/.exec(binary.slice(i + 1, i + 80));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** A part body (as a binary string, one char per byte) decoded by its Content-Transfer-Encoding. */
export function decodeTransfer(binary: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(binary.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(binary);
    default:
      return Buffer.from(binary, 'latin1');
  }
}

/** RFC 2047 encoded words in a header (`=?windows-1252?Q?Caf=E9?=`); adjacent words join without the space. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_w, charset: string, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : decodeQuotedPrintable(text.replace(/_/g, ' ').replace(/=(?![0-9A-Fa-f]{2})/g, '=3D'));
      return decodeCharset(bytes, charset);
    });
}

/** Raw header bytes as text: UTF-8 where valid (common in practice), else latin1. */
export function headerText(binary: string): string {
  return decodeCharset(Buffer.from(binary, 'latin1'), 'utf-8');
}
