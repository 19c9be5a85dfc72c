/** Utilities: formatDate (SimpleDateFormat in a zone), deterministic UUIDs, and sleep on the world's clock. */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';
import { isDate } from './runtime/realm';
import { formatDate } from './simple-date-format';

export interface UtilitiesHost {
  nextUuid(): string;
  sleep(milliseconds: number): void;
}

export class FakeUtilities extends FakeObject {
  constructor(private readonly host: UtilitiesHost) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || Number.isNaN(date.getTime())) throw new AppsScriptError('Invalid argument: date');
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone });
    } catch {
      throw new AppsScriptError(`Invalid argument: timeZone`);
    }
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return this.host.nextUuid();
  }

  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new AppsScriptError('Invalid argument: milliseconds (at most 300000)');
    this.host.sleep(milliseconds);
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd]/g, () => String(args[i++]));
  }
}
