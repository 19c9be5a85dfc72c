/**
 * Base64url without padding (RFC 7515), as a JWT needs it. Written out rather than taken from
 * Utilities.base64EncodeWebSafe so the bytes are exactly what is signed: Apps Script has no TextEncoder,
 * and its signatures come back as Java bytes (-128..127).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** UTF-8 bytes of a string (surrogate pairs joined). */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

/** Bytes (0..255, or Java's -128..127) as base64url without padding. */
export function base64UrlBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = (bytes[i] as number) & 255;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) & 255 : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) & 255 : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(triple >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[triple & 63]!;
  }
  return out;
}

export function base64UrlText(text: string): string {
  return base64UrlBytes(utf8Bytes(text));
}
