/**
 * Installable triggers made idempotent: each wanted handler ends up with exactly one trigger of the right
 * kind (duplicates and stale ones are deleted), or none when the capability is switched off. Triggers
 * belong to whoever runs setup; another account's triggers are invisible here.
 */
type Trigger = GoogleAppsScript.Script.Trigger;

export interface WantedTrigger {
  readonly handler: string;
  /** The existing trigger that may stay (right event, right source). */
  matches(trigger: Trigger): boolean;
  create(): void;
}

export interface TriggerChanges {
  readonly created: readonly string[];
  readonly removed: number;
}

export const isClockTrigger = (trigger: Trigger): boolean =>
  String(trigger.getEventType()) === String(ScriptApp.EventType.CLOCK);

/** With `on` false, every trigger of the wanted handlers is removed. */
export function reconcileTriggers(wanted: readonly WantedTrigger[], on = true): TriggerChanges {
  const existing = ScriptApp.getProjectTriggers();
  const created: string[] = [];
  let removed = 0;
  for (const want of wanted) {
    const mine = existing.filter((trigger) => trigger.getHandlerFunction() === want.handler);
    const keep = on ? mine.find((trigger) => want.matches(trigger)) : undefined;
    for (const trigger of mine) {
      if (trigger === keep) continue;
      ScriptApp.deleteTrigger(trigger);
      removed += 1;
    }
    if (on && !keep) {
      want.create();
      created.push(want.handler);
    }
  }
  return { created, removed };
}
