import { z } from 'zod';
import { clockTime, emailList, isClockTime, minutesOfDay } from './fields';

const allowedHours = z
  .strictObject({
    start: clockTime,
    end: clockTime,
    /** true: Saturday and Sunday are out of hours all day. */
    weekdaysOnly: z.boolean(),
  })
  .superRefine(
    (hours, ctx) => {
      // Overnight windows are not a school day; refusing them catches swapped start and end.
      if (minutesOfDay(hours.start) >= minutesOfDay(hours.end)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `must be later than start (${hours.start})` });
      }
    },
    // Checked even when another field is wrong, so the technician sees every problem at once.
    { when: ({ value }) => hasClockTimes(value) },
  );

function hasClockTimes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  return isClockTime(start) && isClockTime(end);
}

/** Staff-pupil email rules, in the school's local time. */
export const mailSection = z.strictObject({
  staffPupilEmail: z.enum(['allowed', 'forbidden']),
  allowedHours,
  /** The school's own sending accounts (office, no-reply): never treated as a person's account. */
  officialAccounts: emailList.default([]),
  /** true: a staff email to a single pupil should copy in a colleague; one that does not is flagged. */
  requireColleagueCopy: z.boolean().default(false),
});
