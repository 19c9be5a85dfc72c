/**
 * The mail check's triggers, for the account that runs them: the monitoring mailbox, because GmailApp
 * reads the mailbox of the trigger's owner. Idempotent like the incident triggers: exactly one of each.
 */
import { isClockTrigger, reconcileTriggers, type TriggerChanges } from '../platform/triggers';

export const MAIL_HANDLERS = { check: 'runMailCheck', digest: 'sendMailDigest' } as const;

/** Minutes between slices: one slice takes at most 4.5, so they never overlap. */
export const CHECK_EVERY_MINUTES = 15;
/** The digest arrives before the school day starts (school time). */
export const DIGEST_HOUR = 7;

/** With `on` false, this account's mail triggers are removed (the check was turned off or moved). */
export function ensureMailTriggers(timeZone: string, on = true): TriggerChanges {
  const wanted = [
    {
      handler: MAIL_HANDLERS.check,
      matches: isClockTrigger,
      create: () => ScriptApp.newTrigger(MAIL_HANDLERS.check).timeBased().everyMinutes(CHECK_EVERY_MINUTES).create(),
    },
    {
      handler: MAIL_HANDLERS.digest,
      matches: isClockTrigger,
      create: () =>
        ScriptApp.newTrigger(MAIL_HANDLERS.digest)
          .timeBased()
          .everyDays(1)
          .atHour(DIGEST_HOUR)
          .inTimezone(timeZone)
          .create(),
    },
  ];
  return reconcileTriggers(wanted, on);
}
