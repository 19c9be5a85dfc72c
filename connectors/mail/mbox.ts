import { createReadStream } from 'node:fs';
import { DEFAULT_MAX_MESSAGE_BYTES, MboxSplitter, type MboxItem } from './mbox-splitter';

export { DEFAULT_MAX_MESSAGE_BYTES, type MboxItem } from './mbox-splitter';

export interface MboxOptions {
  /** A message larger than this is reported and skipped without being held whole. */
  readonly maxMessageBytes?: number;
  /** Read size; memory use is about this plus the largest message. */
  readonly chunkBytes?: number;
}

/**
 * The messages of an mbox file, one at a time, read from disk as they are consumed: the stream pauses
 * while the caller works on a message, so memory stays flat however large the export.
 */
export async function* readMbox(path: string, options: MboxOptions = {}): AsyncIterable<MboxItem> {
  const splitter = new MboxSplitter(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1024 * 1024 });
  try {
    for await (const chunk of stream) yield* splitter.push(chunk as Buffer);
    yield* splitter.end();
  } finally {
    // A caller that stops early (an error, `head`) must not leave the file open.
    stream.destroy();
  }
}
