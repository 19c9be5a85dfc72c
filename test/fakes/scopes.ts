/**
 * The OAuth scopes each fake call needs. When a world is given the manifest's `oauthScopes`, a call
 * the manifest does not cover fails as it does in Apps Script, so a test of the built bundle also
 * proves the manifest asks for enough (and the list shows which calls justify each scope).
 */
import { AppsScriptError } from './errors';

const AUTH = 'https://www.googleapis.com/auth/';

export const NEEDS = {
  spreadsheets: [`${AUTH}spreadsheets`],
  container: [`${AUTH}spreadsheets`, `${AUTH}spreadsheets.currentonly`],
  forms: [`${AUTH}forms`],
  triggers: [`${AUTH}script.scriptapp`],
  mail: [`${AUTH}script.send_mail`],
  dialogs: [`${AUTH}script.container.ui`],
  drive: [`${AUTH}drive`],
  email: [`${AUTH}userinfo.email`],
  external: [`${AUTH}script.external_request`],
} as const;

export function checkScopes(granted: readonly string[] | undefined, needed: readonly string[], what: string): void {
  if (granted === undefined || needed.some((scope) => granted.includes(scope))) return;
  throw new AppsScriptError(`You do not have permission to call ${what}. Required permissions: ${needed[0]}`);
}
