import { ExtractionError } from '../types';
import type { GuardedZip } from '../zip/guarded-zip';
import { formatNumber, isoToText } from './cell-values';
import { TextSink } from './text-sink';
import { parseXml, type XmlHandler } from './xml-stream';

const HEADER_FOOTER = new Set([
  'style:header',
  'style:footer',
  'style:header-left',
  'style:footer-left',
  'style:header-first',
  'style:footer-first',
]);

/** .odt/.ods/.odp: content.xml (slides and notes in order for odp), plus page headers and footers for odt. */
export async function* extractOdf(zip: GuardedZip, kind: 'odt' | 'ods' | 'odp'): AsyncIterable<string> {
  if (zip.has('META-INF/manifest.xml') && (await zip.readText('META-INF/manifest.xml')).includes('encryption-data')) {
    throw new ExtractionError('encrypted document');
  }
  if (!zip.has('content.xml')) throw new ExtractionError(`corrupt ${kind}: content.xml missing`);
  yield* parseXml(zip.read('content.xml'), new OdfHandler(kind === 'ods', null), kind);
  if (kind === 'odt' && zip.has('styles.xml')) {
    yield* parseXml(zip.read('styles.xml'), new OdfHandler(false, HEADER_FOOTER), kind);
  }
}

interface CellAttrs {
  repeat: number;
  type: string;
  date?: string;
  value?: string;
  bool?: string;
}

/** ODF text: text:p/text:h lines, text:s/tab/line-break, tables with repeated rows and columns capped. */
class OdfHandler implements XmlHandler {
  private readonly sink = new TextSink();
  private gateDepth = 0;
  private rowRepeats: number[] = [];
  private cells: CellAttrs[] = [];

  /** `gate`: only text inside these elements counts (headers and footers in styles.xml). */
  constructor(
    private readonly sheets: boolean,
    private readonly gate: ReadonlySet<string> | null,
  ) {}

  open(name: string, a: Record<string, string>): void {
    if (this.gate?.has(name)) this.gateDepth++;
    if (this.gate && this.gateDepth === 0) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        return this.sink.startPara();
      case 'text:s':
        return this.sink.addText(' '.repeat(Math.max(1, Math.min(64, Number(a['text:c'] ?? 1) || 1))));
      case 'text:tab':
        return this.sink.addText('\t');
      case 'text:line-break':
        return this.sink.addText('\n');
      case 'table:table':
        if (this.sheets) this.sink.line(`Sheet: ${a['table:name'] ?? ''}`);
        return this.sink.startTable();
      case 'table:table-row':
        this.rowRepeats.push(repeatCount(a['table:number-rows-repeated']));
        return this.sink.startRow();
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cells.push({
          repeat: repeatCount(a['table:number-columns-repeated']),
          type: a['office:value-type'] ?? '',
          date: a['office:date-value'],
          value: a['office:value'],
          bool: a['office:boolean-value'],
        });
        return this.sink.startCell();
    }
  }

  close(name: string): void {
    const gated = this.gate !== null && this.gateDepth === 0;
    if (this.gate?.has(name)) this.gateDepth--;
    if (gated) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        return this.sink.endPara();
      case 'table:table':
        return this.sink.endTable();
      case 'table:table-row':
        return this.sink.endRow(this.rowRepeats.pop() ?? 1);
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const c = this.cells.pop();
        const shown = this.sink.cellText();
        if (c?.type === 'date' && c.date) this.sink.setCell(isoToText(c.date));
        else if (c?.value !== undefined && c.type !== 'string' && (shown === '' || /\d[eE][+-]?\d/.test(shown))) {
          // A number shown in exponent form (1.23E+017) is read from its stored value instead.
          this.sink.setCell(formatNumber(c.value));
        } else if (c?.bool !== undefined && shown === '') this.sink.setCell(c.bool === 'true' ? 'TRUE' : 'FALSE');
        return this.sink.endCell(1, c?.repeat ?? 1);
      }
    }
  }

  text(t: string): void {
    if (this.gate && this.gateDepth === 0) return;
    this.sink.addText(t);
  }

  drain(): string {
    return this.sink.drain();
  }
}

function repeatCount(v: string | undefined): number {
  const n = Number(v ?? 1);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}
