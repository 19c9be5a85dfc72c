/**
 * Loads the built Apps Script project (its .js files, concatenated in push order, as one classic
 * script) and runs each execution in a fresh vm context with the fakes as globals, as Apps Script
 * starts every execution from a fresh global. The context's Date follows the world's clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { installFakes } from './install';
import type { ScriptHost } from './runtime/runtime';
import type { FakeWorld } from './world';

export interface BuiltProject {
  /** The .js files in push order, concatenated. */
  readonly code: string;
  readonly manifest: { readonly timeZone?: string; readonly oauthScopes?: string[]; readonly runtimeVersion?: string };
  readonly html: ReadonlyMap<string, string>;
}

/** Reads dist/apps-script (or another rootDir): file order follows `filePushOrder` if given, else name order. */
export function readProject(rootDir: string, filePushOrder: readonly string[] = []): BuiltProject {
  const names = fs.readdirSync(rootDir).sort();
  const scripts = names.filter((name) => /\.(js|gs)$/.test(name));
  const ordered = [
    ...filePushOrder.filter((name) => scripts.includes(name)),
    ...scripts.filter((n) => !filePushOrder.includes(n)),
  ];
  const code = ordered.map((name) => fs.readFileSync(path.join(rootDir, name), 'utf8')).join('\n;\n');
  const manifest = JSON.parse(
    fs.readFileSync(path.join(rootDir, 'appsscript.json'), 'utf8'),
  ) as BuiltProject['manifest'];
  const html = new Map(
    names
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name.slice(0, -5), fs.readFileSync(path.join(rootDir, name), 'utf8')]),
  );
  return { code, manifest, html };
}

const CLOCK_PATCH = `(function (now) {
  var RealDate = Date;
  function FakeDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!(this instanceof FakeDate)) return new RealDate(now()).toString();
    var made = args.length === 0 ? new RealDate(now()) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
    Object.setPrototypeOf(made, FakeDate.prototype);
    return made;
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, configurable: true, writable: true });
  return FakeDate;
})`;

const INVOKE = `(function (call) {
  var state = { done: false, ok: true, value: undefined };
  var result;
  try {
    result = this[call.name].apply(this, call.args);
  } catch (error) {
    state.done = true;
    state.ok = false;
    state.value = error;
    return state;
  }
  if (result && typeof result.then === 'function') {
    result.then(
      function (value) { state.done = true; state.value = value; },
      function (error) { state.done = true; state.ok = false; state.value = error; }
    );
  } else {
    state.done = true;
    state.value = result;
  }
  return state;
}).call(this, __fakeCall)`;

/** Makes the project the world's script; every execution evaluates it afresh. */
export function loadProject(world: FakeWorld, project: BuiltProject): vm.Script {
  const script = new vm.Script(project.code, { filename: 'apps-script-bundle.js' });
  world.oauthScopes = project.manifest.oauthScopes ?? [];
  for (const [name, content] of project.html) world.projectFiles.set(name, content);
  const defined = new Set<string>();
  const probe = vm.createContext({});
  script.runInContext(probe);
  for (const name of Object.getOwnPropertyNames(probe)) {
    if (typeof (probe as Record<string, unknown>)[name] === 'function') defined.add(name);
  }
  const host: ScriptHost = {
    has: (name) => defined.has(name),
    invoke: (name, args) => {
      // Apps Script settles a function's promises before the execution ends: "afterEvaluate" runs the
      // context's microtasks at the end of each evaluation, so the call below is made as one.
      const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
      const patch = vm.runInContext(CLOCK_PATCH, context) as (now: () => number) => DateConstructor;
      const setDate = vm.runInContext('(function (d) { Date = d; })', context) as (d: DateConstructor) => void;
      setDate(patch(() => world.now().getTime()));
      const boundary = installFakes(context, world);
      script.runInContext(context);
      if (typeof (context as Record<string, unknown>)[name] !== 'function') {
        throw new ReferenceError(`Script function not found: ${name}`);
      }
      const call = { name, args: boundary.outgoing(args) };
      Object.defineProperty(context, '__fakeCall', { value: call, configurable: true });
      const state = vm.runInContext(INVOKE, context) as { done: boolean; ok: boolean; value: unknown };
      if (!state.done) throw new Error(`${name} returned a promise that never settled`);
      if (!state.ok) throw state.value;
      return state.value;
    },
  };
  world.runtime.host = host;
  return script;
}
