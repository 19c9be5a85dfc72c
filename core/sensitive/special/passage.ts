/**
 * The passage a word belongs to: its table row (one rendered line with `Header: value` cells), else its
 * sentence within the paragraph. Special categories need a person in the same passage, so passage
 * boundaries decide what counts as "about this person".
 */
export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly isRow: boolean;
  /** A table's header line: column names, about nobody. */
  readonly isHeader: boolean;
}

const MAX_SPAN = 400;
// Abbreviations whose full stop does not end a sentence.
const ABBREV = /(?:\b(?:mr|mrs|ms|dr|prof|revd|st|no|e\.g|i\.e|etc|approx|dept|tel|ext|vs|cf)|\b[A-Z])\.$/i;

export function isTableRow(line: string): boolean {
  return line.includes(' | ') && /(?:^|\| )[^|:]{1,40}: \S/.test(line);
}

export function passageAround(text: string, index: number): Passage {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let lineEnd = text.indexOf('\n', index);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (isTableRow(line)) return { start: lineStart, end: lineEnd, isRow: true, isHeader: false };
  if (line.includes(' | ')) return { start: lineStart, end: lineEnd, isRow: false, isHeader: true };

  // Character codes, not one-character strings and regexes: this runs for every term found.
  let start = index;
  const minStart = Math.max(0, index - MAX_SPAN);
  while (start > minStart) {
    const c = text.charCodeAt(start - 1);
    if (c === NL && (text.charCodeAt(start - 2) === NL || isListLine(text, start))) break;
    if (
      (c === SPACE || c === NL) &&
      isStop(text.charCodeAt(start - 2)) &&
      !ABBREV.test(text.slice(Math.max(0, start - 8), start - 1))
    )
      break;
    start--;
  }
  let end = index;
  const maxEnd = Math.min(text.length, index + MAX_SPAN);
  while (end < maxEnd) {
    const c = text.charCodeAt(end);
    if (c === NL && (text.charCodeAt(end + 1) === NL || isListLine(text, end + 1))) break;
    if (isStop(c) && isSpaceOrEnd(text, end + 1) && !ABBREV.test(text.slice(Math.max(0, end - 7), end + 1))) {
      end++;
      break;
    }
    end++;
  }
  return { start, end, isRow: false, isHeader: false };
}

const NL = 10;
const SPACE = 32;
/** . ! ? ; */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;
const isSpaceOrEnd = (text: string, i: number) => {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === SPACE || c === NL || c === 9 || c === 13 || c === 160;
};

function isListLine(text: string, lineStart: number): boolean {
  return /^\s*(?:[-*•–·▪o]|\d{1,2}[.)])\s/.test(text.slice(lineStart, lineStart + 6));
}
