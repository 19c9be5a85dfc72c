/**
 * The line between a script and the fakes. A script gets Proxies, never fake instances: every method
 * call passes through here, which is where the runtime may interleave another execution, where a
 * suspended execution is stopped, where mutations are counted, and where values are rebuilt for the
 * realm on the other side.
 */
import { AppsScriptError } from '../errors';
import { FakeObject, isFakeObject } from '../fake-object';
import { homeRealm, rebuild, type Realm } from './realm';
import type { Runtime } from './runtime';

/** Method names that change state; everything else (getters, is/can/has, builder steps) only reads. */
const MUTATING =
  /^(set|append|insert|delete|remove|add|create|clear|protect|send|hide|show|sort|copy|move|rename|submit|activate|toast|uncheck|check|auto|merge|trim|update)/;
/** Calls that look mutating but only build a value or touch the lock. */
const NOT_EFFECTS = new Set(['createMenu', 'createAddonMenu', 'createChoice', 'createHtmlOutput', 'createTemplate']);

interface Crossing {
  readonly proxies: WeakMap<object, object>;
  readonly realm: Realm;
}

const rawOf = new WeakMap<object, object>();

export class Boundary {
  private readonly crossing: Crossing;

  constructor(
    private readonly runtime: Runtime,
    realm: Realm,
  ) {
    this.crossing = { proxies: new WeakMap(), realm };
  }

  /** A value on its way to the script. */
  outgoing(value: unknown): unknown {
    return rebuild(value, this.crossing.realm, (other) => (isFakeObject(other) ? this.proxy(other) : other));
  }

  /** A value on its way from the script to the fakes. */
  incoming(value: unknown): unknown {
    return rebuild(value, homeRealm, (other) => rawOf.get(other) ?? other);
  }

  /** A service object (SpreadsheetApp, Logger...) as the script sees it. */
  service(raw: object): object {
    return this.proxy(raw);
  }

  private proxy(raw: object): object {
    const known = this.crossing.proxies.get(raw);
    if (known) return known;
    const methods = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(raw, {
      get: (target, key) => {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return this.outgoing(value);
        if (!methods.has(key))
          methods.set(key, this.method(target, String(key), value as (...a: unknown[]) => unknown));
        return methods.get(key);
      },
      set: () => false,
    });
    this.crossing.proxies.set(raw, proxy);
    rawOf.set(proxy, raw);
    return proxy;
  }

  private method(target: object, name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    const runtime = this.runtime;
    const service = target instanceof FakeObject ? target.fakeService : 'base';
    const spreadsheet = service === 'spreadsheet';
    // Builders only assemble a value; nothing changes until it is applied somewhere.
    const mutating = service !== 'builder' && MUTATING.test(name) && !NOT_EFFECTS.has(name);
    return (...args: unknown[]) => {
      runtime.beforeServiceCall();
      let result: unknown;
      try {
        result = fn.apply(
          target,
          args.map((arg) => this.incoming(arg)),
        );
      } catch (error) {
        throw this.scriptError(error);
      }
      if (mutating) runtime.noteEffect(spreadsheet);
      return this.outgoing(result);
    };
  }

  /** Apps Script's exceptions are the script's own Error objects; harness signals pass through untouched. */
  private scriptError(error: unknown): unknown {
    if (!(error instanceof AppsScriptError)) return error;
    const converted = new this.crossing.realm.Error(error.message);
    converted.name = error.name;
    return converted;
  }
}
