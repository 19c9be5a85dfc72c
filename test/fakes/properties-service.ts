/** PropertiesService with Apps Script's limits: string values, 9 KB a value, 500 KB a store. */
import { AppsScriptError } from './errors';
import { FakeObject } from './fake-object';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class FakeProperties extends FakeObject {
  override readonly fakeService = 'properties';
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  setProperty(key: string, value: unknown): this {
    const text = String(value);
    if (new TextEncoder().encode(text).length > VALUE_LIMIT) throw new AppsScriptError('Argument too large: value');
    const size = [...this.values].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (size + key.length + text.length > STORE_LIMIT) {
      throw new AppsScriptError(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.values.set(String(key), text);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this;
  }

  deleteProperty(key: string): this {
    this.values.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.values.clear();
    return this;
  }
}

export class FakePropertiesService extends FakeObject {
  readonly script = new FakeProperties();
  private readonly users = new Map<string, FakeProperties>();
  private readonly documents = new Map<string, FakeProperties>();

  constructor(private readonly host: { effectiveUser(): string; containerId(): string | undefined }) {
    super();
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }

  getUserProperties(): FakeProperties {
    return this.storeFor(this.users, this.host.effectiveUser());
  }

  getDocumentProperties(): FakeProperties | null {
    const id = this.host.containerId();
    return id === undefined ? null : this.storeFor(this.documents, id);
  }

  private storeFor(map: Map<string, FakeProperties>, key: string): FakeProperties {
    let store = map.get(key);
    if (!store) {
      store = new FakeProperties();
      map.set(key, store);
    }
    return store;
  }
}
