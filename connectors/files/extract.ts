import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extractEml } from './eml/eml';
import { htmlToText } from './html';
import { extractJson } from './json';
import { formatBytes, formatSeconds } from './limits-text';
import type { Nested } from './nested';
import { extractDocx } from './office/docx';
import { extractOdf } from './office/odf';
import { extractPptx } from './office/pptx';
import { extractXlsx } from './office/xlsx';
import { extractPdf } from './pdf/extract-pdf';
import { memorySource, readAll, readHead, type Source } from './source';
import { extractDelimited } from './text/csv';
import { decodeCharset, decodeText } from './text/decode';
import { extractPlain } from './text/plain';
import { DEFAULT_LIMITS, ExtractionError, type ExtractLimits } from './types';
import { GuardedZip } from './zip/guarded-zip';

/** Segments handed to the scanner are at most this long, cut at a line break where there is one. */
export const MAX_SEGMENT_CHARS = 1_000_000;
/** An e-mail inside an e-mail inside an e-mail is as deep as attachments are followed. */
const MAX_NESTING = 3;

interface Context {
  limits: ExtractLimits;
  nested: Nested;
}

type Extractor = (src: Source, ctx: Context) => AsyncIterable<string>;

const EXTRACTORS: Record<string, Extractor> = {
  '.txt': (src) => extractPlain(src),
  '.md': (src) => extractPlain(src),
  '.csv': (src) => extractDelimited(src, '.csv'),
  '.tsv': (src) => extractDelimited(src, '.tsv'),
  '.html': (src) => extractHtml(src),
  '.htm': (src) => extractHtml(src),
  '.json': (src) => extractJson(src),
  '.eml': (src, ctx) => extractEml(src, ctx.nested),
  '.docx': (src, ctx) => fromZip(src, ctx, extractDocx),
  '.xlsx': (src, ctx) => fromZip(src, ctx, extractXlsx),
  '.pptx': (src, ctx) => fromZip(src, ctx, extractPptx),
  '.odt': (src, ctx) => fromZip(src, ctx, (zip) => extractOdf(zip, 'odt')),
  '.ods': (src, ctx) => fromZip(src, ctx, (zip) => extractOdf(zip, 'ods')),
  '.odp': (src, ctx) => fromZip(src, ctx, (zip) => extractOdf(zip, 'odp')),
  '.pdf': (src, ctx) => extractPdf(src, ctx.limits),
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTRACTORS);

export function isSupported(ext: string): boolean {
  return Object.hasOwn(EXTRACTORS, ext.toLowerCase());
}

/**
 * The text of one file as segments, bounded in size, time and memory. Throws ExtractionError (also
 * while iterating) with a short reason that never quotes the file.
 */
export async function* extractText(filePath: string, limits: ExtractLimits = DEFAULT_LIMITS): AsyncIterable<string> {
  const ext = path.extname(filePath).toLowerCase();
  const extractor = EXTRACTORS[ext];
  if (!Object.hasOwn(EXTRACTORS, ext) || !extractor) throw new ExtractionError('unsupported file type');
  let size: number;
  try {
    const st = await stat(filePath);
    if (!st.isFile()) throw new ExtractionError('not a regular file');
    size = st.size;
  } catch (e) {
    throw toExtractionError(e, ext);
  }
  if (size > limits.maxFileBytes)
    throw new ExtractionError(`file larger than ${formatBytes(limits.maxFileBytes)} (limit)`);
  if (size === 0) return;
  const ctx: Context = { limits, nested: nestedFor(limits, 1) };
  yield* bounded(extractor({ kind: 'file', path: filePath, size }, ctx), limits, ext);
}

/**
 * The text of a file held in memory (an attachment handed over by a mail source), with the same
 * extractors and the same limits as `extractText`. `ext` names its type, e.g. ".docx".
 */
export async function* extractBuffer(
  data: Buffer,
  ext: string,
  limits: ExtractLimits = DEFAULT_LIMITS,
): AsyncIterable<string> {
  const e = ext.toLowerCase();
  const extractor = EXTRACTORS[e];
  if (!Object.hasOwn(EXTRACTORS, e) || !extractor) throw new ExtractionError('unsupported file type');
  if (data.length > limits.maxFileBytes)
    throw new ExtractionError(`file larger than ${formatBytes(limits.maxFileBytes)} (limit)`);
  if (data.length === 0) return;
  yield* bounded(extractor(memorySource(data), { limits, nested: nestedFor(limits, 2) }), limits, e);
}

/** Attachments are extracted by the same table of formats, in memory, one level deeper each time. */
function nestedFor(limits: ExtractLimits, depth: number): Nested {
  return {
    supports: (ext) => depth <= MAX_NESTING && isSupported(ext),
    extract: (data, ext) => {
      const extractor = EXTRACTORS[ext.toLowerCase()];
      if (!extractor || depth > MAX_NESTING) throw new ExtractionError('unsupported file type');
      if (data.length > limits.maxFileBytes) throw new ExtractionError('attachment larger than the file limit');
      if (data.length === 0) return (async function* () {})();
      return extractor(memorySource(data), { limits, nested: nestedFor(limits, depth + 1) });
    },
  };
}

async function* fromZip(
  src: Source,
  ctx: Context,
  read: (zip: GuardedZip) => AsyncIterable<string>,
): AsyncIterable<string> {
  const magic = await readHead(src, 8);
  // Password-protected OOXML and legacy .doc/.xls are OLE compound files, whatever their extension.
  if (magic.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ExtractionError('encrypted or legacy Office file');
  }
  const zip = await GuardedZip.open(src, ctx.limits);
  try {
    yield* read(zip);
  } finally {
    zip.close();
  }
}

async function* extractHtml(src: Source): AsyncIterable<string> {
  const bytes = await readAll(src);
  yield htmlToText(decodeHtml(bytes));
}

/** UTF-8 (or a BOM) unless the bytes are not UTF-8; then the charset the page declares, else latin1. */
function decodeHtml(bytes: Buffer): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return decodeText(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'));
    return decodeCharset(bytes, declared?.[1] ?? 'windows-1252');
  }
}

/**
 * Size, time and failure bounds around any extractor: segments of at most MAX_SEGMENT_CHARS, text
 * beyond maxTextChars dropped, busy time (not the caller's) limited, and every failure an ExtractionError.
 */
async function* bounded(inner: AsyncIterable<string>, limits: ExtractLimits, ext: string): AsyncIterable<string> {
  const it = inner[Symbol.asyncIterator]();
  let busyMs = 0;
  let chars = 0;
  let finished = false;
  try {
    while (true) {
      const started = Date.now();
      const r = await withBudget(it.next(), limits.timeoutMs - busyMs, limits.timeoutMs, ext);
      busyMs += Date.now() - started;
      if (r.done) {
        finished = true;
        return;
      }
      for (let piece of segments(r.value)) {
        if (chars + piece.length > limits.maxTextChars) piece = piece.slice(0, limits.maxTextChars - chars);
        chars += piece.length;
        if (piece) yield piece;
        if (chars >= limits.maxTextChars) return;
      }
    }
  } finally {
    // A generator stuck in an await cannot be stopped by return(); let it settle on its own.
    if (!finished) void Promise.resolve(it.return?.()).catch(() => undefined);
  }
}

async function withBudget<T>(p: Promise<T>, budgetMs: number, limitMs: number, ext: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExtractionError(`timed out after ${formatSeconds(limitMs)}`)),
      Math.max(0, budgetMs),
    );
  });
  try {
    return await Promise.race([p.catch((e: unknown) => Promise.reject(toExtractionError(e, ext))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function* segments(text: string): Iterable<string> {
  let start = 0;
  while (text.length - start > MAX_SEGMENT_CHARS) {
    const nl = text.lastIndexOf('\n', start + MAX_SEGMENT_CHARS - 1);
    const end = nl >= start + MAX_SEGMENT_CHARS / 2 ? nl + 1 : start + MAX_SEGMENT_CHARS;
    yield text.slice(start, end);
    start = end;
  }
  if (start < text.length) yield start === 0 ? text : text.slice(start);
}

/** Any failure as a short reason: ours as they are, the system's by code, the rest as "corrupt <format>". */
export function toExtractionError(e: unknown, ext: string): ExtractionError {
  if (e instanceof ExtractionError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new ExtractionError('file not found');
  if (code === 'EACCES' || code === 'EPERM') return new ExtractionError('permission denied');
  if (code === 'EISDIR') return new ExtractionError('not a regular file');
  if (code === 'EMFILE' || code === 'ENFILE') return new ExtractionError('too many open files');
  if (code === 'EIO') return new ExtractionError('read error');
  if (e instanceof RangeError && /memory|Array buffer|Invalid string length/i.test(e.message)) {
    return new ExtractionError('file too large to process');
  }
  return new ExtractionError(`corrupt ${ext.replace(/^\./, '')} file`);
}
