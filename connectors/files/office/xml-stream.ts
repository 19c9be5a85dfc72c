import { StringDecoder } from 'node:string_decoder';
import sax from 'sax';
import { ExtractionError } from '../types';

/** What a format does with the XML events of one part; `drain` hands over the text produced so far. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
  drain(): string;
}

/**
 * Streams an XML part through sax into a handler, yielding text as it is produced, so a 300 MB
 * worksheet never becomes one string or one DOM.
 */
export async function* parseXml(
  chunks: AsyncIterable<Buffer>,
  handler: XmlHandler,
  what: string,
): AsyncIterable<string> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: false });
  let failed = false;
  parser.onerror = () => {
    failed = true;
  };
  parser.onopentag = (tag) => handler.open(tag.name, tag.attributes as Record<string, string>);
  parser.onclosetag = (name) => handler.close(name);
  parser.ontext = (t) => handler.text(t);
  parser.oncdata = (t) => handler.text(t);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    // sax's own message quotes the offending character: report only which part was broken.
    if (failed) throw new ExtractionError(`corrupt ${what}: invalid XML`);
    const out = handler.drain();
    if (out) yield out;
  }
  parser.write(decoder.end());
  parser.close();
  if (failed) throw new ExtractionError(`corrupt ${what}: invalid XML`);
  const out = handler.drain();
  if (out) yield out;
}

/** Collects a whole small part's events without producing text (rels, styles, workbook). */
export async function walkXml(
  chunks: AsyncIterable<Buffer>,
  open: (name: string, attrs: Record<string, string>) => void,
  what: string,
  onText?: (t: string) => void,
  onClose?: (name: string) => void,
): Promise<void> {
  const handler: XmlHandler = {
    open,
    close: (n) => onClose?.(n),
    text: (t) => onText?.(t),
    drain: () => '',
  };
  for await (const _ of parseXml(chunks, handler, what)) void _;
}
