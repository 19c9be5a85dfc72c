/** What every document family draws on: its own random stream and the school's people. */
import { dateBetween, utcDate } from '../identifiers';
import type { Pupil, SchoolPeople, Staff } from '../people';
import type { Random } from '../random';

export interface FamilyContext {
  readonly rng: Random;
  readonly people: SchoolPeople;
}

/** A weekday between two dates of the 2025/26 year, at a plausible time of the working day. */
export function schoolDay(rng: Random, from: Date, to: Date, hour = rng.int(8, 16)): Date {
  for (;;) {
    const d = dateBetween(rng, from, to);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) return new Date(d.getTime() + (hour * 60 + rng.int(0, 59)) * 60_000);
  }
}

export const AUTUMN_START = utcDate(2025, 9, 3);
export const AUTUMN_END = utcDate(2025, 12, 19);
export const SPRING_START = utcDate(2026, 1, 5);
export const SUMMER_END = utcDate(2026, 7, 22);

/** Distinct pupils matching a test, in a random order. */
export function pupilsWhere(ctx: FamilyContext, test: (p: Pupil) => boolean, n: number): Pupil[] {
  return ctx.rng.sample(ctx.people.pupils.filter(test), n);
}

export function pupilsInYear(ctx: FamilyContext, year: number): Pupil[] {
  return ctx.people.pupils.filter((p) => p.year === year);
}

export function tutorOf(ctx: FamilyContext, form: string): Staff {
  // Teachers (not the named posts) tutor the ten forms, in a fixed order.
  const forms = ['7K', '7W', '8K', '8W', '9K', '9W', '10K', '10W', '11K', '11W'];
  const teachers = ctx.people.staff.filter((s) => s.role.startsWith('Teacher of'));
  return teachers[Math.max(0, forms.indexOf(form)) % teachers.length]!;
}

/** "Mrs Patel": how staff are named in school documents. */
export const titled = (s: Staff): string => `${s.title} ${s.surname}`;

export const he = (p: Pupil): string => (p.female ? 'she' : 'he');
export const his = (p: Pupil): string => (p.female ? 'her' : 'his');
export const him = (p: Pupil): string => (p.female ? 'her' : 'him');
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
