/**
 * Builds the incident report Form from its definition (forms/incident-report.ts), and can be run again:
 * each question is found by the item id stored last time (or its title), created only if missing,
 * and set back to the definition. Items added by hand are left alone.
 */
import type { FormDefinition, Question, QuestionType } from '../../core/incidents';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;

/** Form item id (as text) to question id. */
export type ItemMap = Readonly<Record<string, string>>;

function itemTypeOf(type: QuestionType): ItemType {
  switch (type) {
    case 'text':
      return FormApp.ItemType.TEXT;
    case 'paragraph':
      return FormApp.ItemType.PARAGRAPH_TEXT;
    case 'date-time':
      return FormApp.ItemType.DATETIME;
    case 'choice':
    case 'yes-no':
      return FormApp.ItemType.MULTIPLE_CHOICE;
    case 'checkbox':
      return FormApp.ItemType.CHECKBOX;
    case 'section':
      return FormApp.ItemType.SECTION_HEADER;
  }
}

function addItem(form: Form, type: QuestionType): Item {
  switch (type) {
    case 'text':
      return form.addTextItem() as unknown as Item;
    case 'paragraph':
      return form.addParagraphTextItem() as unknown as Item;
    case 'date-time':
      return form.addDateTimeItem() as unknown as Item;
    case 'choice':
    case 'yes-no':
      return form.addMultipleChoiceItem() as unknown as Item;
    case 'checkbox':
      return form.addCheckboxItem() as unknown as Item;
    case 'section':
      return form.addSectionHeaderItem() as unknown as Item;
  }
}

/** The typed view of an item has the setters; `Item` itself only has title and help text. */
function configure(item: Item, question: Question): void {
  const labels = (question.choices ?? []).map((choice) => choice.label);
  switch (question.type) {
    case 'text':
      item
        .asTextItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '')
        .setRequired(question.required);
      return;
    case 'paragraph':
      item
        .asParagraphTextItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '')
        .setRequired(question.required);
      return;
    case 'date-time':
      item
        .asDateTimeItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '')
        .setRequired(question.required);
      return;
    case 'choice':
    case 'yes-no':
      item
        .asMultipleChoiceItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '')
        .setRequired(question.required)
        .setChoiceValues(labels);
      return;
    case 'checkbox':
      item
        .asCheckboxItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '')
        .setRequired(question.required)
        .setChoiceValues(labels);
      return;
    case 'section':
      item
        .asSectionHeaderItem()
        .setTitle(question.title)
        .setHelpText(question.help ?? '');
      return;
  }
}

export interface FormBuild {
  readonly items: ItemMap;
  /** Settings the account could not apply (sign-in limits need a Workspace domain). */
  readonly warnings: readonly string[];
}

export function buildForm(form: Form, definition: FormDefinition, previous: ItemMap): FormBuild {
  const warnings: string[] = [];
  form
    .setTitle(definition.title)
    .setDescription(definition.description)
    .setCollectEmail(definition.collectEmail)
    .setConfirmationMessage(definition.confirmation)
    .setPublishingSummary(definition.publishSummary)
    .setAllowResponseEdits(false)
    .setShowLinkToRespondAgain(false);
  if (definition.restrictToDomain) {
    try {
      form.setRequireLogin(true);
    } catch {
      warnings.push('the form could not be limited to the school domain (this needs a Google Workspace account)');
    }
  }

  const items = form.getItems();
  const idOf = new Map(Object.entries(previous).map(([itemId, questionId]) => [questionId, itemId]));
  const claimed = new Set<string>();
  const map: Record<string, string> = {};
  definition.questions.forEach((question, index) => {
    const wanted = itemTypeOf(question.type);
    const fits = (item: Item) => String(item.getType()) === String(wanted) && !claimed.has(String(item.getId()));
    const stored = idOf.get(question.id);
    let item =
      items.find((candidate) => String(candidate.getId()) === stored && fits(candidate)) ??
      items.find((candidate) => candidate.getTitle() === question.title && fits(candidate));
    if (!item) item = addItem(form, question.type);
    configure(item, question);
    claimed.add(String(item.getId()));
    map[String(item.getId())] = question.id;
    if (item.getIndex() !== index) form.moveItem(item, index);
  });
  return { items: map, warnings };
}
