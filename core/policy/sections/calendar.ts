import { z } from 'zod';
import { isIsoDate, isoDate, monthDay, text } from './fields';

const term = z.strictObject({
  name: text,
  start: isoDate,
  end: isoDate,
});

export type Term = z.output<typeof term>;

/**
 * Terms drive termly summaries and annual renewals. They may be written in any order; they come out
 * sorted by start date and must not overlap.
 */
export const calendarSection = z.strictObject({
  /** When the academic year (and annual AUP renewal) starts, as MM-DD. */
  academicYearStart: monthDay.default('09-01'),
  terms: z
    .array(term)
    .default([])
    .superRefine(
      (terms, ctx) => {
        // Runs even when some term is malformed; only terms with two valid dates are compared.
        const dated = terms
          .map((t: unknown, index) => ({ t: (typeof t === 'object' && t !== null ? t : {}) as Partial<Term>, index }))
          .filter((item): item is { t: Term; index: number } => isIsoDate(item.t.start) && isIsoDate(item.t.end));
        for (const { t, index } of dated) {
          if (t.start > t.end) {
            ctx.addIssue({ code: 'custom', path: [index, 'end'], message: `must not be before start (${t.start})` });
          }
        }
        const order = dated.filter(({ t }) => t.start <= t.end).sort((a, b) => a.t.start.localeCompare(b.t.start));
        for (let i = 1; i < order.length; i++) {
          const previous = order[i - 1]!;
          const current = order[i]!;
          if (current.t.start <= previous.t.end) {
            const name = typeof previous.t.name === 'string' ? ` ${JSON.stringify(shorten(previous.t.name))}` : '';
            ctx.addIssue({
              code: 'custom',
              path: [current.index],
              message: `overlaps term${name} (${previous.t.start} to ${previous.t.end})`,
            });
          }
        }
      },
      { when: ({ value }) => Array.isArray(value) },
    )
    .transform((terms) => [...terms].sort((a, b) => a.start.localeCompare(b.start))),
});

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
