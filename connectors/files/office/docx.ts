import path from 'node:path/posix';
import type { GuardedZip } from '../zip/guarded-zip';
import { byNumber, mainPart } from './ooxml-parts';
import { TextSink } from './text-sink';
import { parseXml, type XmlHandler } from './xml-stream';

/** The story parts after the body, in reading order: headers, footers, notes, comments. */
const EXTRA_PARTS = [/^header\d*\.xml$/, /^footer\d*\.xml$/, /^footnotes\.xml$/, /^endnotes\.xml$/, /^comments\.xml$/];

/** .docx: body, then headers, footers, footnotes, endnotes and comments. */
export async function* extractDocx(zip: GuardedZip): AsyncIterable<string> {
  const main = await mainPart(zip, 'word/document.xml');
  if (!zip.has(main)) throw new Error('docx without document part');
  yield* parseXml(zip.read(main), new WordHandler(), 'docx');
  const dir = path.dirname(main);
  const names = zip.names().filter((n) => path.dirname(n) === dir);
  for (const pattern of EXTRA_PARTS) {
    for (const name of names.filter((n) => pattern.test(path.basename(n))).sort(byNumber)) {
      yield* parseXml(zip.read(name), new WordHandler(), 'docx');
    }
  }
}

/** WordprocessingML: w:p paragraphs, w:t text, w:tab and w:br inside runs, w:tbl tables. */
class WordHandler implements XmlHandler {
  private readonly sink = new TextSink();
  private inText = 0;
  private inRun = 0;
  private skip = 0;
  private spans: number[] = [];

  open(name: string, a: Record<string, string>): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    switch (name) {
      case 'mc:Fallback': // the same content again for older readers
      case 'w:instrText': // field codes, not visible text
        this.skip = 1;
        return;
      case 'w:p':
        return this.sink.startPara();
      case 'w:r':
        this.inRun++;
        return;
      case 'w:t':
      case 'w:delText': // tracked deletions are still in the file, so they are scanned
        this.inText++;
        return;
      case 'w:tab':
        if (this.inRun > 0) this.sink.addText('\t');
        return;
      case 'w:br':
      case 'w:cr':
        if (this.inRun > 0) this.sink.addText('\n');
        return;
      case 'w:noBreakHyphen':
        return this.sink.addText('-');
      case 'w:tbl':
        return this.sink.startTable();
      case 'w:tr':
        return this.sink.startRow();
      case 'w:tc':
        this.spans.push(1);
        return this.sink.startCell();
      case 'w:gridSpan':
        if (this.spans.length > 0)
          this.spans[this.spans.length - 1] = Math.max(1, Math.min(64, Number(a['w:val']) || 1));
        return;
    }
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case 'w:p':
        return this.sink.endPara();
      case 'w:r':
        this.inRun--;
        return;
      case 'w:t':
      case 'w:delText':
        this.inText--;
        return;
      case 'w:tc':
        return this.sink.endCell(this.spans.pop() ?? 1);
      case 'w:tr':
        return this.sink.endRow();
      case 'w:tbl':
        return this.sink.endTable();
    }
  }

  text(t: string): void {
    if (this.inText > 0 && this.skip === 0) this.sink.addText(t);
  }

  drain(): string {
    return this.sink.drain();
  }
}
