import path from 'node:path';
import { htmlToText } from '../html';
import type { Nested } from '../nested';
import { readAll, type Source } from '../source';
import { decodeCharset } from '../text/decode';
import { decodeTransfer } from './mime-decode';
import { displayHeader, header, parseContentType, parseEntity, splitMultipart, type MimeEntity } from './mime-parse';

/** Multipart nesting deeper than this is not a real mail. */
const MAX_DEPTH = 20;
const SHOWN_HEADERS: [string, string][] = [
  ['from', 'From'],
  ['to', 'To'],
  ['cc', 'Cc'],
  ['subject', 'Subject'],
];

/**
 * .eml: From/To/Cc/Subject lines, the text of the body (text/plain preferred over its HTML alternative),
 * then attachments of supported types, each extracted by its own format under the same limits.
 */
export async function* extractEml(src: Source, nested: Nested): AsyncIterable<string> {
  const binary = (await readAll(src)).toString('latin1');
  yield* message(parseEntity(binary), nested, 0);
}

async function* message(msg: MimeEntity, nested: Nested, depth: number): AsyncIterable<string> {
  const lines: string[] = [];
  for (const [name, label] of SHOWN_HEADERS) {
    const v = displayHeader(msg, name);
    if (v) lines.push(`${label}: ${v}`);
  }
  if (lines.length > 0) yield lines.join('\n') + '\n\n';
  yield* entity(msg, nested, depth);
}

async function* entity(e: MimeEntity, nested: Nested, depth: number): AsyncIterable<string> {
  if (depth > MAX_DEPTH) return;
  const ct = parseContentType(header(e, 'content-type'));
  const disposition = parseContentType(header(e, 'content-disposition'), 'inline');
  const filename = disposition.params.filename ?? ct.params.name;

  if (ct.type.startsWith('multipart/')) {
    const boundary = ct.params.boundary;
    if (!boundary) return;
    const parts = splitMultipart(e.body, boundary).map(parseEntity);
    for (const part of ct.type === 'multipart/alternative' ? pickAlternative(parts) : parts) {
      yield* entity(part, nested, depth + 1);
    }
    return;
  }
  const data = () => decodeTransfer(e.body, header(e, 'content-transfer-encoding'));
  if (filename) {
    yield* attachment(filename, data(), nested);
    return;
  }
  if (ct.type === 'message/rfc822') {
    yield* message(parseEntity(data().toString('latin1')), nested, depth + 1);
  } else if (ct.type === 'text/html') {
    yield htmlToText(decodeCharset(data(), ct.params.charset)) + '\n';
  } else if (ct.type.startsWith('text/')) {
    yield decodeCharset(data(), ct.params.charset).replace(/\r\n?/g, '\n') + '\n';
  }
}

/** Of alternative bodies, the plain text one when it has text (it is what the sender wrote), else the rest. */
function pickAlternative(parts: MimeEntity[]): MimeEntity[] {
  const plain = parts.find((p) => parseContentType(header(p, 'content-type')).type === 'text/plain');
  if (
    plain &&
    decodeTransfer(plain.body, header(plain, 'content-transfer-encoding')).toString('latin1').trim() !== ''
  ) {
    return [plain];
  }
  return parts.filter((p) => p !== plain);
}

/** An attachment of a supported type is extracted in memory; one that cannot be read is left out, not fatal. */
async function* attachment(filename: string, data: Buffer, nested: Nested): AsyncIterable<string> {
  const ext = path.extname(filename).toLowerCase();
  if (!nested.supports(ext)) return;
  yield `Attachment: ${filename.replace(/[\r\n]+/g, ' ')}\n`;
  try {
    for await (const text of nested.extract(data, ext)) yield text;
  } catch {
    // The message body is still worth scanning when one attachment is corrupt, encrypted or a bomb.
  }
  yield '\n';
}
