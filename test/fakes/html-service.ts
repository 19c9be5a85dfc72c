/** HtmlService as far as dialogs need it: outputs built from strings or from the project's .html files. */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';

export class FakeHtmlOutput extends FakeObject {
  override readonly fakeService = 'builder';
  private title = '';
  private width = 600;
  private height = 400;

  constructor(private content: string) {
    super();
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setSandboxMode(_mode: unknown): this {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }

  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

export class FakeHtmlService extends FakeObject {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(private readonly projectFiles: () => ReadonlyMap<string, string>) {
    super();
  }

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const content = this.projectFiles().get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw new AppsScriptError(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
}
