/** Both shapes of form-submit event become the same raw submission. */
import { INCIDENT_REPORT_FORM } from '../../forms';
import { buildForm } from '../../apps-script/incidents/form-builder';
import { NotASubmissionError, rawFromEvent, sheetDateTime } from '../../apps-script/incidents/submission-event';
import { moduleWorld } from './modules';
import { report, TEACHER, title } from './school';

const ZONE = 'Europe/London';

function formWorld() {
  const world = moduleWorld();
  const { formId, items } = world.byHand(() => {
    const created = FormApp.create('Report');
    return { formId: created.getId(), items: buildForm(created, INCIDENT_REPORT_FORM, {}).items };
  });
  return { world, formId, items };
}

describe('rawFromEvent', () => {
  it('reads a Forms trigger’s response by item, with the respondent and the time it was sent', () => {
    const { world, formId, items } = formWorld();
    world.setNow('2026-07-01T10:15:00Z');
    const { response } = world.submitForm(formId, report({ occurredAt: '2026-06-30 16:05' }), { respondent: TEACHER });
    const raw = world.byHand(() => rawFromEvent({ response }, INCIDENT_REPORT_FORM, items, ZONE));
    expect(raw).toEqual({
      reporter: TEACHER,
      reportedAt: '2026-07-01T10:15:00.000Z',
      occurredAt: '2026-06-30T16:05:00+01:00',
      location: 'Outside school',
      category: 'Cyberbullying',
      immediateRisk: 'No',
      pupils: 'Alex Brown, Y8',
      description: 'Alex Brown was sent abusive messages in a group chat.',
    });
  });

  it('still places an answer whose question was retitled on the form, by its item id', () => {
    const { world, formId, items } = formWorld();
    const form = world.form(formId);
    form
      .getItems()
      .find((item) => item.getTitle() === title('description'))!
      .setTitle('Tell us what happened');
    const answers = report();
    answers['Tell us what happened'] = answers[title('description')]!;
    delete answers[title('description')];
    const { response } = world.submitForm(formId, answers, { respondent: TEACHER });
    const raw = world.byHand(() => rawFromEvent({ response }, INCIDENT_REPORT_FORM, items, ZONE));
    expect(raw.description).toBe('Alex Brown was sent abusive messages in a group chat.');
    expect(raw.unmappedAnswers).toBeUndefined();
  });

  it('reads a Sheets trigger’s namedValues, whose times are UK-formatted text', () => {
    const namedValues = {
      Timestamp: ['01/07/2026 11:15:00'],
      'Email Address': [TEACHER],
      [title('occurredAt')]: ['30/06/2026 16:05:00'],
      [title('category')]: ['Cyberbullying'],
      [title('description')]: ['Messages.'],
      [title('staff')]: [''],
      'A question added by hand': ['Room B12'],
    };
    const raw = rawFromEvent({ namedValues, values: [] }, INCIDENT_REPORT_FORM, {}, ZONE);
    expect(raw).toEqual({
      reporter: TEACHER,
      reportedAt: '2026-07-01T11:15:00+01:00',
      occurredAt: '2026-06-30T16:05:00+01:00',
      category: 'Cyberbullying',
      description: 'Messages.',
      unmappedAnswers: { 'A question added by hand': 'Room B12' },
    });
  });

  it('refuses a call that carries no form response at all', () => {
    expect(() => rawFromEvent(undefined, INCIDENT_REPORT_FORM, {}, ZONE)).toThrow(NotASubmissionError);
    expect(() => rawFromEvent({ authMode: 'FULL' }, INCIDENT_REPORT_FORM, {}, ZONE)).toThrow(NotASubmissionError);
  });
});

describe('sheetDateTime', () => {
  it.each([
    ['04/03/2026 13:45:00', '2026-03-04 13:45'],
    ['4/3/2026', '2026-03-04'],
    ['2026-03-04 13:45', '2026-03-04 13:45'],
  ])('%s -> %s', (input, expected) => {
    expect(sheetDateTime(input)).toBe(expected);
  });
});
