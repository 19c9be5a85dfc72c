/**
 * Field schemas shared by the profile sections. Each carries the message an IT technician needs to fix
 * the value; the "(got ...)" part is added when errors are formatted, truncated, so it is not repeated here.
 */
import { z } from 'zod';

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Lower-cased, without a trailing dot; undefined when it is not a plausible public domain name. */
export function normaliseDomain(raw: string): string | undefined {
  const domain = raw.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length === 0 || domain.length > 253) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2) return undefined;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  return TOP_LEVEL.test(labels[labels.length - 1] as string) ? domain : undefined;
}

function domainHint(raw: string): string {
  if (raw.includes('@')) return 'must be a domain name like example.sch.uk, without the part before "@"';
  if (/^[a-z]+:\/\//i.test(raw.trim())) return 'must be a domain name like example.sch.uk, without "https://"';
  if (raw.includes('/')) return 'must be a domain name like example.sch.uk, without a path';
  return 'must be a domain name like example.sch.uk';
}

export const domainName = z.string().transform((raw, ctx) => {
  const domain = normaliseDomain(raw);
  if (domain === undefined) {
    ctx.addIssue({ code: 'custom', message: domainHint(raw) });
    return z.NEVER;
  }
  return domain;
});

/** A list of domains, lower-cased, each at most once. */
export function domainList(options: { min?: number } = {}) {
  const base = z.array(domainName);
  const sized =
    options.min && options.min > 0
      ? base.min(options.min, {
          error: `must list at least ${options.min === 1 ? 'one domain' : `${options.min} domains`}`,
        })
      : base;
  return sized.transform((domains) => [...new Set(domains)]);
}

/** One mailbox, lower-cased: the profile names staff and accounts, so a plain address is all it takes. */
export const emailAddress = z.string().transform((raw, ctx) => {
  const address = raw.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = normaliseDomain(address.slice(at + 1));
  if (at <= 0 || local.length > 64 || /[\s<>(),;:"[\]\\@]/.test(local) || domain === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be an email address like dsl@example.sch.uk' });
    return z.NEVER;
  }
  return `${local}@${domain}`;
});

export const emailList = z.array(emailAddress).transform((addresses) => [...new Set(addresses)]);

/** Name-like text: trimmed and not empty. */
export const text = z
  .string()
  .transform((raw) => raw.trim())
  .refine((value) => value.length > 0, { error: 'must not be empty' })
  .refine((value) => value.length <= 200, { error: 'must be at most 200 characters' });

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/** 24-hour "HH:MM", as a school day is written. */
export const clockTime = z.string().regex(CLOCK_TIME, { error: 'must be a time like 07:30 (24-hour HH:MM)' });

export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const limit = month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= limit;
}

/** "YYYY-MM-DD", a real calendar date. */
export const isoDate = z.string().refine(isIsoDate, { error: 'must be a date like 2025-09-03 (YYYY-MM-DD)' });

/** "MM-DD", a day that occurs every year (so not 02-29). */
export const monthDay = z.string().refine(
  (value) => {
    const match = /^(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [month, day] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 28 : (DAYS_IN_MONTH[month - 1] as number));
  },
  { error: 'must be a month and day like 09-01 (MM-DD)' },
);

/**
 * An IANA zone, returned in its canonical spelling ("europe/london" becomes "Europe/London").
 * Intl throws a RangeError on unknown zones, in Node and in Apps Script's V8 alike. Abbreviations are
 * refused even where Intl knows them: "GMT" has no summer time and "BST" is Bangladesh, so either
 * would put a UK school's hours out by an hour or more.
 */
export const timeZone = z.string().transform((raw, ctx) => {
  const zone = raw.trim();
  const abbreviation = !zone.includes('/') && zone.toUpperCase() !== 'UTC';
  try {
    if (zone.length === 0 || abbreviation) throw new RangeError('not a region/city zone');
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    const hint = /^(GMT|BST|UTC?[+-].*|GMT[+-].*)$/i.test(zone)
      ? '; for the UK with summer time use "Europe/London"'
      : '';
    ctx.addIssue({ code: 'custom', message: `must be an IANA time zone like "Europe/London"${hint}` });
    return z.NEVER;
  }
});

/** A Google org unit path such as "/Staff" or "/Pupils/Year 7", without a trailing slash. */
export const orgUnitPath = z.string().transform((raw, ctx) => {
  const path = raw.trim().replace(/(.)\/+$/, '$1');
  if (!path.startsWith('/') || path.includes('//')) {
    ctx.addIssue({ code: 'custom', message: 'must be an org unit path starting with "/", like "/Staff"' });
    return z.NEVER;
  }
  return path;
});
