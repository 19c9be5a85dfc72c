/**
 * Puts a world's Apps Script services on a global object: a vm context the built bundle runs in, or
 * globalThis for tests of the TypeScript modules. Scripts only ever get Proxies (runtime/boundary.ts).
 */
import type { ScriptHost } from './runtime/runtime';
import { Boundary } from './runtime/boundary';
import { realmOf } from './runtime/realm';
import type { FakeWorld, Services } from './world';

export const SERVICE_NAMES: readonly (keyof Services)[] = [
  'SpreadsheetApp',
  'FormApp',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'MailApp',
  'Session',
  'Utilities',
  'HtmlService',
  'DriveApp',
  'UrlFetchApp',
  'GmailApp',
  'Logger',
  'console',
];

/** Defines every service on `globalObject`; returns the boundary so callers can pass values across it. */
export function installFakes(globalObject: object, world: FakeWorld): Boundary {
  const boundary = new Boundary(world.runtime, realmOf(globalObject));
  for (const name of SERVICE_NAMES) {
    Object.defineProperty(globalObject, name, {
      value: boundary.service(world.services[name]),
      configurable: true,
      writable: true,
      enumerable: false,
    });
  }
  return boundary;
}

/**
 * Runs TypeScript module functions (imported by the test) as the world's script: the services go on
 * globalThis once, and each function is looked up by name as Apps Script looks up a trigger's handler.
 */
export function useModules(world: FakeWorld, functions: Readonly<Record<string, (...args: never[]) => unknown>>): void {
  const boundary = installFakes(globalThis, world);
  const host: ScriptHost = {
    has: (name) => typeof functions[name] === 'function',
    invoke: (name, args) => {
      const fn = functions[name];
      if (typeof fn !== 'function') throw new ReferenceError(`${name} is not defined`);
      return (fn as (...a: unknown[]) => unknown)(...args.map((arg) => boundary.outgoing(arg)));
    },
  };
  world.runtime.host = host;
}
