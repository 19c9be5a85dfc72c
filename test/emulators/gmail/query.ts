/**
 * Gmail's search language (the `q` of messages.list), as far as sos and its tests need it: terms ANDed
 * by spaces, `OR`, `{a b}` (any of), `( )`, `-` (not), quoted phrases, and the operators from: to: cc:
 * bcc: (an address, `@domain`, a domain, or a local part), after:/before: (epoch seconds, or yyyy/mm/dd
 * as midnight PST like Gmail), newer_than:/older_than: (Nd, Nm = 30 days, Ny = 365 days), in:, label:,
 * is:, subject:, rfc822msgid:. Any other word (or unknown `op:value`, as Gmail treats it) is searched
 * for in the message text. `to:` matches every recipient (To, Cc, Bcc), as Gmail's does.
 */
import type { Envelope } from './headers';

export interface Searchable {
  readonly envelope: Envelope;
  readonly labelIds: readonly string[];
  /** Milliseconds since the epoch. */
  readonly internalDate: number;
  readonly subject: string;
  readonly messageIdHeader: string;
  /** Lower-cased text of the whole message. */
  readonly text: string;
}

export type QueryNode =
  | { readonly kind: 'and' | 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode }
  | { readonly kind: 'term'; readonly op?: string; readonly value: string };

/** A query Gmail would refuse (unbalanced braces, an impossible date): the server answers 400. */
export class QueryError extends Error {
  override name = 'QueryError';
}

type Token = { readonly t: '(' | ')' | '{' | '}' | 'OR' | '-' } | { readonly t: 'word'; readonly value: string };

export function parseQuery(q: string): QueryNode {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];

  function sequence(end: ')' | '}' | undefined): QueryNode[] {
    const items: QueryNode[] = [];
    for (;;) {
      const next = peek();
      if (next === undefined) {
        if (end !== undefined) throw new QueryError(`missing "${end}"`);
        return items;
      }
      if (next.t === end) return items;
      if (next.t === ')' || next.t === '}') throw new QueryError(`unexpected "${next.t}"`);
      items.push(either());
    }
  }

  function either(): QueryNode {
    const items = [unary()];
    while (peek()?.t === 'OR') {
      pos++;
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  function unary(): QueryNode {
    const token = tokens[pos++];
    if (token === undefined) throw new QueryError('the query ends after an operator');
    switch (token.t) {
      case '-':
        return { kind: 'not', item: unary() };
      case '{': {
        const items = sequence('}');
        pos++;
        return { kind: 'or', items };
      }
      case '(': {
        const items = sequence(')');
        pos++;
        return { kind: 'and', items };
      }
      case 'word':
        return term(token.value);
      default:
        throw new QueryError(`unexpected "${token.t}"`);
    }
  }

  return { kind: 'and', items: sequence(undefined) };
}

function term(word: string): QueryNode {
  const m = /^([a-z_0-9]+):(.*)$/i.exec(word);
  if (!m || m[2] === '') return { kind: 'term', value: unquote(word) };
  return { kind: 'term', op: m[1]!.toLowerCase(), value: unquote(m[2]!) };
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '{' || ch === '}') {
      out.push({ t: ch });
      i++;
      continue;
    }
    if (ch === '-' && i + 1 < q.length && !/\s/.test(q[i + 1]!)) {
      out.push({ t: '-' });
      i++;
      continue;
    }
    let word = '';
    while (i < q.length && !/[\s(){}]/.test(q[i]!)) {
      if (q[i] === '"') {
        const close = q.indexOf('"', i + 1);
        if (close < 0) throw new QueryError('unclosed quote');
        word += q.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      word += q[i++];
    }
    if (word === 'OR' || word === '|') out.push({ t: 'OR' });
    else if (word !== 'AND') out.push({ t: 'word', value: word });
  }
  return out;
}

const DAY_MS = 86_400_000;
const UNIT_MS: Readonly<Record<string, number>> = { d: DAY_MS, m: 30 * DAY_MS, y: 365 * DAY_MS };
/** Gmail reads yyyy/mm/dd as midnight Pacific Standard Time. */
const PST_OFFSET_MS = 8 * 3_600_000;

const IN_LABEL: Readonly<Record<string, string>> = {
  inbox: 'INBOX',
  sent: 'SENT',
  trash: 'TRASH',
  spam: 'SPAM',
  chat: 'CHAT',
  chats: 'CHAT',
  drafts: 'DRAFT',
  draft: 'DRAFT',
  starred: 'STARRED',
  important: 'IMPORTANT',
  unread: 'UNREAD',
};

export function matches(node: QueryNode, msg: Searchable, now: number): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((n) => matches(n, msg, now));
    case 'or':
      return node.items.some((n) => matches(n, msg, now));
    case 'not':
      return !matches(node.item, msg, now);
    case 'term':
      return termMatches(node.op, node.value, msg, now);
  }
}

/** `in:spam`, `in:trash` or `in:anywhere` anywhere in the query lets Spam and Trash into the results. */
export function asksForSpamOrTrash(node: QueryNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.some(asksForSpamOrTrash);
    case 'not':
      return false;
    case 'term':
      return (
        (node.op === 'in' || node.op === 'label') && ['spam', 'trash', 'anywhere'].includes(node.value.toLowerCase())
      );
  }
}

function termMatches(op: string | undefined, rawValue: string, msg: Searchable, now: number): boolean {
  const value = rawValue.toLowerCase();
  const e = msg.envelope;
  switch (op) {
    case 'from':
      return e.from.some((a) => addressMatches(a, value));
    case 'to':
      return [...e.to, ...e.cc, ...e.bcc].some((a) => addressMatches(a, value));
    case 'cc':
      return e.cc.some((a) => addressMatches(a, value));
    case 'bcc':
      return e.bcc.some((a) => addressMatches(a, value));
    case 'after':
      return msg.internalDate >= dateValue(op, value);
    case 'before':
      return msg.internalDate < dateValue(op, value);
    case 'newer_than':
      return msg.internalDate > now - age(op, value);
    case 'older_than':
      return msg.internalDate <= now - age(op, value);
    case 'in':
      return value === 'anywhere' || hasLabel(msg, IN_LABEL[value] ?? value);
    case 'is':
      return hasLabel(msg, IN_LABEL[value] ?? value);
    case 'label':
      return hasLabel(msg, value);
    case 'subject':
      return msg.subject.toLowerCase().includes(value);
    case 'rfc822msgid':
      return msg.messageIdHeader.toLowerCase() === value.replace(/^<|>$/g, '');
    case undefined:
      return msg.text.includes(value);
    default:
      return msg.text.includes(`${op}:${value}`);
  }
}

function hasLabel(msg: Searchable, label: string): boolean {
  return msg.labelIds.some((l) => l.toLowerCase() === label.toLowerCase());
}

/** `@domain` ends the address; a full address is that address; a bare word is a domain (or parent) or local part. */
function addressMatches(address: string, value: string): boolean {
  const v = value.replace(/^\*/, '');
  if (v.startsWith('@')) return address.endsWith(v);
  if (v.includes('@')) return address === v;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return local === v || domain === v || domain.endsWith(`.${v}`);
}

function dateValue(op: string, value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (!Number.isNaN(ms)) return ms + PST_OFFSET_MS;
  }
  throw new QueryError(`${op}: "${value}" is not a date`);
}

function age(op: string, value: string): number {
  const m = /^(\d+)([dmy])$/.exec(value);
  if (!m) throw new QueryError(`${op}: "${value}" is not an age like 30d`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}
