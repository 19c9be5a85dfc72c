/** Utilities: formatDate (SimpleDateFormat in a zone), deterministic UUIDs, and sleep on the world's clock. */
import { createPrivateKey, createSign } from 'node:crypto';
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

  /** A real RS256 signature (a service account's JWT), as Java bytes (-128..127) like Apps Script's. */
  computeRsaSha256Signature(value: string, key: string): number[] {
    let privateKey;
    try {
      privateKey = createPrivateKey(String(key));
    } catch {
      throw new AppsScriptError('Invalid argument: key');
    }
    const signature = createSign('RSA-SHA256').update(String(value), 'utf8').sign(privateKey);
    return Array.from(signature, (byte) => (byte > 127 ? byte - 256 : byte));
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd]/g, () => String(args[i++]));
  }
}
