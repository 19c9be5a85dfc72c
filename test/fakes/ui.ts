/**
 * The spreadsheet UI a script can touch: menus, dialogs, alerts and prompts. Everything shown is
 * recorded on the world for tests to read; alert and prompt answers come from a queue tests fill.
 */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';
import type { FakeHtmlOutput } from './html-service';

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  readonly entries: MenuEntry[];
}

export interface DialogRecord {
  readonly spreadsheetId: string;
  readonly kind: 'modal' | 'modeless' | 'sidebar';
  readonly title: string;
  readonly html: string;
}

export interface AlertRecord {
  readonly spreadsheetId: string;
  readonly title: string;
  readonly prompt: string;
  readonly kind: 'alert' | 'prompt';
}

export class UiRecorder {
  readonly menus = new Map<string, MenuRecord[]>();
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  /** Answers for the next alerts/prompts: a button name ("OK", "YES", "NO", "CANCEL") and prompt text. */
  readonly answers: { button: string; text?: string }[] = [];
}

export const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class FakeMenu extends FakeObject {
  override readonly fakeService = 'builder';
  readonly record: MenuRecord;

  constructor(
    caption: string,
    private readonly install: (menu: MenuRecord) => void,
  ) {
    super();
    this.record = { caption: String(caption), entries: [] };
  }

  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName.length === 0) {
      throw new AppsScriptError('Invalid argument: functionName');
    }
    this.record.entries.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }

  addSeparator(): this {
    this.record.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: FakeMenu): this {
    this.record.entries.push({ kind: 'submenu', menu: menu.record });
    return this;
  }

  addToUi(): void {
    this.install(this.record);
  }
}

class FakePromptResponse extends FakeObject {
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {
    super();
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): string {
    return this.button;
  }
}

export class FakeUi extends FakeObject {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(
    private readonly spreadsheetId: string,
    private readonly recorder: UiRecorder,
    private readonly checkDialogScope: (what: string) => void,
  ) {
    super();
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(caption, (menu) => {
      const menus = (this.recorder.menus.get(this.spreadsheetId) ?? []).filter((m) => m.caption !== menu.caption);
      this.recorder.menus.set(this.spreadsheetId, [...menus, menu]);
    });
  }

  createAddonMenu(): FakeMenu {
    return this.createMenu('Add-on');
  }

  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.show('modal', output, title);
  }

  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.show('modeless', output, title);
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.show('sidebar', output, output.getTitle());
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: string[]): string {
    this.checkDialogScope('Ui.alert');
    const [title, prompt] = args.length >= 3 ? [args[0]!, args[1]!] : ['', args[0] ?? ''];
    this.recorder.alerts.push({ spreadsheetId: this.spreadsheetId, title, prompt, kind: 'alert' });
    return this.recorder.answers.shift()?.button ?? BUTTON.OK;
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(...args: string[]): FakePromptResponse {
    this.checkDialogScope('Ui.prompt');
    const [title, prompt] = args.length >= 3 ? [args[0]!, args[1]!] : ['', args[0] ?? ''];
    this.recorder.alerts.push({ spreadsheetId: this.spreadsheetId, title, prompt, kind: 'prompt' });
    const answer = this.recorder.answers.shift() ?? { button: BUTTON.CANCEL, text: '' };
    return new FakePromptResponse(answer.button, answer.text ?? '');
  }

  private show(kind: DialogRecord['kind'], output: FakeHtmlOutput, title: string): void {
    this.checkDialogScope(kind === 'sidebar' ? 'Ui.showSidebar' : 'Ui.showModalDialog');
    if (!(output instanceof FakeObject) || typeof output.getContent !== 'function') {
      throw new AppsScriptError('Invalid argument: userInterface');
    }
    this.recorder.dialogs.push({
      spreadsheetId: this.spreadsheetId,
      kind,
      title: String(title),
      html: output.getContent(),
    });
  }
}
