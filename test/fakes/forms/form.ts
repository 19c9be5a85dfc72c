/**
 * A Google Form: settings, items, responses, and its link to a destination spreadsheet, which gets a
 * "Form Responses N" tab that each response is appended to, as Forms does.
 */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import { editorsOf, removeEditor, type DriveFileRecord } from '../drive/files';
import type { FakeSheet } from '../spreadsheet/sheet';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { FakeUser, emailOf } from '../user';
import { FakeItem, type ItemType } from './items';
import type { FakeFormResponse } from './response';

export interface FormHost {
  /** The spreadsheet a destination id names, if the current user may open it. */
  openSpreadsheet(id: string): FakeSpreadsheet;
  nextItemId(): number;
}

interface Destination {
  readonly spreadsheet: FakeSpreadsheet;
  readonly sheet: FakeSheet;
}

export class FakeForm extends FakeObject {
  override readonly fakeService = 'form';
  private title: string;
  private description = '';
  private readonly items: FakeItem[] = [];
  private collectEmail = false;
  private requireLogin = false;
  private acceptingResponses = true;
  private allowResponseEdits = false;
  private limitOneResponsePerUser = false;
  private confirmationMessage = '';
  private showLinkToRespondAgain = true;
  private publishingSummary = false;
  private destination: Destination | undefined;
  readonly responses: FakeFormResponse[] = [];

  constructor(
    readonly file: DriveFileRecord,
    private readonly host: FormHost,
  ) {
    super();
    this.title = file.name;
  }

  getId(): string {
    return this.file.id;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }

  getEditUrl(): string {
    return this.file.url;
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.file.id}/viewform`;
  }

  setCollectEmail(collect: boolean): this {
    this.collectEmail = Boolean(collect);
    return this;
  }

  collectsEmail(): boolean {
    return this.collectEmail;
  }

  setRequireLogin(requireLogin: boolean): this {
    this.requireLogin = Boolean(requireLogin);
    return this;
  }

  requiresLogin(): boolean {
    return this.requireLogin;
  }

  setAcceptingResponses(enabled: boolean): this {
    this.acceptingResponses = Boolean(enabled);
    return this;
  }

  isAcceptingResponses(): boolean {
    return this.acceptingResponses;
  }

  setAllowResponseEdits(enabled: boolean): this {
    this.allowResponseEdits = Boolean(enabled);
    return this;
  }

  canEditResponse(): boolean {
    return this.allowResponseEdits;
  }

  setLimitOneResponsePerUser(enabled: boolean): this {
    this.limitOneResponsePerUser = Boolean(enabled);
    return this;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.limitOneResponsePerUser;
  }

  setConfirmationMessage(message: string): this {
    this.confirmationMessage = String(message);
    return this;
  }

  getConfirmationMessage(): string {
    return this.confirmationMessage;
  }

  setShowLinkToRespondAgain(enabled: boolean): this {
    this.showLinkToRespondAgain = Boolean(enabled);
    return this;
  }

  hasRespondAgainLink(): boolean {
    return this.showLinkToRespondAgain;
  }

  setPublishingSummary(enabled: boolean): this {
    this.publishingSummary = Boolean(enabled);
    return this;
  }

  isPublishingSummary(): boolean {
    return this.publishingSummary;
  }

  setProgressBar(_enabled: boolean): this {
    return this;
  }

  isQuiz(): boolean {
    return false;
  }

  // --- items ------------------------------------------------------------------------------------

  getItems(type?: ItemType): FakeItem[] {
    return this.items.filter((item) => type === undefined || item.getType() === String(type));
  }

  getItemById(id: number): FakeItem | null {
    return this.items.find((item) => item.getId() === Number(id)) ?? null;
  }

  private add(type: ItemType): FakeItem {
    const item = new FakeItem(this.host.nextItemId(), type, (i) => this.items.indexOf(i));
    this.items.push(item);
    return item;
  }

  addTextItem(): FakeItem {
    return this.add('TEXT');
  }

  addParagraphTextItem(): FakeItem {
    return this.add('PARAGRAPH_TEXT');
  }

  addMultipleChoiceItem(): FakeItem {
    return this.add('MULTIPLE_CHOICE');
  }

  addCheckboxItem(): FakeItem {
    return this.add('CHECKBOX');
  }

  addListItem(): FakeItem {
    return this.add('LIST');
  }

  addDateItem(): FakeItem {
    return this.add('DATE');
  }

  addDateTimeItem(): FakeItem {
    return this.add('DATETIME');
  }

  addTimeItem(): FakeItem {
    return this.add('TIME');
  }

  addScaleItem(): FakeItem {
    return this.add('SCALE');
  }

  addSectionHeaderItem(): FakeItem {
    return this.add('SECTION_HEADER');
  }

  addPageBreakItem(): FakeItem {
    return this.add('PAGE_BREAK');
  }

  deleteItem(itemOrIndex: FakeItem | number): void {
    const index = typeof itemOrIndex === 'number' ? itemOrIndex : this.items.indexOf(itemOrIndex);
    if (index < 0 || index >= this.items.length) throw new AppsScriptError('Invalid argument: item');
    this.items.splice(index, 1);
  }

  moveItem(from: FakeItem | number, toIndex: number): FakeItem {
    const index = typeof from === 'number' ? from : this.items.indexOf(from);
    const [item] = this.items.splice(index, 1);
    if (!item) throw new AppsScriptError('Invalid argument: from');
    this.items.splice(toIndex, 0, item);
    return item;
  }

  // --- responses and destination ------------------------------------------------------------

  getResponses(timestamp?: Date): FakeFormResponse[] {
    return this.responses.filter((r) => !timestamp || r.getTimestamp().getTime() > timestamp.getTime());
  }

  getResponse(responseId: string): FakeFormResponse {
    const found = this.responses.find((r) => r.getId() === responseId);
    if (!found) throw new AppsScriptError('No response with the given ID exists.');
    return found;
  }

  deleteAllResponses(): this {
    this.responses.length = 0;
    return this;
  }

  setDestination(type: string, id: string): this {
    if (String(type) !== 'SPREADSHEET') throw new AppsScriptError('Invalid argument: type');
    const spreadsheet = this.host.openSpreadsheet(id);
    if (this.destination?.spreadsheet === spreadsheet) return this;
    this.removeDestination();
    const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
    let n = 1;
    while (taken.has(`Form Responses ${n}`)) n += 1;
    const sheet = spreadsheet.insertSheet(`Form Responses ${n}`, 0);
    sheet.formUrl = this.getPublishedUrl();
    spreadsheet.formUrl = this.getPublishedUrl();
    this.destination = { spreadsheet, sheet };
    sheet.systemWrite(1, this.header());
    return this;
  }

  getDestinationId(): string {
    if (!this.destination) throw new AppsScriptError('This form does not currently have a response destination.');
    return this.destination.spreadsheet.getId();
  }

  getDestinationType(): string {
    if (!this.destination) throw new AppsScriptError('This form does not currently have a response destination.');
    return 'SPREADSHEET';
  }

  removeDestination(): this {
    if (this.destination) {
      this.destination.sheet.formUrl = null;
      this.destination.spreadsheet.formUrl = null;
      this.destination = undefined;
    }
    return this;
  }

  /** The linked responses tab, for the submit helper. */
  destinationSheet(): FakeSheet | undefined {
    return this.destination?.sheet;
  }

  /** Column titles of the responses tab: Timestamp, the respondent's address when collected, then questions. */
  header(): string[] {
    const questions = this.items.filter((item) => item.isQuestion()).map((item) => item.getTitle());
    return ['Timestamp', ...(this.collectEmail ? ['Email Address'] : []), ...questions];
  }

  // --- sharing --------------------------------------------------------------------------------

  getEditors(): FakeUser[] {
    return editorsOf(this.file).map((email) => new FakeUser(email));
  }

  addEditor(user: unknown): this {
    const email = emailOf(user);
    if (email !== this.file.owner) this.file.editors.add(email);
    return this;
  }

  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }

  removeEditor(user: unknown): this {
    removeEditor(this.file, emailOf(user));
    return this;
  }
}
