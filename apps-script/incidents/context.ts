/** What every incident entry point needs: the profile, the log and its stores, a mailer and links. */
import type { ResolvedProfile } from '../../core/policy';
import { systemClock } from '../platform/clock';
import { mailAppMailer } from '../platform/mailer';
import { loadProfile } from '../platform/profile';
import { sheetActionStore, type SheetActionStore } from './action-store';
import { sheetIncidentStore, type SheetIncidentStore } from './incident-store';
import { TEMPLATES, openLog, sheetLink, sheetOf } from './resources';

export interface IncidentContext {
  readonly profile: ResolvedProfile;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly incidents: SheetIncidentStore;
  readonly actions: SheetActionStore;
  readonly mailer: ReturnType<typeof mailAppMailer>;
  readonly clock: typeof systemClock;
  readonly links: { readonly log: string; readonly actions: string };
}

export function incidentContext(): IncidentContext {
  const profile = loadProfile();
  const spreadsheet = openLog();
  const timeZone = profile.school.timezone;
  return {
    profile,
    spreadsheet,
    incidents: sheetIncidentStore(spreadsheet, timeZone),
    actions: sheetActionStore(spreadsheet, timeZone),
    mailer: mailAppMailer(`Online safety (${profile.school.name})`),
    clock: systemClock,
    links: {
      log: sheetLink(spreadsheet, sheetOf(spreadsheet, TEMPLATES.log)),
      actions: sheetLink(spreadsheet, sheetOf(spreadsheet, TEMPLATES.actions)),
    },
  };
}
