import fc from 'fast-check';
import { JsoncSyntaxError, parseJsonc } from '../../../core/policy/jsonc';

function syntaxError(text: string): JsoncSyntaxError {
  try {
    parseJsonc(text);
  } catch (error) {
    if (error instanceof JsoncSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('parseJsonc', () => {
  it('reads any JSON exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(parseJsonc(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('ignores line and block comments outside strings', () => {
    const text = `// header comment
{
  /* a block
     over lines */ "a": 1, // after a value
  "b": "not // a comment", "c": "nor /* this */"
}
/* trailing */`;
    expect(parseJsonc(text)).toEqual({ a: 1, b: 'not // a comment', c: 'nor /* this */' });
  });

  it('accepts trailing commas in objects and lists', () => {
    expect(parseJsonc('{ "a": [1, 2, ], "b": { "c": true, }, }')).toEqual({ a: [1, 2], b: { c: true } });
  });

  it('drops a leading byte-order mark', () => {
    expect(parseJsonc('\ufeff{"a": 1}')).toEqual({ a: 1 });
  });

  it('decodes escapes', () => {
    expect(parseJsonc('"tab\\there \\u00e9 \\"q\\" \\\\ \\/"')).toBe('tab\there é "q" \\ /');
  });

  it('keeps a "__proto__" key as data and never as the prototype', () => {
    const value = parseJsonc('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}'"],
    ['{\n  "a": 1,,\n}', 2, 10, "unexpected ','"],
    ['{ "a": 07:30 }', 1, 8, 'not a valid number'],
    ["{ 'a': 1 }", 1, 3, 'expected a field name in double quotes'],
    ['{ "a": \'x\' }', 1, 8, 'single quotes'],
    ['{ "a": Europe }', 1, 8, 'double quotes'],
    ['{ "a": "open\n}', 1, 8, 'the text is not closed'],
    ['{ "a": 1 /* never closed', 1, 10, 'the comment is not closed'],
    ['{ "a": [1, 2', 1, 8, "the list is not closed: expected ']'"],
    ['{\r\n "a": 1\r\n', 1, 1, "the object is not closed: expected '}'"],
    ['{ "a": 1 } x', 1, 12, 'after the end of the JSON value'],
    ['  ', 1, 3, 'the file is empty'],
    ['{ "a": "C:\\Users" }', 1, 11, 'unknown escape'],
    ['{ "a": 1, "a": 2 }', 1, 11, 'field "a" appears twice'],
    ['{ "a": tru }', 1, 8, 'double quotes'],
  ])('reports %j at line %i, column %i', (text, line, column, reason) => {
    const error = syntaxError(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.reason).toContain(reason);
    expect(error.message).toBe(`line ${line}, column ${column}: ${error.reason}`);
  });

  it('counts CRLF and lone CR as one line break each', () => {
    expect(syntaxError('{\r\n"a": 1\r\n"b": 2}').line).toBe(3);
    expect(syntaxError('{\r"a": 1\r"b": 2}').line).toBe(3);
  });

  it('stops at a bounded depth instead of overflowing the stack', () => {
    const error = syntaxError('['.repeat(5000));
    expect(error.reason).toContain('nested more than');
  });

  it('never quotes a long key in a message', () => {
    const key = 'k'.repeat(500);
    const error = syntaxError(`{ "${key}": 1, "${key}": 2 }`);
    expect(error.message.length).toBeLessThan(120);
  });
});
