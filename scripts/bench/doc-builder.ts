import { SENSITIVE_TYPES, type SensitiveType } from '../../core/sensitive/types';

export { SENSITIVE_TYPES, type SensitiveType };

/** A value the generator put in on purpose, with where it is: the answer key for the coverage check. */
export interface Planted {
  readonly type: SensitiveType;
  readonly start: number;
  readonly end: number;
}

export interface Pii {
  readonly type: SensitiveType;
  readonly value: string;
}

export const pii = (type: SensitiveType, value: string): Pii => ({ type, value });

export type Piece = string | number | Pii;

/** Tagged template to pieces: `t\`Call ${pii('phone_number', n)} today\``. */
export function t(strings: TemplateStringsArray, ...values: Piece[]): Piece[] {
  const out: Piece[] = [];
  strings.forEach((s, i) => {
    out.push(s);
    if (i < values.length) out.push(values[i]!);
  });
  return out;
}

/** Text being written, remembering the span of every planted value. */
export class DocBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly planted: Planted[] = [];

  /** Pieces from the `t` template tag: `d.add(t\`Tel: ${pii('phone_number', n)}\n\`)`. */
  add(pieces: readonly Piece[]): this {
    return this.put(...pieces);
  }

  /** Plain pieces in order. */
  put(...pieces: Piece[]): this {
    for (const p of pieces) this.piece(p);
    return this;
  }

  /**
   * A span written by `build` that is one finding as a whole: a health sentence (the detector reports one
   * of its words) or an address block (street line to postcode).
   */
  span(type: SensitiveType, build: (d: DocBuilder) => void): this {
    const start = this.length;
    build(this);
    this.planted.push({ type, start, end: this.length });
    return this;
  }

  get size(): number {
    return this.length;
  }

  text(): string {
    return this.parts.join('');
  }

  private piece(piece: Piece): void {
    const p = typeof piece === 'number' ? String(piece) : piece;
    if (typeof p === 'string') {
      if (p === '') return;
      this.parts.push(p);
      this.length += p.length;
      return;
    }
    this.planted.push({ type: p.type, start: this.length, end: this.length + p.value.length });
    this.parts.push(p.value);
    this.length += p.value.length;
  }
}
