/**
 * Splits an mbox byte stream into messages as the bytes arrive, so a 1 GB Google Vault or Takeout export
 * is read in constant memory. A message starts at a "From " line at the start of a line that looks like an
 * envelope line (`From 1589370123456789012@xxx Wed May 13 12:34:56 +0000 2020`): writers that escape
 * body lines (mboxo, mboxrd) guarantee that no body line starts with "From ", and the date shape keeps an
 * unescaped "From 3:30 the pitch is closed" from splitting a message where a careless writer left one.
 */

import { formatBytes } from '../files/limits-text';

/** One message of an mbox: its raw RFC 5322 bytes, or why it was skipped. */
export type MboxItem =
  | {
      readonly raw: Buffer;
      /** Position in the file, from 1, as people count. */
      readonly index: number;
      /** Byte offset of the message's "From " line (or of the message, when the file has none). */
      readonly offset: number;
      /** The envelope line without "From " and the line break, e.g. `123@xxx Wed May 13 12:34:56 +0000 2020`. */
      readonly envelope?: string;
    }
  | { readonly error: string; readonly index: number; readonly offset: number };

export const DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

const FROM = Buffer.from('From ');
const NL_FROM = Buffer.from('\nFrom ');
/** An envelope line is short; a longer "From " line is body text, whatever else it holds. */
const MAX_ENVELOPE_BYTES = 1024;
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const TIME = /\b\d{1,2}:\d{2}\b/;

/** `From <sender> <asctime date>`: a sender token, then a month name and a time of day somewhere after it. */
export function isEnvelopeLine(line: string): boolean {
  const m = /^From \S+ +(.*)$/.exec(line);
  return m !== null && MONTH.test(m[1]!) && TIME.test(m[1]!);
}

interface Current {
  readonly index: number;
  readonly offset: number;
  readonly envelope?: string;
  parts: Buffer[];
  bytes: number;
  oversize: boolean;
}

export class MboxSplitter {
  private current: Current | null = null;
  private count = 0;
  /** Bytes kept from the last chunk because they may be the start of a "From " line. */
  private carry: Buffer = Buffer.alloc(0);
  /** Whether the next byte pushed starts a line. */
  private atLineStart = true;
  /** File offset of the next byte pushed. */
  private consumed = 0;

  constructor(private readonly maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES) {}

  /** Feeds the next bytes; returns the messages they completed. */
  push(chunk: Buffer): MboxItem[] {
    const out: MboxItem[] = [];
    const carried = this.carry.length;
    const buf = carried > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const base = this.consumed - carried;
    this.consumed += chunk.length;
    this.carry = Buffer.alloc(0);
    const lineStartAt0 = this.atLineStart;

    let taken = 0; // bytes of buf already given to a message
    let candidate = lineStartAt0 && startsWithFrom(buf, 0) ? 0 : nextCandidate(buf, 0);
    while (candidate >= 0) {
      const eol = buf.indexOf(0x0a, candidate);
      if (eol < 0) {
        if (buf.length - candidate <= MAX_ENVELOPE_BYTES) {
          // The line goes on in the next chunk: decide then.
          this.append(buf.subarray(taken, candidate), base + taken);
          this.carry = Buffer.from(buf.subarray(candidate));
          this.atLineStart = true;
          return out;
        }
        break;
      }
      if (eol - candidate <= MAX_ENVELOPE_BYTES) {
        const line = buf.toString('latin1', candidate, eol).replace(/\r$/, '');
        if (isEnvelopeLine(line)) {
          this.append(buf.subarray(taken, candidate), base + taken);
          this.finish(out);
          this.start(base + candidate, line.slice(FROM.length));
          taken = eol + 1;
        }
      }
      candidate = nextCandidate(buf, eol);
    }

    // Keep a possible beginning of "From " at the very end (a line start with fewer than 5 bytes after it).
    const lastNl = buf.lastIndexOf(0x0a);
    const lineStart = lastNl >= 0 ? lastNl + 1 : lineStartAt0 ? 0 : -1;
    if (lineStart >= taken && lineStart >= 0 && buf.length - lineStart < FROM.length) {
      const tail = buf.subarray(lineStart);
      if (FROM.subarray(0, tail.length).equals(tail)) {
        this.append(buf.subarray(taken, lineStart), base + taken);
        this.carry = Buffer.from(tail);
        this.atLineStart = true;
        return out;
      }
    }
    this.append(buf.subarray(taken), base + taken);
    this.atLineStart = buf.length > 0 ? buf[buf.length - 1] === 0x0a : this.atLineStart;
    return out;
  }

  /** The end of the file: the last message, however it ends (a truncated one is passed on as it is). */
  end(): MboxItem[] {
    const out: MboxItem[] = [];
    if (this.carry.length > 0) this.append(this.carry, this.consumed - this.carry.length);
    this.carry = Buffer.alloc(0);
    this.finish(out);
    return out;
  }

  private start(offset: number, envelope?: string): void {
    this.count += 1;
    this.current = {
      index: this.count,
      offset,
      ...(envelope !== undefined ? { envelope } : {}),
      parts: [],
      bytes: 0,
      oversize: false,
    };
  }

  private append(bytes: Buffer, offset: number): void {
    if (bytes.length === 0) return;
    if (this.current === null) {
      // Text before the first "From " line: blank lines are nothing; anything else is read as a message,
      // so an .eml saved with an .mbox name is still checked.
      if (isBlank(bytes)) return;
      this.start(offset);
    }
    const c = this.current!;
    c.bytes += bytes.length;
    if (c.oversize) return;
    if (c.bytes > this.maxMessageBytes) {
      c.oversize = true;
      c.parts = [];
      return;
    }
    // A view into the stream's chunk: finish() copies the message out, so the chunk is let go then.
    c.parts.push(bytes);
  }

  private finish(out: MboxItem[]): void {
    const c = this.current;
    this.current = null;
    if (c === null) return;
    if (c.oversize) {
      out.push({
        error: `message larger than ${formatBytes(this.maxMessageBytes)}; skipped`,
        index: c.index,
        offset: c.offset,
      });
      return;
    }
    let raw = c.parts.length === 1 ? Buffer.from(c.parts[0]!) : Buffer.concat(c.parts, c.bytes);
    // The line break before the next "From " line separates messages; it is not part of the last one.
    let end = raw.length;
    if (end > 0 && raw[end - 1] === 0x0a) end -= 1;
    if (end > 0 && raw[end - 1] === 0x0d) end -= 1;
    raw = raw.subarray(0, end);
    out.push({
      raw: unescapeFromLines(raw),
      index: c.index,
      offset: c.offset,
      ...(c.envelope !== undefined ? { envelope: c.envelope } : {}),
    });
  }
}

function startsWithFrom(buf: Buffer, at: number): boolean {
  return buf.length - at >= FROM.length && buf.compare(FROM, 0, FROM.length, at, at + FROM.length) === 0;
}

function nextCandidate(buf: Buffer, from: number): number {
  const i = buf.indexOf(NL_FROM, from);
  return i < 0 ? -1 : i + 1;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09) return false;
  return true;
}

/**
 * mboxrd: a body line that starts with ">From ", ">>From "... had one ">" added when it was written; take
 * it off. (mboxo escaped only "From " itself; reading its ">From " lines this way is right for those too.)
 */
export function unescapeFromLines(raw: Buffer): Buffer {
  if (raw.indexOf('>From ') < 0) return raw;
  const text = raw.toString('latin1');
  return Buffer.from(text.replace(/(^|\n)>(>*From )/g, '$1$2'), 'latin1');
}
