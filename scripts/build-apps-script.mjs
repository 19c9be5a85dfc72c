// Builds the Apps Script project (CONTRACTS §6) into dist/apps-script: Code.js and appsscript.json.
//
// Apps Script runs every .js file of a project as one classic script and can only call top-level
// `function` declarations (triggers, menus, google.script.run). So apps-script/main.ts is bundled by
// esbuild as an IIFE that assigns its exports to the global `__sos`, and a real top-level stub is
// appended for each export. Nothing runs on load but module set-up.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const ENTRY = 'apps-script/main.ts';
const GLOBAL = '__sos';
const DEFAULT_TIME_ZONE = 'Europe/London';
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Least privilege: each scope is here because a named call needs it (the fakes in test/fakes refuse a
 * call whose scope is missing, so the bundle test proves the list is enough).
 */
export const OAUTH_SCOPES = [
  // SpreadsheetApp.openById/create: the incident log, opened by its stored id from every trigger.
  'https://www.googleapis.com/auth/spreadsheets',
  // FormApp.create/openById and the responses a form-submit trigger hands over.
  'https://www.googleapis.com/auth/forms',
  // ScriptApp.newTrigger/getProjectTriggers/deleteTrigger: setup installs the triggers.
  'https://www.googleapis.com/auth/script.scriptapp',
  // MailApp.sendEmail: alerts, overdue-action chases and the governors' summary.
  'https://www.googleapis.com/auth/script.send_mail',
  // SpreadsheetApp.getUi(): the Online safety menu's dialogs, prompts and alerts.
  'https://www.googleapis.com/auth/script.container.ui',
  // Session.getEffectiveUser/getActiveUser().getEmail(): who runs setup, who closes an incident.
  'https://www.googleapis.com/auth/userinfo.email',
  // UrlFetchApp.fetch: the sharing audit's calls to the token endpoint, Drive and Directory. The Drive and
  // Directory scopes are not the script's: the service account's domain-wide delegation holds them.
  'https://www.googleapis.com/auth/script.external_request',
  // GmailApp.search/getMessages/addLabel: the staff–pupil email check reads the monitoring mailbox and
  // labels what it has checked. Every GmailApp method requires the full Gmail scope (the narrower
  // gmail.readonly/gmail.modify exist only for the Gmail API), so this is the least GmailApp allows.
  // Everyone who authorises the project is asked for it, but GmailApp is only called after checking that
  // the script runs as the monitoring mailbox (a dedicated account holding copies of staff–pupil mail).
  'https://mail.google.com/',
];

/** The time zone from a profile file (SOS_POLICY=path), as CONTRACTS §6 asks; JSON with comments allowed. */
function profileTimeZone(file) {
  if (!file) return undefined;
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const timezone = JSON.parse(text)?.school?.timezone;
  return typeof timezone === 'string' && timezone.trim() !== '' ? timezone.trim() : undefined;
}

/** Names of the functions the bundle exports, found by evaluating it where Apps Script would. */
function exportedFunctions(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  const api = context[GLOBAL];
  return Object.keys(api)
    .filter((name) => typeof api[name] === 'function')
    .sort();
}

function stub(name) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`cannot make a top-level function named ${name}`);
  return `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
}

export async function buildAppsScript({
  root = PROJECT_ROOT,
  outDir = 'dist/apps-script',
  timeZone = profileTimeZone(process.env.SOS_POLICY) ?? DEFAULT_TIME_ZONE,
} = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    // "browser" rather than "node": a Node built-in reaching the bundle fails the build here,
    // instead of failing in Apps Script.
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const functions = exportedFunctions(bundle);
  const code = [
    '// Built by scripts/build-apps-script.mjs from apps-script/main.ts. Do not edit: run `npm run build`.',
    bundle,
    '// Top-level functions Apps Script can call (triggers, menu items, google.script.run).',
    ...functions.map(stub),
  ].join('\n');
  const manifest = {
    timeZone,
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    dependencies: {},
    oauthScopes: OAUTH_SCOPES,
  };
  const out = path.resolve(root, outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'Code.js'), code);
  writeFileSync(path.join(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { outDir: out, functions, manifest };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--out DIR` builds elsewhere (the tests build into a temporary folder, leaving dist/ alone).
  const at = process.argv.indexOf('--out');
  const { outDir, functions } = await buildAppsScript(at > 0 ? { outDir: process.argv[at + 1] } : {});
  console.log(`Apps Script project: ${path.relative(process.cwd(), outDir)} (${functions.length} entry points)`);
}
