import { DEFAULT_LIMITS, ExtractionError, type ExtractLimits } from '../files';
import { htmlToText } from '../files/html';
import { extractJson } from '../files/json';
import { extractDocx } from '../files/office/docx';
import { extractOdf } from '../files/office/odf';
import { extractPptx } from '../files/office/pptx';
import { extractXlsx } from '../files/office/xlsx';
import { extractPdf } from '../files/pdf/extract-pdf';
import { memorySource, type Source } from '../files/source';
import { extractDelimited } from '../files/text/csv';
import { decodeText } from '../files/text/decode';
import { extractPlain } from '../files/text/plain';
import { GuardedZip } from '../files/zip/guarded-zip';

/** Bounds on what one attachment may cost: mail rules need the gist of a document, not all of a textbook. */
export interface AttachmentLimits {
  readonly maxBytes: number;
  readonly maxChars: number;
  readonly timeoutMs: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxChars: 200_000,
  timeoutMs: 20_000,
};

type Extractor = (src: Source, limits: ExtractLimits) => AsyncIterable<string>;

async function* fromZip(
  src: Source,
  limits: ExtractLimits,
  read: (zip: GuardedZip) => AsyncIterable<string>,
): AsyncIterable<string> {
  const zip = await GuardedZip.open(src, limits);
  try {
    yield* read(zip);
  } finally {
    zip.close();
  }
}

/** The file formats `sos scan` reads, from memory, by the same extractors (an e-mail inside mail is walked as MIME). */
const EXTRACTORS: Record<string, Extractor> = {
  '.txt': (src) => extractPlain(src),
  '.md': (src) => extractPlain(src),
  '.csv': (src) => extractDelimited(src, '.csv'),
  '.tsv': (src) => extractDelimited(src, '.tsv'),
  '.json': (src) => extractJson(src),
  '.html': (src) => htmlFrom(src),
  '.htm': (src) => htmlFrom(src),
  '.docx': (src, l) => fromZip(src, l, extractDocx),
  '.xlsx': (src, l) => fromZip(src, l, extractXlsx),
  '.pptx': (src, l) => fromZip(src, l, extractPptx),
  '.odt': (src, l) => fromZip(src, l, (z) => extractOdf(z, 'odt')),
  '.ods': (src, l) => fromZip(src, l, (z) => extractOdf(z, 'ods')),
  '.odp': (src, l) => fromZip(src, l, (z) => extractOdf(z, 'odp')),
  '.pdf': (src, l) => extractPdf(src, l),
};

async function* htmlFrom(src: Source): AsyncIterable<string> {
  if (src.kind === 'memory') yield htmlToText(decodeText(src.data));
}

export function attachmentSupported(ext: string): boolean {
  return Object.hasOwn(EXTRACTORS, ext.toLowerCase());
}

/**
 * The text of an attachment of a supported type, cut at `maxChars`; '' for other types, for one over
 * `maxBytes`, and for one that cannot be read (corrupt, encrypted, a zip bomb, too slow): the message's
 * own text is still worth checking.
 */
export async function attachmentText(
  data: Buffer,
  ext: string,
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): Promise<string> {
  const extractor = EXTRACTORS[ext.toLowerCase()];
  if (!extractor || !Object.hasOwn(EXTRACTORS, ext.toLowerCase()) || data.length === 0) return '';
  if (data.length > limits.maxBytes) return '';
  const extractLimits: ExtractLimits = {
    ...DEFAULT_LIMITS,
    maxFileBytes: limits.maxBytes,
    timeoutMs: limits.timeoutMs,
  };
  const it = extractor(memorySource(data), extractLimits)[Symbol.asyncIterator]();
  const deadline = Date.now() + limits.timeoutMs;
  let text = '';
  let finished = false;
  try {
    while (text.length < limits.maxChars) {
      const r = await beforeDeadline(it.next(), deadline);
      if (r.done) {
        finished = true;
        break;
      }
      text += r.value;
    }
  } catch {
    return '';
  } finally {
    if (!finished) void Promise.resolve(it.return?.()).catch(() => undefined);
  }
  return text.slice(0, limits.maxChars);
}

async function beforeDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractionError('timed out')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
