import { readAll, type Source } from './source';
import { decodeText } from './text/decode';

const BATCH_LINES = 5000;

/**
 * .json: flattened to `path.key: value` lines, so each key is the label of its value
 * (`pupils[3].dob: 2014-02-01`). JSON Lines files are read line by line; text that is not JSON at all
 * is scanned as it is.
 */
export async function* extractJson(src: Source): AsyncIterable<string> {
  const text = decodeText(await readAll(src));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    try {
      value = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      yield text;
      return;
    }
  }
  let batch: string[] = [];
  for (const line of flattenJson(value)) {
    batch.push(line);
    if (batch.length >= BATCH_LINES) {
      yield batch.join('\n') + '\n';
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('\n') + '\n';
}

/** Depth-first `path: value` lines; an explicit stack, so deep nesting cannot overflow the call stack. */
export function* flattenJson(root: unknown): Iterable<string> {
  const stack: [string, unknown][] = [['', root]];
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([`${path}[${i}]`, value[i]]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        stack.push([path ? `${path}.${k}` : k, v]);
      }
    } else {
      const v = value === null ? 'null' : String(value).replace(/\s*\n\s*/g, ' ');
      yield path ? `${path}: ${v}` : v;
    }
  }
}
