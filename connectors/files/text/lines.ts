import { readChunks, type Source } from '../source';
import { TextStreamDecoder } from './decode';

const MAX_LINE_CHARS = 1_000_000;

/** Decoded text of a source in chunks (no line alignment). */
export async function* decodedChunks(src: Source): AsyncIterable<string> {
  const decoder = new TextStreamDecoder();
  for await (const chunk of readChunks(src)) {
    const text = decoder.push(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Complete lines (without line endings), a batch per chunk read. */
export async function* lineBatches(src: Source): AsyncIterable<string[]> {
  let partial = '';
  for await (const text of decodedChunks(src)) {
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    // A "line" of megabytes (a minified dump) is cut, so re-splitting it stays linear.
    if (partial.length > MAX_LINE_CHARS) {
      lines.push(partial);
      partial = '';
    }
    if (lines.length > 0) yield lines.map(stripCr);
  }
  if (partial) yield [stripCr(partial)];
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
