/**
 * Setting up the mail check: the Review sheets in the restricted log, the monitoring mailbox's access
 * kept across setup runs, and triggers only ever under the monitoring mailbox's own account.
 */
import { setupIncidents } from '../../apps-script/incidents/setup';
import { setupMail, setupMailMonitoring } from '../../apps-script/mail/setup';
import { storeProfile } from '../../apps-script/platform/profile';
import { logId, mailWorld, MONITOR } from './mail-fixtures';
import { moduleWorld } from './modules';
import { DEPUTY, DSL, PROFILE } from './school';
import type { FakeWorld } from '../fakes';

const mailTriggers = (world: FakeWorld) =>
  world.triggers.all
    .filter((t) => ['runMailCheck', 'sendMailDigest'].includes(t.handler))
    .map((t) => `${t.handler}:${t.owner}:${t.clock?.everyMinutes ?? ''}:${t.clock?.atHour ?? ''}`)
    .sort();

const editorsOf = (world: FakeWorld, sheet: string) =>
  world.byHand(() =>
    world
      .spreadsheet(logId(world))
      .getSheetByName(sheet)!
      .getProtections('SHEET')[0]!
      .getEditors()
      .map((user) => user.getEmail())
      .sort(),
  );

function runSetup(world: FakeWorld, user: string) {
  return world.byHand(() => {
    const resolved = storeProfile(PROFILE);
    const incidents = setupIncidents(resolved);
    return { incidents, mail: setupMail(resolved) };
  }, user);
}

describe('mail check setup', () => {
  it('adds the Review sheets, editable by the DSL team and the monitoring mailbox only', () => {
    const world = mailWorld();
    const log = world.spreadsheet(logId(world));
    expect(log.getSheetByName('Review')).not.toBeNull();
    expect(log.getSheetByName('Mail Check Errors')).not.toBeNull();
    expect(editorsOf(world, 'Review')).toEqual([DEPUTY, DSL, MONITOR].sort());
    expect(editorsOf(world, 'Mail Check Errors')).toEqual([DEPUTY, DSL, MONITOR].sort());
    const status = world.byHand(() => log.getSheetByName('Review')!.getRange('I2').getDataValidation());
    expect(status?.getCriteriaValues()[0]).toEqual(['new', 'no concern', 'escalated']);
  });

  it('keeps the monitoring mailbox on the log, but not on the form, when the DSL runs setup again', () => {
    const world = mailWorld();
    const again = runSetup(world, DSL);
    expect(again.incidents.removedAccess).not.toContain(MONITOR);
    const fileEditors = world.byHand(() =>
      DriveApp.getFileById(logId(world))
        .getEditors()
        .map((u) => u.getEmail()),
    );
    expect(fileEditors).toContain(MONITOR);
    const formId = world.scriptProperties().getProperty('SOS_INCIDENT_FORM_ID')!;
    expect(
      world.byHand(() =>
        FormApp.openById(formId)
          .getEditors()
          .map((u) => u.getEmail()),
      ),
    ).not.toContain(MONITOR);
  });

  it('installs no mail triggers for the DSL and says who must run setupMailMonitoring', () => {
    const world = mailWorld();
    expect(mailTriggers(world)).toEqual([]);
    const { mail } = runSetup(world, DSL);
    expect(mail.on).toBe(true);
    expect(mail.warnings.join('\n')).toContain(`sign in as ${MONITOR}`);
  });

  it('installs the check every 15 minutes and the digest at 7 under the monitoring mailbox, once', () => {
    const world = mailWorld();
    const first = world.byHand(() => setupMailMonitoring(), MONITOR);
    expect([...first.triggers.created].sort()).toEqual(['runMailCheck', 'sendMailDigest']);
    expect(mailTriggers(world)).toEqual([`runMailCheck:${MONITOR}:15:`, `sendMailDigest:${MONITOR}::7`]);
    expect(world.byHand(() => setupMailMonitoring(), MONITOR).triggers).toEqual({ created: [], removed: 0 });
    expect(world.byHand(() => GmailApp.getUserLabelByName('sos-checked'), MONITOR)).not.toBeNull();
    expect(() => world.byHand(() => setupMailMonitoring(), DSL)).toThrow(/must run as the monitoring mailbox/);
  });

  it('installs the triggers from setup itself when setup runs as the monitoring mailbox', () => {
    const world = moduleWorld({ user: MONITOR });
    world.scriptProperties().setProperty('SOS_MAIL_MONITOR', MONITOR);
    const { mail } = runSetup(world, MONITOR);
    expect([...mail.triggers.created].sort()).toEqual(['runMailCheck', 'sendMailDigest']);
  });

  it('is off without a monitoring mailbox: the sheets exist, no triggers, and setup says how to turn it on', () => {
    const world = moduleWorld();
    const { mail } = runSetup(world, DSL);
    expect(mail.on).toBe(false);
    expect(mail.warnings.join('\n')).toMatch(/SOS_MAIL_MONITOR/);
    expect(world.spreadsheet(logId(world)).getSheetByName('Review')).not.toBeNull();
    expect(mailTriggers(world)).toEqual([]);
  });
});
