/**
 * A document as content (title, headings, paragraphs, tables), written out in whichever format the
 * family picks. Keeping content apart from format lets one family produce the same kind of record as
 * a Word file, a spreadsheet or a PDF, as a real shared drive has.
 */
import type { SensitiveType } from '../../../core/sensitive/types';

export type Cell = string | number | Date;

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly Cell[])[]; readonly name?: string };

export interface Doc {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export const FORMATS = [
  '.txt',
  '.csv',
  '.tsv',
  '.md',
  '.html',
  '.json',
  '.eml',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.pdf',
] as const;
export type Format = (typeof FORMATS)[number];

/** Headers of an .eml; the subject is the document's title. */
export interface MailMeta {
  readonly from: string;
  readonly to: string | readonly string[];
  readonly cc?: readonly string[];
  readonly date: Date;
  readonly attachments?: readonly { readonly filename: string; readonly doc: Doc }[];
}

export type Kind = 'personal' | 'ordinary' | 'problem';
export type Problem = 'empty' | 'corrupt' | 'encrypted' | 'unsupported';

/** One file the generator will write, with what it was meant to hold. */
export interface PlannedFile {
  /** Relative to documents/, with forward slashes. */
  readonly path: string;
  readonly kind: Kind;
  /** The personal-data types planted in it (empty for ordinary documents and problem files). */
  readonly types: readonly SensitiveType[];
  readonly problem?: Problem;
  readonly content: Doc | Buffer;
  readonly mail?: MailMeta;
}

export const heading = (text: string): Block => ({ kind: 'heading', text });
export const para = (text: string): Block => ({ kind: 'paragraph', text });
export const table = (rows: readonly (readonly Cell[])[], name?: string): Block =>
  name === undefined ? { kind: 'table', rows } : { kind: 'table', rows, name };

export function personal(path: string, types: readonly SensitiveType[], content: Doc, mail?: MailMeta): PlannedFile {
  return { path, kind: 'personal', types, content, ...(mail ? { mail } : {}) };
}

export function ordinary(path: string, content: Doc, mail?: MailMeta): PlannedFile {
  return { path, kind: 'ordinary', types: [], content, ...(mail ? { mail } : {}) };
}

/** The extension of a planned path, lower-cased, with its dot. */
export function formatOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot).toLowerCase();
}
