/** Which of the sixteen types each tool finds, checked against the values the generator planted. */
import type { CorpusDocument } from './corpus';
import { type Planted, SENSITIVE_TYPES, type SensitiveType } from './doc-builder';
import type { Hit, Tool } from './tools';

export interface Coverage {
  readonly tool: string;
  readonly planted: Record<SensitiveType, number>;
  /** Planted values a hit of the same type overlaps. */
  readonly caught: Record<SensitiveType, number>;
  /** Types with at least one hit anywhere in the corpus, planted or not. */
  readonly anyHit: ReadonlySet<SensitiveType>;
  /** Documents whose output could not be mapped back (their planted values count as missed). */
  readonly unmapped: number;
  /** Planted values that could not be found again in the tool's frame (counted as missed). */
  readonly unlocated: number;
}

const zeros = () => Object.fromEntries(SENSITIVE_TYPES.map((t) => [t, 0])) as Record<SensitiveType, number>;

/** The planted spans moved into `frame` (the same text, or one whose tables were rendered as rows). */
function locate(doc: CorpusDocument, frame: string): (Planted | null)[] {
  const planted = [...doc.planted].sort((a, b) => a.start - b.start);
  if (frame === doc.text) return planted;
  let cursor = 0;
  return planted.map((p) => {
    const value = doc.text.slice(p.start, p.end);
    let at = frame.indexOf(value, cursor);
    if (at < 0) at = frame.indexOf(value);
    if (at < 0) return null;
    cursor = at + value.length;
    return { type: p.type, start: at, end: at + value.length };
  });
}

const SPECIAL = new Set<SensitiveType>(['health', 'sen', 'safeguarding']);

/**
 * A health, SEN or safeguarding cell stands for its table row: the row is the passage the scanner judges
 * and reports once, at its first term (which may be the column header).
 */
function widenToRow(p: Planted, frame: string): Planted {
  if (!SPECIAL.has(p.type)) return p;
  const start = frame.lastIndexOf('\n', p.start - 1) + 1;
  let end = frame.indexOf('\n', p.end);
  if (end < 0) end = frame.length;
  return frame.slice(start, end).includes(' | ') ? { type: p.type, start, end } : p;
}

const overlaps = (h: Hit, p: Planted) => h.type === p.type && h.start < p.end && p.start < h.end;

export function measureCoverage(tool: Tool, documents: readonly CorpusDocument[]): Coverage {
  const planted = zeros();
  const caught = zeros();
  const anyHit = new Set<SensitiveType>();
  let unmapped = 0;
  let unlocated = 0;
  for (const doc of documents) {
    for (const p of doc.planted) planted[p.type]++;
    const hits = tool.hits(doc.text);
    if (!hits) {
      unmapped++;
      continue;
    }
    for (const h of hits) anyHit.add(h.type);
    const frame = tool.frame(doc.text);
    for (const p of locate(doc, frame)) {
      if (!p) {
        unlocated++;
        continue;
      }
      const span = widenToRow(p, frame);
      if (hits.some((h) => overlaps(h, span))) caught[p.type]++;
    }
  }
  return { tool: tool.name, planted, caught, anyHit, unmapped, unlocated };
}

/** Types with at least one planted value caught. */
export function typesCaught(c: Coverage): SensitiveType[] {
  return SENSITIVE_TYPES.filter((t) => c.caught[t] > 0);
}
