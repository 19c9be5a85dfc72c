/**
 * The incident log's installable triggers: exactly one of each (duplicates, and a form trigger pointing at
 * an older form, are deleted by platform/triggers.ts).
 */
import { isClockTrigger, reconcileTriggers, type TriggerChanges, type WantedTrigger } from '../platform/triggers';

export type { TriggerChanges };
export const HANDLERS = {
  submit: 'onIncidentSubmit',
  chase: 'checkOverdueActions',
  summary: 'sendTermlySummary',
} as const;

/** Hours of the day (school time) the daily jobs run: before the school day starts. */
const CHASE_HOUR = 7;
const SUMMARY_HOUR = 6;

export function ensureTriggers(formId: string, timeZone: string): TriggerChanges {
  const wanted: WantedTrigger[] = [
    {
      handler: HANDLERS.submit,
      matches: (t) =>
        String(t.getEventType()) === String(ScriptApp.EventType.ON_FORM_SUBMIT) &&
        String(t.getTriggerSource()) === String(ScriptApp.TriggerSource.FORMS) &&
        t.getTriggerSourceId() === formId,
      create: () => ScriptApp.newTrigger(HANDLERS.submit).forForm(formId).onFormSubmit().create(),
    },
    {
      handler: HANDLERS.chase,
      matches: isClockTrigger,
      create: () =>
        ScriptApp.newTrigger(HANDLERS.chase).timeBased().everyDays(1).atHour(CHASE_HOUR).inTimezone(timeZone).create(),
    },
    {
      handler: HANDLERS.summary,
      matches: isClockTrigger,
      create: () =>
        ScriptApp.newTrigger(HANDLERS.summary)
          .timeBased()
          .everyDays(1)
          .atHour(SUMMARY_HOUR)
          .inTimezone(timeZone)
          .create(),
    },
  ];
  return reconcileTriggers(wanted);
}
