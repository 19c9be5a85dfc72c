/**
 * Drive's `q` search language, the part audits use: `'me' in owners`, `'<x>' in owners|readers|writers|parents`,
 * `trashed`, `mimeType`, `name`, `visibility`, `modifiedTime`/`createdTime`, `sharedWithMe`, with and/or/not
 * and parentheses. Anything else is Google's 400 "Invalid Value" on `q`, so a connector's typo fails loudly.
 */
import { GoogleHttpError } from './errors';

export type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains';
export type Collection = 'owners' | 'readers' | 'writers' | 'parents';
export type Field = 'trashed' | 'starred' | 'mimeType' | 'name' | 'visibility' | 'modifiedTime' | 'createdTime';

export type QueryNode =
  | { readonly kind: 'and' | 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode }
  | { readonly kind: 'in'; readonly value: string; readonly collection: Collection }
  | { readonly kind: 'compare'; readonly field: Field; readonly op: Comparison; readonly value: string | boolean }
  | { readonly kind: 'sharedWithMe' };

export const VISIBILITIES = ['anyoneCanFind', 'anyoneWithLink', 'domainCanFind', 'domainWithLink', 'limited'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

type Token =
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'op'; readonly v: string }
  | { readonly t: '(' | ')' };

function invalid(detail: string): GoogleHttpError {
  const err = new GoogleHttpError(400, 'invalid', 'Invalid Value', { location: 'q' });
  // Google's message is only "Invalid Value"; the detail helps whoever reads a failing test.
  err.stack = `${err.stack ?? ''}\n  q: ${detail}`;
  return err;
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')') {
      out.push({ t: c });
      i += 1;
    } else if (c === "'") {
      let v = '';
      i += 1;
      for (;;) {
        if (i >= q.length) throw invalid('unterminated string');
        const d = q[i] as string;
        if (d === '\\' && i + 1 < q.length) {
          v += q[i + 1];
          i += 2;
        } else if (d === "'") {
          i += 1;
          break;
        } else {
          v += d;
          i += 1;
        }
      }
      out.push({ t: 'str', v });
    } else {
      const op = /^(!=|<=|>=|=|<|>)/.exec(q.slice(i));
      if (op) {
        out.push({ t: 'op', v: op[1] as string });
        i += (op[1] as string).length;
        continue;
      }
      const word = /^[A-Za-z_][\w.]*/.exec(q.slice(i));
      if (!word) throw invalid(`unexpected "${c}"`);
      out.push({ t: 'word', v: word[0] });
      i += word[0].length;
    }
  }
  return out;
}

const FIELD_OPS: Readonly<Record<Field, readonly Comparison[]>> = {
  trashed: ['=', '!='],
  starred: ['=', '!='],
  mimeType: ['=', '!=', 'contains'],
  name: ['=', '!=', 'contains'],
  visibility: ['=', '!='],
  modifiedTime: ['=', '!=', '<', '<=', '>', '>='],
  createdTime: ['=', '!=', '<', '<=', '>', '>='],
};
const COLLECTIONS: readonly Collection[] = ['owners', 'readers', 'writers', 'parents'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export function parseQuery(q: string): QueryNode | undefined {
  if (q.trim() === '') return undefined;
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: Token | undefined, w: string) => tok?.t === 'word' && tok.v.toLowerCase() === w;

  const orExpr = (): QueryNode => {
    const items = [andExpr()];
    while (isWord(peek(), 'or')) {
      pos += 1;
      items.push(andExpr());
    }
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'or', items };
  };
  const andExpr = (): QueryNode => {
    const items = [unary()];
    while (isWord(peek(), 'and')) {
      pos += 1;
      items.push(unary());
    }
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'and', items };
  };
  const unary = (): QueryNode => {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos += 1;
      return { kind: 'not', item: unary() };
    }
    if (tok?.t === '(') {
      pos += 1;
      const inner = orExpr();
      if (peek()?.t !== ')') throw invalid('missing )');
      pos += 1;
      return inner;
    }
    return term();
  };
  const term = (): QueryNode => {
    const tok = tokens[pos++];
    if (tok?.t === 'str') {
      if (!isWord(tokens[pos], 'in')) throw invalid(`expected "in" after '${tok.v}'`);
      const coll = tokens[pos + 1];
      const collection = COLLECTIONS.find((c) => coll?.t === 'word' && coll.v === c);
      if (!collection) throw invalid('unknown collection after "in"');
      pos += 2;
      return { kind: 'in', value: tok.v, collection };
    }
    if (tok?.t !== 'word') throw invalid('expected a search term');
    if (tok.v === 'sharedWithMe') return { kind: 'sharedWithMe' };
    const field = (Object.keys(FIELD_OPS) as Field[]).find((f) => f === tok.v);
    if (!field) throw invalid(`unknown term ${tok.v}`);
    const opTok = tokens[pos++];
    const op = (opTok?.t === 'op' ? opTok.v : isWord(opTok, 'contains') ? 'contains' : undefined) as
      Comparison | undefined;
    if (op === undefined || !FIELD_OPS[field].includes(op)) throw invalid(`operator not allowed for ${field}`);
    const valTok = tokens[pos++];
    if (field === 'trashed' || field === 'starred') {
      if (!isWord(valTok, 'true') && !isWord(valTok, 'false')) throw invalid(`${field} takes true or false`);
      return { kind: 'compare', field, op, value: isWord(valTok, 'true') };
    }
    if (valTok?.t !== 'str') throw invalid(`${field} takes a quoted value`);
    if (field === 'visibility' && !(VISIBILITIES as readonly string[]).includes(valTok.v)) {
      throw invalid(`unknown visibility ${valTok.v}`);
    }
    if ((field === 'modifiedTime' || field === 'createdTime') && !RFC3339.test(valTok.v)) {
      throw invalid(`${field} takes an RFC 3339 date-time`);
    }
    return { kind: 'compare', field, op, value: valTok.v };
  };

  const node = orExpr();
  if (pos !== tokens.length) throw invalid('unexpected text after the query');
  return node;
}

/** What the evaluator needs to know about one file, computed lazily by the caller. */
export interface QueryFacts {
  readonly trashed: boolean;
  readonly mimeType: string;
  readonly name: string;
  readonly modifiedTime: string;
  readonly createdTime: string;
  visibility(): Visibility;
  /** Addresses (lower-cased) holding the role; 'me' is resolved by the caller before. */
  inCollection(collection: Collection, value: string): boolean;
  sharedWithMe(): boolean;
}

export function evaluate(node: QueryNode, facts: QueryFacts): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((n) => evaluate(n, facts));
    case 'or':
      return node.items.some((n) => evaluate(n, facts));
    case 'not':
      return !evaluate(node.item, facts);
    case 'in':
      return facts.inCollection(node.collection, node.value);
    case 'sharedWithMe':
      return facts.sharedWithMe();
    case 'compare':
      return compare(node, facts);
  }
}

function compare(node: Extract<QueryNode, { kind: 'compare' }>, facts: QueryFacts): boolean {
  const actual: string | boolean =
    node.field === 'trashed'
      ? facts.trashed
      : node.field === 'starred'
        ? false
        : node.field === 'visibility'
          ? facts.visibility()
          : facts[node.field];
  if (node.op === 'contains') {
    // Drive matches name prefixes of words; a plain substring test is close enough for audits.
    return String(actual).toLowerCase().includes(String(node.value).toLowerCase());
  }
  if (node.field === 'modifiedTime' || node.field === 'createdTime') {
    const a = Date.parse(String(actual));
    const b = Date.parse(String(node.value));
    return cmp(a, b, node.op);
  }
  return node.op === '=' ? actual === node.value : actual !== node.value;
}

function cmp(a: number, b: number, op: Comparison): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return false;
  }
}

/** A conjunct that narrows the candidates to an index: owner's files or a folder's children. */
export function indexHint(
  node: QueryNode | undefined,
): { readonly by: 'owner' | 'parent'; readonly value: string } | undefined {
  if (!node) return undefined;
  if (node.kind === 'in' && (node.collection === 'owners' || node.collection === 'parents')) {
    return { by: node.collection === 'owners' ? 'owner' : 'parent', value: node.value };
  }
  if (node.kind === 'and') {
    for (const item of node.items) {
      const hint = indexHint(item);
      if (hint) return hint;
    }
  }
  return undefined;
}
