import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Where the bytes of one file come from: disk, or memory (an e-mail attachment). */
export type Source =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'memory'; readonly data: Buffer; readonly size: number };

export const CHUNK_BYTES = 64 * 1024;

export function memorySource(data: Buffer): Source {
  return { kind: 'memory', data, size: data.length };
}

/** The bytes in chunks, so a large file never sits in memory whole. */
export async function* readChunks(src: Source): AsyncIterable<Buffer> {
  if (src.kind === 'memory') {
    for (let i = 0; i < src.data.length; i += CHUNK_BYTES) yield src.data.subarray(i, i + CHUNK_BYTES);
    return;
  }
  for await (const chunk of createReadStream(src.path, { highWaterMark: CHUNK_BYTES })) yield chunk as Buffer;
}

/** The whole file, for formats that must be parsed at once (JSON, HTML, e-mail); callers cap the size first. */
export async function readAll(src: Source): Promise<Buffer> {
  if (src.kind === 'memory') return src.data;
  const parts: Buffer[] = [];
  for await (const chunk of readChunks(src)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** The first `n` bytes (magic numbers). */
export async function readHead(src: Source, n: number): Promise<Buffer> {
  if (src.kind === 'memory') return src.data.subarray(0, n);
  const fh = await open(src.path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
