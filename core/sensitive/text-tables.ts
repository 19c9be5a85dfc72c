import { isTableRow } from './special/passage';
import { renderTable } from './table-text';

const RULE_LINE = /^[\s|+=:-]+$/;

/**
 * Plain-text tables (pipe- or tab-separated columns, as MIS exports and pasted class lists have) become
 * labelled rows like any other table, so "DOB" in the header line vouches for the dates below it.
 * Only the table lines are touched; the rest of the text is copied as it is.
 */
export function normaliseTextTables(text: string): string {
  const pieces = textTablePieces(text);
  return pieces.length === 1 ? pieces[0]! : pieces.join('');
}

/**
 * The same text as pieces whose concatenation is `normaliseTextTables(text)`: the untouched stretches
 * (slices of the input) and each rendered table. The scanner reads the pieces one by one, because
 * copying a megabyte of text into a new string costs more than scanning it.
 */
export function textTablePieces(text: string): string[] {
  const nextCandidateLine = candidateLines(text);
  let m = nextCandidateLine(0);
  if (!m) return [text];
  const parts: string[] = [];
  let copied = 0;
  while (m) {
    const sep = separatorOf(m[0]);
    if (!sep) {
      m = nextCandidateLine(m.index + m[0].length + 1);
      continue;
    }
    // Gather the run of rows with the same separator and width that starts here.
    const first = cells(m[0], sep);
    const width = first.length;
    const rows: string[][] = [first];
    const blockStart = m.index;
    let blockEnd = m.index + m[0].length;
    while (blockEnd < text.length) {
      const next = text.indexOf('\n', blockEnd + 1);
      const line = text.slice(blockEnd + 1, next === -1 ? text.length : next);
      if (line.trim() !== '' && RULE_LINE.test(line)) {
        blockEnd = next === -1 ? text.length : next;
        continue;
      }
      if (separatorOf(line) !== sep) break;
      const row = cells(line, sep);
      if (row.length !== width) break;
      rows.push(row);
      blockEnd = next === -1 ? text.length : next;
    }
    if (rows.length >= 2) {
      parts.push(text.slice(copied, blockStart), renderTable(rows).replace(/\n$/, ''));
      copied = blockEnd;
    }
    m = nextCandidateLine(Math.max(blockEnd, m.index + m[0].length) + 1);
  }
  if (copied === 0) return [text];
  parts.push(text.slice(copied));
  return parts.filter((p) => p !== '');
}

/**
 * Finds the lines holding a tab or a pipe with indexOf (a line regex backtracks on long paragraphs),
 * remembering the next hit of each so the text is searched once, not once per line.
 */
function candidateLines(text: string) {
  let nextTab = -2;
  let nextPipe = -2;
  return (from: number): { index: number; 0: string } | null => {
    while (from < text.length) {
      if (nextTab !== -1 && nextTab < from) nextTab = text.indexOf('\t', from);
      if (nextPipe !== -1 && nextPipe < from) nextPipe = text.indexOf('|', from);
      const hit = nextTab === -1 ? nextPipe : nextPipe === -1 ? nextTab : Math.min(nextTab, nextPipe);
      if (hit === -1) return null;
      const start = text.lastIndexOf('\n', hit - 1) + 1;
      let end = text.indexOf('\n', hit);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      if (separatorOf(line)) return { index: start, 0: line };
      from = end + 1;
    }
    return null;
  };
}

function separatorOf(line: string): '|' | '\t' | null {
  if (line.trim().includes('\t')) return '\t';
  // Rows the extractor already labelled (`Header: value | …`) are left as they are.
  const p1 = line.indexOf('|');
  if (p1 !== -1 && line.indexOf('|', p1 + 1) !== -1 && !isTableRow(line)) return '|';
  return null;
}

function cells(line: string, sep: string): string[] {
  const parts = line.split(sep).map((c) => c.trim());
  // `| a | b |` framed tables have empty edge cells.
  if (sep === '|' && parts[0] === '') parts.shift();
  if (sep === '|' && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
