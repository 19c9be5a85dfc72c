import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ExtractionError, type ExtractLimits } from '../types';
import type { Source } from '../source';
import { formatBytes } from '../limits-text';

/** Entries smaller than this may be as compressible as they like (a few KB of repetitive XML is normal). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * A zip container opened by random access (yauzl reads the central directory from the file, never the
 * whole archive), with bomb guards before inflating (entry count, declared sizes and ratios) and while
 * inflating (actual bytes counted, because declared sizes can lie).
 */
export class GuardedZip {
  private inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ExtractLimits,
  ) {}

  static async open(src: Source, limits: ExtractLimits): Promise<GuardedZip> {
    const options: yauzl.Options = {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    };
    let zip: yauzl.ZipFile;
    try {
      zip = await (src.kind === 'file'
        ? yauzl.openPromise(src.path, options)
        : yauzl.fromBufferPromise(src.data, options));
    } catch (e) {
      throw zipError(e);
    }
    try {
      if (zip.entryCount > limits.maxZipEntries) throw tooManyEntries(limits);
      const entries = await readEntries(zip, limits);
      return new GuardedZip(zip, entries, limits);
    } catch (e) {
      zip.close();
      throw zipError(e);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of one entry, in chunks, aborting as soon as a limit is passed. */
  async *read(name: string): AsyncIterable<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ExtractionError(`corrupt file: ${name} missing`);
    if (entry.isEncrypted()) throw new ExtractionError('encrypted file');
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (e) {
      throw zipError(e);
    }
    let actual = 0;
    try {
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        actual += buf.length;
        this.inflated += buf.length;
        if (this.inflated > this.limits.maxZipExpandedBytes) throw tooBig(this.limits);
        if (actual > RATIO_FLOOR_BYTES && actual > Math.max(entry.compressedSize, 1) * this.limits.maxZipRatio) {
          throw tooCompressed(this.limits);
        }
        yield buf;
      }
    } catch (e) {
      throw zipError(e);
    } finally {
      stream.destroy();
    }
  }

  /** A small entry as text (relationship and manifest parts). */
  async readText(name: string): Promise<string> {
    const parts: Buffer[] = [];
    for await (const chunk of this.read(name)) parts.push(chunk);
    return Buffer.concat(parts).toString('utf8');
  }

  close(): void {
    this.zip.close();
  }
}

function readEntries(zip: yauzl.ZipFile, limits: ExtractLimits): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let declared = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        if (entries.size >= limits.maxZipEntries) throw tooManyEntries(limits);
        declared += entry.uncompressedSize;
        if (declared > limits.maxZipExpandedBytes) throw tooBig(limits);
        if (
          entry.uncompressedSize > RATIO_FLOOR_BYTES &&
          entry.uncompressedSize > Math.max(entry.compressedSize, 1) * limits.maxZipRatio
        ) {
          throw tooCompressed(limits);
        }
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
        zip.readEntry();
      } catch (e) {
        reject(e);
      }
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

const tooManyEntries = (l: ExtractLimits) => new ExtractionError(`zip bomb: more than ${l.maxZipEntries} entries`);
const tooBig = (l: ExtractLimits) =>
  new ExtractionError(`zip bomb: expands beyond ${formatBytes(l.maxZipExpandedBytes)}`);
const tooCompressed = (l: ExtractLimits) => new ExtractionError(`zip bomb: expands more than ${l.maxZipRatio}x`);

/** yauzl and zlib messages mapped to short reasons (theirs can quote bytes or entry names). */
export function zipError(e: unknown): ExtractionError {
  if (e instanceof ExtractionError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return new ExtractionError('file not found');
  if (code === 'EACCES' || code === 'EPERM') return new ExtractionError('permission denied');
  const known: [RegExp, string][] = [
    [/too many bytes in the stream/, 'zip bomb: entry expands beyond its declared size'],
    [/not enough bytes in the stream/, 'corrupt zip: entry shorter than declared'],
    [/end of central directory record signature not found/i, 'corrupt zip: end of central directory not found'],
    [/central directory/i, 'corrupt zip: invalid central directory'],
    [/local file header/i, 'corrupt zip: invalid local file header'],
    [/encrypt/i, 'encrypted file'],
    [/compression method/i, 'corrupt zip: unsupported compression method'],
    [/multi-disk/i, 'corrupt zip: multi-disk archive'],
    [/overflows file bounds|unexpected EOF|comment length/i, 'corrupt zip: truncated'],
    [/invalid|incorrect|unexpected end|Z_DATA_ERROR|Z_BUF_ERROR/i, 'corrupt zip: invalid compressed data'],
  ];
  for (const [re, reason] of known) if (re.test(msg) || re.test(code ?? '')) return new ExtractionError(reason);
  return new ExtractionError('corrupt zip');
}
