/**
 * Finds many phrases in one pass (Aho–Corasick over lower-cased ASCII). Each phrase has a literal
 * trigger; a trigger hit is then confirmed by the phrase's own regex in a small window around it. A big
 * case-insensitive regex alternation is tried at every position of the text and is the slowest part of a
 * scan; this loop looks at each character once.
 */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index into the matcher's terms, then its codes. */
  readonly term: number;
}

// a-z, any digit, white space, apostrophe, hyphen, anything else. A power of two, so a state times the
// alphabet size is a shift. Digits and punctuation share classes: the phrase's own regex confirms a hit.
const ALPHABET = 32;
const SHIFT = 5;
function classOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65; // fold upper case
  if (c >= 48 && c <= 57) return 26;
  if (c === 32 || c === 10 || c === 9 || c === 160) return 27;
  if (c === 39 || c === 8217) return 28;
  if (c === 45) return 29;
  return 30;
}

export interface TermMatcher {
  find(text: string): TermHit[];
}

/**
 * `terms` are regex sources matched case-insensitively between word boundaries. The trigger of each is
 * its longest literal run outside groups (at least 3 characters); pass `triggers` for a phrase that has none.
 */
export function createTermMatcher(
  terms: readonly { source: string; triggers?: readonly string[] }[],
  codes: readonly string[] = [],
): TermMatcher {
  const triggerTerms = new Map<string, number[]>();
  const verifiers: (RegExp | string)[] = [
    ...terms.map((t) => new RegExp(`\\b(?:${tolerant(t.source)})\\b`, 'gi')),
    // Codes (SEMH, LAC) match in their exact case only, and are checked without a regex: their triggers
    // ("sen") turn up inside everyday words all the time.
    ...codes,
  ];
  const all = [...terms, ...codes.map((c) => ({ source: c, triggers: [c] }))];
  all.forEach((t, i) => {
    const triggers = t.triggers ?? [literalTrigger(t.source)];
    for (const trig of triggers) {
      const key = trig.toLowerCase();
      triggerTerms.set(key, [...(triggerTerms.get(key) ?? []), i]);
    }
  });
  // Build the trie, then the failure links and the full transition table (breadth first).
  const goto: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const output: number[][] = [[]];
  const triggerList = [...triggerTerms.keys()];
  triggerList.forEach((trig, ti) => {
    let s = 0;
    for (let k = 0; k < trig.length; k++) {
      const c = classOf(trig.charCodeAt(k));
      if (goto[s]![c] === -1) {
        goto[s]![c] = goto.length;
        goto.push(new Array<number>(ALPHABET).fill(-1));
        output.push([]);
      }
      s = goto[s]![c]!;
    }
    output[s]!.push(ti);
  });
  const fail = new Array<number>(goto.length).fill(0);
  // Small tables stay in the CPU cache: 16-bit entries while the states fit.
  const delta =
    goto.length * ALPHABET < 65536 ? new Uint16Array(goto.length * ALPHABET) : new Int32Array(goto.length * ALPHABET);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const t = goto[0]![c]!;
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue.push(t);
  }
  while (queue.length) {
    const s = queue.shift()!;
    output[s]!.push(...output[fail[s]!]!);
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[s]![c]!;
      if (t === -1) delta[s * ALPHABET + c] = delta[fail[s]! * ALPHABET + c]!;
      else {
        fail[t] = delta[fail[s]! * ALPHABET + c]!;
        delta[s * ALPHABET + c] = t;
        queue.push(t);
      }
    }
  }
  // States are stored premultiplied by the alphabet size, so the hot loop is one add and one load per character.
  for (let i = 0; i < delta.length; i++) delta[i] = delta[i]! * ALPHABET;
  const hasOutput = new Uint8Array(goto.length);
  output.forEach((o, state) => {
    if (o.length > 0) hasOutput[state] = 1;
  });
  const triggerLengths = triggerList.map((t) => t.length);
  const triggerIndex = triggerList.map((t) => triggerTerms.get(t)!);
  const classes = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) classes[c] = classOf(c);

  return {
    find(text) {
      const hits: TermHit[] = [];
      const seen = new Set<number>();
      // The hot loop only walks the automaton; trigger hits (rare) are confirmed in a separate function,
      // which keeps this loop small enough for the JIT to make tight.
      const onHit = (state: number, end: number) => {
        for (const ti of output[state]!) {
          const trigStart = end - triggerLengths[ti]!;
          for (const termIndex of triggerIndex[ti]!) {
            const v = verifiers[termIndex]!;
            const found = typeof v === 'string' ? confirmCode(text, v, trigStart) : confirm(text, v, trigStart, end);
            if (!found) continue;
            const key = found.start * 4096 + (found.end - found.start);
            if (seen.has(key)) continue;
            seen.add(key);
            hits.push({ start: found.start, end: found.end, text: found.text, term: termIndex });
          }
        }
      };
      walk(text, delta, classes, hasOutput, onHit);
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

/** Runs the automaton over the text, calling `onHit(state, end)` where a trigger ends. */
function walk(
  text: string,
  delta: Uint16Array | Int32Array,
  classes: Uint8Array,
  hasOutput: Uint8Array,
  onHit: (state: number, end: number) => void,
): void {
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    s = delta[s + classes[text.charCodeAt(i)]!]!;
    if (hasOutput[s >> SHIFT] !== 0) onHit(s >> SHIFT, i + 1);
  }
}

const WINDOW = 60;

/** A term's apostrophes also match ’, and its spaces any white space (a no-break space from a word processor). */
function tolerant(source: string): string {
  return source.replace(/'/g, "['’]").replace(/ /g, '\\s');
}
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function confirmCode(text: string, code: string, start: number): Omit<TermHit, 'term'> | null {
  const end = start + code.length;
  if (!text.startsWith(code, start)) return null;
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return null;
  if (end < text.length && isWordChar(text.charCodeAt(end))) return null;
  return { start, end, text: code };
}

/** The phrase match that covers the trigger hit, looked for in a small window around it. */
function confirm(text: string, re: RegExp, trigStart: number, trigEnd: number): Omit<TermHit, 'term'> | null {
  const from = Math.max(0, trigStart - WINDOW);
  const to = Math.min(text.length, trigEnd + WINDOW);
  const window = text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= trigStart && end >= trigEnd) {
      // A match that touches the window's edge may be cut short: only trust it if the edge is the text's.
      if ((m.index === 0 && from > 0) || (end === to && to < text.length)) continue;
      return { start, end, text: m[0] };
    }
    if (start > trigStart) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** The longest literal run of a regex source outside groups and not made optional by a quantifier. */
export function literalTrigger(source: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === '\\') {
      // \b, \w, \d… end a literal run; an escaped character (\.) is a literal.
      const esc = source[i + 1] ?? '';
      i++;
      if (depth === 0 && /[^a-zA-Z0-9]/.test(esc) && !/[?*{]/.test(source[i + 1] ?? '')) run += esc;
      else run = flush(run);
      continue;
    }
    if (ch === '(') {
      depth++;
      run = flush(run);
      continue;
    }
    if (ch === ')') {
      depth--;
      // A group followed by a quantifier may be absent; either way the run is broken.
      run = flush(run);
      continue;
    }
    if (depth > 0) continue;
    if (ch === '|') throw new Error(`term "${source}" has a top-level alternative; split it into two terms`);
    if ('[].+^$'.includes(ch)) {
      run = flush(run);
      continue;
    }
    if (next === '?' || next === '*' || next === '{') {
      run = flush(run);
      continue;
    }
    if (ch === '?' || ch === '*' || ch === '{' || ch === '}') continue;
    run += ch;
  }
  flush(run);
  function flush(r: string): string {
    if (r.length > best.length) best = r;
    return '';
  }
  if (best.trim().length < 3)
    throw new Error(`term "${source}" has no literal trigger of 3+ characters; give triggers`);
  return best;
}
