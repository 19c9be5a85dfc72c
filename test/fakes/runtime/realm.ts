/**
 * Values cross between the fakes and a script running in its own vm context (its own "realm"): a Date
 * made by one realm is not `instanceof Date` in another, and zod, like most code, checks that way. So
 * plain data is rebuilt with the receiving realm's constructors at every crossing.
 */
import vm from 'node:vm';

export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

/** The realm this module runs in: where the fakes keep their state. */
export const homeRealm: Realm = { Date, Array, Object, Error };

/** The realm of a global object: a vm context's own built-ins, or this realm's for globalThis. */
export function realmOf(globalObject: object): Realm {
  if (vm.isContext(globalObject)) {
    return vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', globalObject) as Realm;
  }
  const g = globalObject as Partial<Realm>;
  return { Date: g.Date ?? Date, Array: g.Array ?? Array, Object: g.Object ?? Object, Error: g.Error ?? Error };
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  // A plain object's prototype is its realm's Object.prototype, whose own prototype is null.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Rebuilds plain data (dates, arrays, plain objects) in `realm`; `other` decides what happens to
 * anything else (fake objects become proxies, proxies become fakes).
 */
export function rebuild(value: unknown, realm: Realm, other: (value: object) => unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isDate(value)) return new realm.Date((value as Date).getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>();
    for (const item of value) out.push(rebuild(item, realm, other));
    return out;
  }
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = rebuild(item, realm, other);
    return out;
  }
  return other(value);
}
