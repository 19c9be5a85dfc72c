import { decodeCharset } from '../text/decode';
import { decodeEncodedWords, headerText } from './mime-decode';

/** One MIME entity: unfolded headers (names lower-case) and its raw body as a binary string. */
export interface MimeEntity {
  headers: [string, string][];
  body: string;
}

export interface ContentType {
  type: string;
  params: Record<string, string>;
}

/** Splits an entity (binary string, one char per byte) at the first blank line. */
export function parseEntity(binary: string): MimeEntity {
  const m = /\r?\n\r?\n/.exec(binary);
  const head = m ? binary.slice(0, m.index) : binary;
  const body = m ? binary.slice(m.index + m[0].length) : '';
  const headers: [string, string][] = [];
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  // A "body" with no header block at all (no colon lines before the blank) is body text.
  if (headers.length === 0 && m === null) return { headers: [], body: binary };
  return { headers, body };
}

export function header(e: MimeEntity, name: string): string | undefined {
  return e.headers.find(([n]) => n === name)?.[1];
}

/** A header value for display: raw bytes decoded, RFC 2047 words decoded. */
export function displayHeader(e: MimeEntity, name: string): string | undefined {
  const v = header(e, name);
  return v === undefined ? undefined : decodeEncodedWords(headerText(v));
}

/** `text/plain; charset="utf-8"` -> type and parameters (RFC 2231 continuations and charsets included). */
export function parseContentType(value: string | undefined, fallback = 'text/plain'): ContentType {
  if (!value) return { type: fallback, params: {} };
  const [type, ...rest] = splitParams(value);
  const raw: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq <= 0) continue;
    raw[p.slice(0, eq).trim().toLowerCase()] = unquote(p.slice(eq + 1).trim());
  }
  const params: Record<string, string> = {};
  const continued = new Map<string, { parts: string[]; encoded: boolean }>();
  for (const [k, v] of Object.entries(raw)) {
    const m = /^([^*]+)\*(\d+)?(\*)?$/.exec(k);
    if (!m) {
      params[k] = v;
      continue;
    }
    const name = m[1]!;
    if (m[2] === undefined) {
      params[name] = decode2231(v, true);
      continue;
    }
    const c = continued.get(name) ?? { parts: [], encoded: false };
    c.parts[Number(m[2])] = v;
    if (m[2] === '0' && m[3]) c.encoded = true;
    continued.set(name, c);
  }
  for (const [name, c] of continued) params[name] = decode2231(c.parts.join(''), c.encoded);
  return { type: (type ?? fallback).trim().toLowerCase() || fallback, params };
}

function splitParams(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && quoted && i + 1 < value.length) {
      cur += c + value[++i];
      continue;
    }
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function unquote(v: string): string {
  return v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v;
}

/** RFC 2231 `utf-8''caf%C3%A9`; also RFC 2047 words that some mailers put in filenames. */
function decode2231(v: string, encoded: boolean): string {
  if (encoded) {
    const m = /^([^']*)'[^']*'(.*)$/.exec(v);
    if (m) {
      const bytes = Buffer.from(
        m[2]!.replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      );
      return decodeCharset(bytes, m[1] || 'utf-8');
    }
  }
  return decodeEncodedWords(headerText(v));
}

/** The parts of a multipart body between `--boundary` lines (preamble and epilogue dropped). */
export function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = '--' + boundary;
  const parts: string[] = [];
  let pos = body.startsWith(delimiter) ? 0 : body.indexOf('\n' + delimiter);
  if (pos < 0) return [];
  if (!body.startsWith(delimiter)) pos += 1;
  while (pos >= 0) {
    const afterDelim = pos + delimiter.length;
    if (body.startsWith('--', afterDelim)) break; // closing delimiter
    const lineEnd = body.indexOf('\n', afterDelim);
    if (lineEnd < 0) break;
    const next = body.indexOf('\n' + delimiter, lineEnd);
    const end = next < 0 ? body.length : next;
    let part = body.slice(lineEnd + 1, end);
    if (part.endsWith('\r')) part = part.slice(0, -1);
    parts.push(part);
    pos = next < 0 ? -1 : next + 1;
  }
  return parts;
}
