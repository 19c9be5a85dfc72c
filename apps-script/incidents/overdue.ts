/**
 * checkOverdueActions: core's daily chase over the Actions and Chase Log sheets. The whole run holds
 * the script lock, so the trigger and someone re-running it by hand cannot both chase the same action.
 */
import { chaseOverdueActions, type ChaseOutcome } from '../../core/incidents';
import { withScriptLockAsync } from '../platform/lock';
import { sheetChaseLog } from './chase-log';
import { incidentContext } from './context';

export async function runOverdueChase(): Promise<ChaseOutcome> {
  const context = incidentContext();
  return withScriptLockAsync(() =>
    chaseOverdueActions({
      actions: context.actions,
      chaseLog: sheetChaseLog(context.spreadsheet, context.profile.school.timezone),
      mailer: context.mailer,
      clock: context.clock,
      profile: context.profile,
      link: context.links.actions,
    }),
  );
}
