import type { GuardedZip } from '../zip/guarded-zip';
import { byNumber, readRels } from './ooxml-parts';
import { TextSink } from './text-sink';
import { parseXml, type XmlHandler } from './xml-stream';

/** .pptx: slides in numeric order (slide2 before slide10), each followed by its speaker notes. */
export async function* extractPptx(zip: GuardedZip): AsyncIterable<string> {
  const slides = zip
    .names()
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort(byNumber);
  const notesDone = new Set<string>();
  for (const slide of slides) {
    yield* parseXml(zip.read(slide), new DrawingHandler(), 'pptx');
    const notes = (await readRels(zip, slide)).find((r) => r.type.endsWith('/notesSlide') && zip.has(r.target));
    if (notes && !notesDone.has(notes.target)) {
      notesDone.add(notes.target);
      yield* parseXml(zip.read(notes.target), new DrawingHandler(), 'pptx');
    }
  }
  const orphanNotes = zip
    .names()
    .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n) && !notesDone.has(n))
    .sort(byNumber);
  for (const notes of orphanNotes) yield* parseXml(zip.read(notes), new DrawingHandler(), 'pptx');
}

/** DrawingML text: a:p paragraphs, a:t runs, a:br breaks, a:tbl tables. */
class DrawingHandler implements XmlHandler {
  private readonly sink = new TextSink();
  private inText = 0;
  private skip = 0;

  open(name: string): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    switch (name) {
      case 'mc:Fallback':
        this.skip = 1;
        return;
      case 'a:p':
        return this.sink.startPara();
      case 'a:t':
        this.inText++;
        return;
      case 'a:br':
        return this.sink.addText('\n');
      case 'a:tbl':
        return this.sink.startTable();
      case 'a:tr':
        return this.sink.startRow();
      case 'a:tc':
        return this.sink.startCell();
    }
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case 'a:p':
        return this.sink.endPara();
      case 'a:t':
        this.inText--;
        return;
      case 'a:tc':
        return this.sink.endCell();
      case 'a:tr':
        return this.sink.endRow();
      case 'a:tbl':
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
