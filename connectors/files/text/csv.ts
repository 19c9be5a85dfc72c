import type { Source } from '../source';
import { TableBlocks } from '../table-blocks';
import { decodedChunks } from './lines';

const SEGMENT_CHARS = 256 * 1024;
/** A single field longer than this is cut: no real cell is that long, and memory stays bounded. */
const MAX_FIELD_CHARS = 1_000_000;

/** .csv/.tsv: RFC 4180 rows, streamed, rendered as header-labelled lines in blocks. */
export async function* extractDelimited(src: Source, ext: '.csv' | '.tsv'): AsyncIterable<string> {
  let parser: CsvParser | null = null;
  const table = new TableBlocks();
  let out = '';
  let head = '';
  for await (const text of decodedChunks(src)) {
    if (!parser) {
      // Wait for the whole first line before choosing the delimiter.
      head += text;
      if (!head.includes('\n') && head.length < 64 * 1024) continue;
      parser = new CsvParser(ext === '.tsv' ? '\t' : sniffDelimiter(head));
      for (const row of parser.push(head)) out += table.add(row);
    } else {
      for (const row of parser.push(text)) out += table.add(row);
    }
    if (out.length >= SEGMENT_CHARS) {
      yield out;
      out = '';
    }
  }
  parser ??= new CsvParser(ext === '.tsv' ? '\t' : sniffDelimiter(head));
  if (head && !parser.started) for (const row of parser.push(head)) out += table.add(row);
  for (const row of parser.end()) out += table.add(row);
  out += table.finish();
  if (out) yield out;
}

/** Comma unless the first line has more semicolons (European Excel) or tabs. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.split('\n', 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const commas = count(',');
  const semis = count(';');
  const tabs = count('\t');
  if (semis > commas && semis >= tabs) return ';';
  if (tabs > commas && tabs > semis) return '\t';
  return ',';
}

const enum State {
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/** Incremental RFC 4180 parser: quoted fields, embedded delimiters and newlines, "" escapes. */
export class CsvParser {
  private state = State.Unquoted;
  private field = '';
  private row: string[] = [];
  private fieldStart = true;
  started = false;

  constructor(private readonly delim: string) {}

  push(text: string): string[][] {
    this.started = true;
    const rows: string[][] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.state === State.Quoted) {
        const j = text.indexOf('"', i);
        if (j < 0) {
          this.append(text.slice(i));
          break;
        }
        this.append(text.slice(i, j));
        i = j + 1;
        this.state = State.QuoteInQuoted;
        continue;
      }
      if (this.state === State.QuoteInQuoted) {
        if (text[i] === '"') {
          this.append('"');
          i++;
          this.state = State.Quoted;
        } else {
          this.state = State.Unquoted; // closing quote; what follows is handled as unquoted
        }
        continue;
      }
      let j = i;
      while (j < n) {
        const c = text[j];
        if (c === this.delim || c === '\n' || c === '\r' || (c === '"' && this.fieldStart && j === i)) break;
        j++;
      }
      if (j > i) {
        this.append(text.slice(i, j));
        this.fieldStart = false;
      }
      if (j >= n) break;
      const c = text[j];
      i = j + 1;
      if (c === '"') {
        this.state = State.Quoted;
        this.fieldStart = false;
      } else if (c === this.delim) {
        this.endField();
      } else if (c === '\n') {
        this.endField();
        rows.push(this.row);
        this.row = [];
      }
      // a bare \r is dropped: \r\n ends a row at the \n
    }
    return rows;
  }

  end(): string[][] {
    if (this.row.length === 0 && this.field === '' && this.fieldStart) return [];
    this.endField();
    const row = this.row;
    this.row = [];
    return [row];
  }

  private append(s: string): void {
    if (this.field.length < MAX_FIELD_CHARS) this.field += s;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldStart = true;
    this.state = State.Unquoted;
  }
}
