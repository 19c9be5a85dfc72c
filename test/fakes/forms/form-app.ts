/** FormApp: create and open forms as the effective user, and the enums and validation builder scripts use. */
import { AppsScriptError } from '../errors';
import { FakeObject } from '../fake-object';
import type { DriveFiles } from '../drive/files';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { idFromUrl } from '../spreadsheet/spreadsheet-app';
import { FakeForm } from './form';
import { FakeTextValidationBuilder, ITEM_TYPES } from './items';

export interface FormAppHost {
  readonly files: DriveFiles;
  readonly forms: Map<string, FakeForm>;
  effectiveUser(): string;
  requireFull(what: string): void;
  openSpreadsheet(id: string): FakeSpreadsheet;
  nextItemId(): number;
}

export class FakeFormApp extends FakeObject {
  override readonly fakeService = 'form';
  readonly ItemType = ITEM_TYPES;
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };

  constructor(private readonly host: FormAppHost) {
    super();
  }

  create(title: string): FakeForm {
    this.host.requireFull('FormApp.create');
    const file = this.host.files.create('form', String(title), this.host.effectiveUser());
    const form = new FakeForm(file, this.host);
    this.host.forms.set(file.id, form);
    return form;
  }

  openById(id: string): FakeForm {
    this.host.requireFull('FormApp.openById');
    const file = this.host.files.open(String(id), this.host.effectiveUser());
    const form = this.host.forms.get(file.id);
    if (!form)
      throw new AppsScriptError(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return form;
  }

  openByUrl(url: string): FakeForm {
    return this.openById(idFromUrl(url));
  }

  getActiveForm(): FakeForm | null {
    return null;
  }

  createTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder();
  }
}
