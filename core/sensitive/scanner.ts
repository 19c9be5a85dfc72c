import type { Candidate, Detector } from './detector';
import { IDENTIFIER_DETECTORS } from './detectors';
import { specialCategoryScanner } from './special';
import { namesIn } from './special/person-anchor';
import { normaliseTextTables, textTablePieces } from './text-tables';
import {
  type Confidence,
  confidenceRank,
  type Finding,
  type Match,
  type SensitiveType,
  SENSITIVE_TYPES,
} from './types';

export interface ScanOptions {
  /** Types to look for; all by default. */
  readonly types?: readonly SensitiveType[];
}

/** Every sensitive value in `text`, masked. Pure: the same text always gives the same matches. */
export function scanText(raw: string, options: ScanOptions = {}): Match[] {
  return scanPieces(piecesOf(raw), wantedTypes(options), EMPTY_CONTEXT);
}

interface Wanted {
  readonly types: ReadonlySet<SensitiveType>;
  readonly special: boolean;
}
const ALL_TYPES: Wanted = { types: new Set(SENSITIVE_TYPES), special: true };
function wantedTypes(options: ScanOptions): Wanted {
  if (!options.types) return ALL_TYPES;
  const types = new Set(options.types);
  return { types, special: specialCategoryScanner.types.some((t) => types.has(t)) };
}

/** Line ends to \n, and plain-text tables to labelled rows. Offsets of matches refer to this text. */
export function normaliseText(raw: string): string {
  return normaliseTextTables(unixLineEnds(raw));
}

const unixLineEnds = (raw: string) => (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
const piecesOf = (raw: string) => textTablePieces(unixLineEnds(raw));

/** What a segment knows of the text before it: the names used there in full. */
interface SegmentContext {
  readonly names: ReadonlySet<string>;
}
const EMPTY_CONTEXT: SegmentContext = { names: new Set() };

/**
 * Scans each piece (a stretch of text or a rendered table) on its own, with offsets as if the pieces
 * were one string: joining them would copy the whole segment, which costs more than scanning it.
 */
function scanPieces(pieces: readonly string[], wanted: Wanted, context: SegmentContext): Match[] {
  const matches: Match[] = [];
  let offset = 0;
  for (const piece of pieces) {
    for (const m of scanPiece(piece, wanted, context)) {
      matches.push(offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset });
    }
    offset += piece.length;
  }
  return matches;
}

function scanPiece(text: string, { types: wanted, special: wantSpecial }: Wanted, context: SegmentContext): Match[] {
  const taken = new TakenSpans();
  const matches: Match[] = [];
  for (const detector of IDENTIFIER_DETECTORS) {
    // Identifiers that anchor a special category to a person are looked for even when not asked for.
    if (!wanted.has(detector.type) && !(wantSpecial && ANCHOR_TYPES.has(detector.type))) continue;
    taken.nextDetector();
    // In order of start: the overlap check searches each detector's list by position.
    for (const c of detector.detect(text).sort((x, y) => x.start - y.start)) {
      // A number already claimed by a more specific detector (an IBAN's digits, a UPN) is not also a phone.
      if (taken.overlapsStronger(c)) continue;
      taken.add(c);
      if (wanted.has(detector.type)) matches.push(toMatch(detector, c));
    }
  }
  if (wantSpecial) {
    const anchors = taken.all().filter((c) => c.confidence !== 'low');
    for (const c of specialCategoryScanner.detect(text, anchors, context.names)) {
      if (!wanted.has(c.type)) continue;
      matches.push({
        type: c.type,
        start: c.start,
        end: c.end,
        confidence: c.confidence,
        masked: specialCategoryScanner.mask(c.value),
      });
    }
  }
  return matches;
}

/**
 * Spans already claimed, one list per detector in the order it found them (by start), so an overlap
 * check is a binary search in each earlier detector's list, and adding never moves anything.
 */
class TakenSpans {
  private lists: { spans: Candidate[]; longest: number }[] = [];
  private current: { spans: Candidate[]; longest: number } | null = null;

  /** Candidates added from now on come from the next detector. */
  nextDetector(): void {
    this.current = { spans: [], longest: 0 };
    this.lists.push(this.current);
  }

  add(c: Candidate): void {
    const list = this.current!;
    list.spans.push(c);
    if (c.end - c.start > list.longest) list.longest = c.end - c.start;
  }

  overlapsStronger(c: Candidate): boolean {
    for (const list of this.lists) {
      if (list === this.current) continue;
      const spans = list.spans;
      // The first span starting at or after c.end; any overlap lies before it.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.start < c.end) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0; i--) {
        const t = spans[i]!;
        if (t.start < c.start - list.longest) break;
        if (t.end > c.start && confidenceRank[t.confidence] >= confidenceRank[c.confidence]) return true;
      }
    }
    return false;
  }

  all(): Candidate[] {
    return this.lists.flatMap((l) => l.spans);
  }
}

/** Identifiers that tie a row or sentence to one person. */
const ANCHOR_TYPES = new Set<SensitiveType>([
  'upn',
  'uln',
  'nhs_number',
  'ni_number',
  'date_of_birth',
  'passport_number',
]);

function toMatch(detector: Detector, c: Candidate): Match {
  return { type: detector.type, start: c.start, end: c.end, confidence: c.confidence, masked: detector.mask(c.value) };
}

export interface FileScanner {
  /** Feed the next segment of the file's text. */
  add(segment: string): void;
  /** One finding per type seen: the highest confidence, how many, a few distinct masked examples. */
  findings(): Finding[];
}

const CARRY_CHARS = 2000;

/** The last whole lines of a text, up to `max` characters. */
function tail(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.indexOf('\n', text.length - max);
  return cut === -1 ? '' : text.slice(cut + 1);
}

interface Tally {
  confidence: Confidence;
  count: number;
  examples: string[];
}

/**
 * Accumulates matches over the segments of one file. Only counts and masked examples are kept, so memory
 * does not grow with the file. Segments arrive whole-line, so a value never straddles two of them.
 */
export function createFileScanner(options: ScanOptions & { maxExamples?: number } = {}): FileScanner {
  const maxExamples = options.maxExamples ?? 3;
  const tallies = new Map<SensitiveType, Map<Confidence, Tally>>();
  const wanted = wantedTypes(options);
  // The end of the previous segment is context for the next (an email's subject line names the pupil its
  // body talks about): the names used there in full count as known names.
  let context = EMPTY_CONTEXT;
  return {
    add(segment) {
      const pieces = piecesOf(segment);
      const found = scanPieces(pieces, wanted, context);
      context = { names: namesIn(tail(pieces[pieces.length - 1] ?? '', CARRY_CHARS)) };
      for (const m of found) {
        let byConf = tallies.get(m.type);
        if (!byConf) tallies.set(m.type, (byConf = new Map()));
        let t = byConf.get(m.confidence);
        if (!t) byConf.set(m.confidence, (t = { confidence: m.confidence, count: 0, examples: [] }));
        t.count++;
        if (t.examples.length < maxExamples && !t.examples.includes(m.masked)) t.examples.push(m.masked);
      }
    },
    findings() {
      const out: Finding[] = [];
      for (const type of SENSITIVE_TYPES) {
        const byConf = tallies.get(type);
        if (!byConf) continue;
        out.push(...summarise(type, byConf, maxExamples));
      }
      return out;
    },
  };
}

/**
 * One finding per type at its best confidence. Weaker guesses are counted in only when nothing stronger
 * exists, so "3 high" means three values a person would agree are real.
 */
function summarise(type: SensitiveType, byConf: Map<Confidence, Tally>, maxExamples: number): Finding[] {
  const levels = [...byConf.keys()].sort((a, b) => confidenceRank[b] - confidenceRank[a]);
  const best = levels[0]!;
  const floor = best === 'low' ? 'low' : 'medium';
  const counted = levels.filter((l) => confidenceRank[l] >= confidenceRank[floor]);
  const count = counted.reduce((n, l) => n + byConf.get(l)!.count, 0);
  const examples: string[] = [];
  for (const level of counted) {
    for (const e of byConf.get(level)!.examples)
      if (examples.length < maxExamples && !examples.includes(e)) examples.push(e);
  }
  return [{ type, confidence: best, count, examples }];
}
