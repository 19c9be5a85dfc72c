/** The scanners compared: sos itself and the two npm redactors, behind one interface. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanText } from '../../core/sensitive/scanner';
import { normaliseTextTables } from '../../core/sensitive/text-tables';
import { redactedSpans } from './align';
import type { SensitiveType } from './doc-builder';

export interface Hit {
  readonly type: SensitiveType;
  readonly start: number;
  readonly end: number;
}

export interface Tool {
  readonly name: string;
  readonly version: string;
  /** What is timed: the tool's normal call on a piece of text. */
  run(text: string): unknown;
  /**
   * Hits mapped to our types, for the coverage check, in the coordinates of `frame(text)`; null when
   * the tool's output could not be mapped back onto the text.
   */
  hits(text: string): Hit[] | null;
  /** The text the hit offsets refer to. */
  frame(text: string): string;
}

function versionOf(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (meta.name === pkg) return meta.version ?? '?';
    } catch {
      // not the package root yet
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

function sosTool(): Tool {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    name: 'sos',
    version,
    run: (text) => scanText(text),
    // Medium and high only: low is what `sos scan` hides by default.
    hits: (text) => scanText(text).filter((m) => m.confidence !== 'low'),
    // The scanner reports offsets in the text after plain-text tables are rendered as labelled rows.
    frame: (text) => normaliseTextTables(text),
  };
}

interface Redactor {
  redact(text: string): string;
}

/** A label-replacing redactor; `types` says which of its labels name one of our types. */
function redactorTool(name: string, redactor: Redactor, labels: Record<string, SensitiveType | null>): Tool {
  const all = Object.keys(labels);
  return {
    name,
    version: versionOf(name),
    run: (text) => redactor.redact(text),
    hits: (text) => {
      const spans = redactedSpans(text, redactor.redact(text), all);
      if (!spans) return null;
      const out: Hit[] = [];
      for (const s of spans) {
        for (const type of new Set(s.labels.map((l) => labels[l])))
          if (type) out.push({ type, start: s.start, end: s.end });
      }
      return out;
    },
    frame: (text) => text,
  };
}

export function loadTools(): Tool[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redactor } = require('@redactpii/node') as { Redactor: new () => Redactor };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => Redactor };
  return [
    sosTool(),
    redactorTool('@redactpii/node', new Redactor(), {
      CREDIT_CARD_NUMBER: 'payment_card',
      EMAIL_ADDRESS: 'email_address',
      PHONE_NUMBER: 'phone_number',
      PERSON_NAME: null,
      US_SOCIAL_SECURITY_NUMBER: null,
      DIGITS: null,
    }),
    redactorTool('redact-pii', new SyncRedactor(), {
      CREDIT_CARD_NUMBER: 'payment_card',
      EMAIL_ADDRESS: 'email_address',
      PHONE_NUMBER: 'phone_number',
      STREET_ADDRESS: 'postal_address',
      // US ZIP codes: an address part, credited as an address if it ever lands on one.
      ZIPCODE: 'postal_address',
      IP_ADDRESS: null,
      US_SOCIAL_SECURITY_NUMBER: null,
      USERNAME: null,
      PASSWORD: null,
      CREDENTIALS: null,
      DIGITS: null,
      URL: null,
      PERSON_NAME: null,
    }),
  ];
}
