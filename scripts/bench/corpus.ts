/** The benchmark corpus: documents of every kind, joined as one text, with the answer key of planted values. */
import { Random } from '../../connectors/sample-school/random';
import { DocBuilder, type Planted } from './doc-builder';
import { KINDS } from './documents';
import { World } from './world';

export interface CorpusDocument {
  readonly text: string;
  /** Offsets within `text`. */
  readonly planted: readonly Planted[];
}

export interface Corpus {
  readonly text: string;
  readonly documents: readonly CorpusDocument[];
}

/** Documents from a seeded generator until `targetChars` is reached; the same arguments give the same text. */
export function generateCorpus(targetChars: number, seed = 'sos-bench-1'): Corpus {
  const rng = new Random(0, seed);
  const documents: CorpusDocument[] = [];
  let size = 0;
  // A new school every so often, as a trust's shared drive would have.
  let world = new World(rng);
  while (size < targetChars) {
    if (rng.chance(0.02)) world = new World(rng);
    const d = new DocBuilder();
    rng.weighted(KINDS)(d, world);
    const text = d.text();
    documents.push({ text, planted: d.planted });
    size += text.length + 1;
  }
  return { text: documents.map((doc) => doc.text).join('\n'), documents };
}

/** Pieces of about `chars` characters, cut after a newline, as the file extractors hand text to the scanner. */
export function segmentsOf(text: string, chars = 1_000_000): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > chars) {
    const nl = text.lastIndexOf('\n', start + chars);
    const end = nl > start ? nl + 1 : start + chars;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
