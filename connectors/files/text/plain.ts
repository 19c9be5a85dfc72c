import type { Source } from '../source';
import { TableBlocks } from '../table-blocks';
import { lineBatches } from './lines';

const SEGMENT_CHARS = 256 * 1024;

/**
 * .txt and .md: lines pass through, except runs of 2+ consecutive lines with the same number (>= 2)
 * of tab-separated fields (a table pasted from a spreadsheet) or of `|`-separated fields (a Markdown
 * or plain-text table, its ----+---- rule skipped), which render as header-labelled rows.
 */
export async function* extractPlain(src: Source): AsyncIterable<string> {
  const out = new TabRuns();
  for await (const lines of lineBatches(src)) {
    for (const line of lines) out.line(line);
    const text = out.take(SEGMENT_CHARS);
    if (text) yield text;
  }
  out.end();
  const text = out.take(0);
  if (text) yield text;
}

/** Tab-separated runs inside already extracted text (PDF pages, whose column gaps became tabs). */
export function tabTablesInText(text: string): string {
  const runs = new TabRuns();
  for (const line of text.replace(/\n$/, '').split('\n')) runs.line(line);
  runs.end();
  return runs.take(0);
}

class TabRuns {
  private buf: string[] = [];
  private size = 0;
  private pending: string[] | null = null; // the first line of a possible run, not yet known to be one
  private pendingLine = '';
  private cols = 0;
  private run: TableBlocks | null = null;

  line(line: string): void {
    if ((this.pending || this.run) && RULE.test(line)) return; // the ----+---- under a header
    const fields = splitFields(line);
    if (fields) {
      if (fields.length === this.cols && (this.pending || this.run)) {
        if (!this.run) {
          this.run = new TableBlocks();
          this.emit(this.run.add(this.pending!));
          this.pending = null;
        }
        this.emit(this.run.add(fields));
        return;
      }
      this.endRun();
      this.pending = fields;
      this.pendingLine = line;
      this.cols = fields.length;
      return;
    }
    this.endRun();
    this.emit(line + '\n');
  }

  end(): void {
    this.endRun();
  }

  /** Text gathered so far once it reaches `min` characters. */
  take(min: number): string {
    if (this.size === 0 || this.size < min) return '';
    const text = this.buf.join('');
    this.buf = [];
    this.size = 0;
    return text;
  }

  private endRun(): void {
    if (this.run) this.emit(this.run.finish());
    else if (this.pending) this.emit(this.pendingLine + '\n');
    this.run = null;
    this.pending = null;
    this.cols = 0;
  }

  private emit(text: string): void {
    if (!text) return;
    this.buf.push(text);
    this.size += text.length;
  }
}

const RULE = /^\s*[|+]?[\s:=+|-]*-{3,}[\s:=+|-]*$/;

/** The fields of a table line: tab-separated, or pipe-separated with padding and outer pipes dropped. */
function splitFields(line: string): string[] | null {
  if (line.includes('\t')) {
    const fields = line.split('\t');
    return fields.length >= 2 ? fields : null;
  }
  if (!line.includes('|')) return null;
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const fields = inner.split('|').map((f) => f.trim());
  return fields.length >= 2 ? fields : null;
}
