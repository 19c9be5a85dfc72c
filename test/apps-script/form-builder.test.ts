/** The report form is built from its definition and rebuilt in place, whatever was edited since. */
import { INCIDENT_REPORT_FORM } from '../../forms';
import { buildForm, type ItemMap } from '../../apps-script/incidents/form-builder';
import { moduleWorld } from './modules';
import { title } from './school';

function build(world: ReturnType<typeof moduleWorld>, formId: string, previous: ItemMap): ItemMap {
  return world.byHand(() => buildForm(FormApp.openById(formId), INCIDENT_REPORT_FORM, previous).items);
}

describe('buildForm', () => {
  it('creates one item per question, of the right kind, in order', () => {
    const world = moduleWorld();
    const formId = world.byHand(() => FormApp.create('x').getId());
    const items = build(world, formId, {});
    const form = world.form(formId);
    expect(form.getItems().map((item) => item.getTitle())).toEqual(INCIDENT_REPORT_FORM.questions.map((q) => q.title));
    expect(Object.values(items)).toEqual(INCIDENT_REPORT_FORM.questions.map((q) => q.id));
    const category = form.getItems().find((item) => item.getTitle() === title('category'))!;
    expect(category.getType()).toBe('MULTIPLE_CHOICE');
    expect(category.isRequired()).toBe(true);
    expect(category.getChoices().map((choice) => choice.getValue())).toContain('Cyberbullying');
    expect(
      form
        .getItems()
        .find((item) => item.getTitle() === title('occurredAt'))!
        .getType(),
    ).toBe('DATETIME');
    expect(form.getTitle()).toBe(INCIDENT_REPORT_FORM.title);
    expect(form.getConfirmationMessage()).toBe(INCIDENT_REPORT_FORM.confirmation);
  });

  it('puts edited questions back without adding items, and leaves items added by hand', () => {
    const world = moduleWorld();
    const formId = world.byHand(() => FormApp.create('x').getId());
    const first = build(world, formId, {});
    const form = world.form(formId);
    const description = form.getItems().find((item) => item.getTitle() === title('description'))!;
    description.setTitle('Tell us').setRequired(false);
    form.moveItem(description, 0);
    form.addTextItem().setTitle('Room number');

    const second = build(world, formId, first);
    expect(second).toEqual(first);
    expect(description.getTitle()).toBe(title('description'));
    expect(description.isRequired()).toBe(true);
    expect(form.getItems()).toHaveLength(INCIDENT_REPORT_FORM.questions.length + 1);
    expect(form.getItems().at(-1)!.getTitle()).toBe('Room number');
  });
});
