import { htmlToText } from '../files/html';
import { decodeTransfer } from '../files/eml/mime-decode';
import { header, parseContentType, parseEntity, splitMultipart, type MimeEntity } from '../files/eml/mime-parse';
import { decodeCharset } from '../files/text/decode';
import { MessageError } from './message-error';

/** What a message carries: the body as text and its attachments still as bytes. */
export interface MimeContent {
  readonly bodyParts: string[];
  readonly attachments: RawAttachment[];
}

export interface RawAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/** Multipart nesting deeper than this is not a real mail. */
const MAX_DEPTH = 20;

/**
 * Walks the MIME tree: text/plain preferred over its HTML alternative, an HTML-only body converted to
 * text, parts with a file name (or marked as attachments, or forwarded messages) collected as attachments.
 * Throws MessageError for what cannot be read faithfully: a multipart with no boundary, or whose parts
 * are missing or cut short, and text in a charset nobody knows.
 */
export function mimeContent(entity: MimeEntity): MimeContent {
  const content: MimeContent = { bodyParts: [], attachments: [] };
  walk(entity, content, 0);
  return content;
}

function walk(e: MimeEntity, content: MimeContent, depth: number): void {
  if (depth > MAX_DEPTH) throw new MessageError('broken MIME: parts nested too deeply');
  const ct = contentTypeOf(e);
  const disposition = parseContentType(header(e, 'content-disposition'), 'inline');
  const filename = disposition.params.filename ?? ct.params.name;

  if (ct.type.startsWith('multipart/')) {
    const parts = multipartParts(e.body, ct.params.boundary);
    for (const part of ct.type === 'multipart/alternative' ? pickAlternative(parts) : parts) {
      walk(part, content, depth + 1);
    }
    return;
  }
  const attachment = disposition.type === 'attachment' || filename !== undefined || ct.type === 'message/rfc822';
  if (attachment) {
    content.attachments.push({
      filename: cleanName(filename ?? (ct.type === 'message/rfc822' ? 'forwarded message.eml' : 'attachment')),
      contentType: ct.type,
      data: decodeTransfer(e.body, header(e, 'content-transfer-encoding')),
    });
    return;
  }
  if (ct.type === 'text/html') content.bodyParts.push(htmlToText(textOf(e, ct.params.charset)));
  else if (ct.type.startsWith('text/')) content.bodyParts.push(textOf(e, ct.params.charset).replace(/\r\n?/g, '\n'));
  // Inline images and other unnamed binary parts carry no text.
}

/** A Content-Type that is not `type/subtype` is read as text/plain (RFC 2045 5.2). */
function contentTypeOf(e: MimeEntity): { type: string; params: Record<string, string> } {
  const ct = parseContentType(header(e, 'content-type'));
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(ct.type) ? ct : { type: 'text/plain', params: ct.params };
}

function multipartParts(body: string, boundary: string | undefined): MimeEntity[] {
  if (!boundary) throw new MessageError('broken MIME: multipart without a boundary');
  const delimiter = '--' + boundary;
  if (!body.startsWith(delimiter) && !body.includes('\n' + delimiter)) {
    throw new MessageError('broken MIME: boundary not found');
  }
  const close = delimiter + '--';
  if (!body.startsWith(close) && !body.includes('\n' + close)) {
    throw new MessageError('broken MIME: no closing boundary (message cut short?)');
  }
  return splitMultipart(body, boundary).map(parseEntity);
}

/**
 * Of alternative bodies, the plain text when it has any (it is what the sender wrote); else the richest
 * (the last HTML or nested multipart, as RFC 2046 orders them).
 */
function pickAlternative(parts: MimeEntity[]): MimeEntity[] {
  const plain = parts.find((p) => contentTypeOf(p).type === 'text/plain');
  if (plain && textOf(plain, contentTypeOf(plain).params.charset).trim() !== '') return [plain];
  const rich = parts.filter((p) => {
    const type = contentTypeOf(p).type;
    return type === 'text/html' || type.startsWith('multipart/');
  });
  return rich.length > 0 ? [rich[rich.length - 1]!] : parts.filter((p) => p !== plain);
}

const knownCharsets = new Map<string, boolean>();

/** The part's text in its charset; a charset no decoder knows is an error, not a guess. */
function textOf(e: MimeEntity, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase();
  if (!isKnownCharset(label)) {
    throw new MessageError(`unknown charset "${label.replace(/[^\w.:-]/g, '?').slice(0, 40)}"`);
  }
  return decodeCharset(decodeTransfer(e.body, header(e, 'content-transfer-encoding')), label);
}

function isKnownCharset(label: string): boolean {
  if (label === '' || label === 'us-ascii' || label === 'utf-8' || label === 'utf8') return true;
  let known = knownCharsets.get(label);
  if (known === undefined) {
    try {
      new TextDecoder(label);
      known = true;
    } catch {
      known = false;
    }
    if (knownCharsets.size < 1000) knownCharsets.set(label, known);
  }
  return known;
}

const CONTROL = /[\u0000-\u001f\u007f]+/g; // eslint-disable-line no-control-regex

function cleanName(name: string): string {
  return name.replace(CONTROL, ' ').trim().slice(0, 255) || 'attachment';
}
