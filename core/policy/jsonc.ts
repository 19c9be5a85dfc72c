/**
 * JSON with comments: the school profile is hand-edited by IT technicians, who need comments to explain
 * their choices and should not lose an afternoon to a trailing comma. A small recursive-descent parser
 * (rather than stripping comments and calling JSON.parse) gives exact line and column numbers on every
 * engine, Apps Script's included.
 *
 * Accepted beyond JSON: `//` and `/* *\/` comments outside strings, a trailing comma before `]` or `}`,
 * and a leading byte-order mark. Stricter than JSON: a key repeated in one object is an error, because
 * with JSON.parse the later value silently wins and a rule the school set further up would vanish.
 */

export class JsoncSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'JsoncSyntaxError';
  }
}

/** Deep enough for any real profile; bounded so a hostile file cannot exhaust the stack. */
const MAX_DEPTH = 100;

export function parseJsonc(text: string): unknown {
  return new Parser(text).parseDocument();
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  parseDocument(): unknown {
    this.skipTrivia();
    if (this.pos >= this.text.length) this.fail('the file is empty: expected a JSON object', this.pos);
    const value = this.parseValue(0);
    this.skipTrivia();
    if (this.pos < this.text.length)
      this.fail(`unexpected ${this.describeAt(this.pos)} after the end of the JSON value`);
    return value;
  }

  private parseValue(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const ch = this.text[this.pos];
    if (ch === '{') return this.parseObject(depth);
    if (ch === '[') return this.parseArray(depth);
    if (ch === '"') return this.parseString();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.parseNumber();
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.pos) && !isWordChar(this.text[this.pos + word.length])) {
        this.pos += word.length;
        return value;
      }
    }
    if (ch === "'") this.fail('text must be in double quotes ("), not single quotes');
    if (ch !== undefined && isWordChar(ch)) this.fail('text must be in double quotes, e.g. "Europe/London"');
    return this.fail(`expected a value but found ${this.describeAt(this.pos)}`);
  }

  private parseObject(depth: number): Record<string, unknown> {
    const open = this.pos;
    this.pos++;
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.skipTrivia();
    while (this.text[this.pos] !== '}') {
      if (this.pos >= this.text.length) this.fail("the object is not closed: expected '}'", open);
      if (this.text[this.pos] !== '"') {
        if (this.text[this.pos] === ',') this.fail("unexpected ','");
        this.fail(`expected a field name in double quotes but found ${this.describeAt(this.pos)}`);
      }
      const keyStart = this.pos;
      const key = this.parseString();
      if (seen.has(key)) this.fail(`field "${shorten(key)}" appears twice in the same object`, keyStart);
      seen.add(key);
      this.skipTrivia();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after "${shorten(key)}"`);
      this.pos++;
      this.skipTrivia();
      // defineProperty, like JSON.parse: a "__proto__" key must become data, never the object's prototype.
      Object.defineProperty(result, key, {
        value: this.parseValue(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
      } else if (this.text[this.pos] !== '}') {
        if (this.pos >= this.text.length) this.fail("the object is not closed: expected '}'", open);
        this.fail(`expected ',' or '}' but found ${this.describeAt(this.pos)} (is a comma missing?)`);
      }
    }
    this.pos++;
    return result;
  }

  private parseArray(depth: number): unknown[] {
    const open = this.pos;
    this.pos++;
    const result: unknown[] = [];
    this.skipTrivia();
    while (this.text[this.pos] !== ']') {
      if (this.pos >= this.text.length) this.fail("the list is not closed: expected ']'", open);
      if (this.text[this.pos] === ',') this.fail("unexpected ','");
      result.push(this.parseValue(depth + 1));
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
      } else if (this.text[this.pos] !== ']') {
        if (this.pos >= this.text.length) this.fail("the list is not closed: expected ']'", open);
        this.fail(`expected ',' or ']' but found ${this.describeAt(this.pos)} (is a comma missing?)`);
      }
    }
    this.pos++;
    return result;
  }

  private parseString(): string {
    const open = this.pos;
    this.pos++;
    let out = '';
    let runStart = this.pos;
    while (true) {
      const code = this.text.charCodeAt(this.pos);
      if (Number.isNaN(code) || code === 0x0a || code === 0x0d) {
        this.fail("the text is not closed: expected '\"' before the end of the line", open);
      }
      if (code === 0x22) break;
      if (code < 0x20) this.fail('control characters (such as tabs) are not allowed inside text; use \\t');
      if (code === 0x5c) {
        out += this.text.slice(runStart, this.pos);
        out += this.parseEscape();
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
    out += this.text.slice(runStart, this.pos);
    this.pos++;
    return out;
  }

  private parseEscape(): string {
    const ch = this.text[this.pos + 1];
    const simple = ch === undefined ? undefined : ESCAPES[ch];
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    if (ch === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('\\u must be followed by four hex digits');
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    // Windows paths are the classic case: "C:\Users" needs "C:\\Users".
    return this.fail('unknown escape after a backslash (write \\\\ for a backslash)');
  }

  private parseNumber(): number {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || isWordChar(this.text[this.pos + match[0].length]) || this.text[this.pos + match[0].length] === '.') {
      this.fail('not a valid number (text such as times and dates must be in double quotes)');
    }
    this.pos += match[0].length;
    return Number(match[0]);
  }

  /** Whitespace and comments. */
  private skipTrivia(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\ufeff') {
        this.pos++;
      } else if (ch === '/' && text[this.pos + 1] === '/') {
        while (this.pos < text.length && text[this.pos] !== '\n' && text[this.pos] !== '\r') this.pos++;
      } else if (ch === '/' && text[this.pos + 1] === '*') {
        const end = text.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail("the comment is not closed: expected '*/'");
        this.pos = end + 2;
      } else if (ch === '/') {
        this.fail("a comment starts with '//' or '/*'");
      } else {
        return;
      }
    }
  }

  private describeAt(pos: number): string {
    if (pos >= this.text.length) return 'the end of the file';
    const ch = this.text[pos] as string;
    if (ch === '\n' || ch === '\r') return 'the end of the line';
    return `'${ch}'`;
  }

  private fail(reason: string, at = this.pos): never {
    const { line, column } = lineAndColumn(this.text, at);
    throw new JsoncSyntaxError(line, column, reason);
  }
}

const WORDS: ReadonlyArray<readonly [string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$]/.test(ch);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** 1-based; a CRLF pair is one line break; columns count UTF-16 units, as editors mostly do. */
function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}
