/**
 * The incident log's installable triggers, made idempotent: each handler ends up with exactly one
 * trigger of the right kind (duplicates, and a form trigger pointing at an older form, are deleted).
 * Triggers belong to whoever runs setup; another account's triggers are invisible here.
 */
export const HANDLERS = {
  submit: 'onIncidentSubmit',
  chase: 'checkOverdueActions',
  summary: 'sendTermlySummary',
} as const;

type Trigger = GoogleAppsScript.Script.Trigger;

interface Wanted {
  readonly handler: string;
  matches(trigger: Trigger): boolean;
  create(): void;
}

/** Hours of the day (school time) the daily jobs run: before the school day starts. */
const CHASE_HOUR = 7;
const SUMMARY_HOUR = 6;

export interface TriggerChanges {
  readonly created: readonly string[];
  readonly removed: number;
}

export function ensureTriggers(formId: string, timeZone: string): TriggerChanges {
  const wanted: Wanted[] = [
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
      matches: (t) => String(t.getEventType()) === String(ScriptApp.EventType.CLOCK),
      create: () =>
        ScriptApp.newTrigger(HANDLERS.chase).timeBased().everyDays(1).atHour(CHASE_HOUR).inTimezone(timeZone).create(),
    },
    {
      handler: HANDLERS.summary,
      matches: (t) => String(t.getEventType()) === String(ScriptApp.EventType.CLOCK),
      create: () =>
        ScriptApp.newTrigger(HANDLERS.summary)
          .timeBased()
          .everyDays(1)
          .atHour(SUMMARY_HOUR)
          .inTimezone(timeZone)
          .create(),
    },
  ];
  const existing = ScriptApp.getProjectTriggers();
  const created: string[] = [];
  let removed = 0;
  for (const want of wanted) {
    const mine = existing.filter((trigger) => trigger.getHandlerFunction() === want.handler);
    const keep = mine.find((trigger) => want.matches(trigger));
    for (const trigger of mine) {
      if (trigger === keep) continue;
      ScriptApp.deleteTrigger(trigger);
      removed += 1;
    }
    if (!keep) {
      want.create();
      created.push(want.handler);
    }
  }
  return { created, removed };
}
