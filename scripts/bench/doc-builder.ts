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

export type Piece = string | Pii;

/** Text being written, remembering the span of every planted value. */
export class DocBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly planted: Planted[] = [];

  /** Tagged template: `d.add\`Call ${pii('phone_number', n)} today\n\``. */
  add(strings: TemplateStringsArray, ...values: Piece[]): this {
    strings.forEach((s, i) => {
      this.put(s);
      if (i < values.length) this.piece(values[i]!);
    });
    return this;
  }

  /** Plain pieces in order. */
  put(...pieces: Piece[]): this {
    for (const p of pieces) this.piece(p);
    return this;
  }

  /**
   * A whole sentence that is itself the finding (health, SEN, safeguarding): the detector reports one of
   * its words, so the sentence is the span a match must touch.
   */
  sentence(type: SensitiveType, build: (d: DocBuilder) => void): this {
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

  private piece(p: Piece): void {
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
