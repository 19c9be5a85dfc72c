/**
 * Just enough RFC 5322 reading for a mail server's own needs: the header fields (unfolded) and the
 * addresses in From/To/Cc/Bcc, for delivery and search. Deliberately independent of connectors/mail,
 * so the source is not tested against its own parser.
 */

export interface MessageHeader {
  readonly name: string;
  readonly value: string;
}

export interface Envelope {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
}

/** Header fields up to the first blank line; folded lines joined. Broken lines are skipped, not fatal. */
export function readHeaders(raw: Buffer): MessageHeader[] {
  const text = raw.toString('latin1');
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank ? text.slice(0, blank.index) : text;
  const out: { name: string; value: string }[] = [];
  for (const line of head.split(/\r?\n/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) {
      out[out.length - 1]!.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    out.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return out;
}

const ADDRESS = /[^\s<>(),;:"'[\]]+@[^\s<>(),;:"'[\]]+/g;

/** Every address in the named headers, lower-cased. Quoted display names are dropped first. */
export function addressesIn(headers: readonly MessageHeader[], name: string): string[] {
  const values = headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  const found: string[] = [];
  for (const value of values) {
    const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, ' ');
    for (const m of unquoted.matchAll(ADDRESS)) found.push(m[0].toLowerCase());
  }
  return found;
}

export function envelopeOf(headers: readonly MessageHeader[]): Envelope {
  return {
    from: addressesIn(headers, 'from'),
    to: addressesIn(headers, 'to'),
    cc: addressesIn(headers, 'cc'),
    bcc: addressesIn(headers, 'bcc'),
  };
}

/** The decoded-enough text of the message, for plain search words: headers and body as they are. */
export function searchableText(raw: Buffer): string {
  return raw.toString('utf8').toLowerCase();
}
