/** Installing the incident log's triggers leaves exactly one of each, whatever was there before. */
import { ensureTriggers } from '../../apps-script/incidents/triggers';
import { moduleWorld } from './modules';

const triggers = (world: ReturnType<typeof moduleWorld>) =>
  world.triggers.all.map((t) => `${t.handler}:${t.eventType}:${t.sourceId}:${t.clock?.atHour ?? ''}`).sort();

describe('ensureTriggers', () => {
  it('creates the three triggers once', () => {
    const world = moduleWorld();
    world.byHand(() => ensureTriggers('form-1', 'Europe/London'));
    const first = triggers(world);
    expect(first).toEqual([
      'checkOverdueActions:CLOCK::7',
      'onIncidentSubmit:ON_FORM_SUBMIT:form-1:',
      'sendTermlySummary:CLOCK::6',
    ]);
    expect(world.byHand(() => ensureTriggers('form-1', 'Europe/London'))).toEqual({ created: [], removed: 0 });
    expect(triggers(world)).toEqual(first);
  });

  it('removes duplicates and a trigger left on a previous form, and leaves other handlers alone', () => {
    const world = moduleWorld();
    world.byHand(() => {
      ScriptApp.newTrigger('onIncidentSubmit').forForm('old-form').onFormSubmit().create();
      ScriptApp.newTrigger('checkOverdueActions').timeBased().everyDays(1).atHour(7).create();
      ScriptApp.newTrigger('checkOverdueActions').timeBased().everyDays(1).atHour(9).create();
      ScriptApp.newTrigger('runReminders').timeBased().everyDays(1).atHour(8).create();
    });
    const changes = world.byHand(() => ensureTriggers('form-2', 'Europe/London'));
    expect(changes).toEqual({ created: ['onIncidentSubmit', 'sendTermlySummary'], removed: 2 });
    expect(triggers(world)).toEqual([
      'checkOverdueActions:CLOCK::7',
      'onIncidentSubmit:ON_FORM_SUBMIT:form-2:',
      'runReminders:CLOCK::8',
      'sendTermlySummary:CLOCK::6',
    ]);
  });
});
