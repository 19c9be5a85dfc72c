/** Logger and console: lines go to the world's log, which tests read to check nothing sensitive is logged. */
import { FakeObject } from './fake-object';

export interface LogLine {
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly text: string;
}

function renderOne(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  // Errors may come from the script's realm, where `instanceof Error` is false.
  if (typeof arg === 'object' && arg !== null && 'message' in arg && 'stack' in arg) return String(arg.message);
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

function render(args: unknown[]): string {
  return args.map(renderOne).join(' ');
}

export class FakeLogger extends FakeObject {
  constructor(private readonly lines: LogLine[]) {
    super();
  }

  log(format: unknown, ...values: unknown[]): this {
    let i = 0;
    const text =
      values.length > 0 && typeof format === 'string'
        ? format.replace(/%s/g, () => String(values[i++]))
        : render([format]);
    this.lines.push({ level: 'log', text });
    return this;
  }

  getLog(): string {
    return this.lines.map((line) => line.text).join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export class FakeConsole extends FakeObject {
  constructor(private readonly lines: LogLine[]) {
    super();
  }

  log(...args: unknown[]): void {
    this.lines.push({ level: 'log', text: render(args) });
  }

  info(...args: unknown[]): void {
    this.lines.push({ level: 'info', text: render(args) });
  }

  warn(...args: unknown[]): void {
    this.lines.push({ level: 'warn', text: render(args) });
  }

  error(...args: unknown[]): void {
    this.lines.push({ level: 'error', text: render(args) });
  }
}
