import type { Confidence, SensitiveType } from './types';

/** A match before masking. `value` never leaves core/sensitive. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly confidence: Confidence;
}

/** One identifier family: finds its candidates in a text and says how to mask a value. */
export interface Detector {
  readonly type: SensitiveType;
  detect(text: string): Candidate[];
  mask(value: string): string;
}
