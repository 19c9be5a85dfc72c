/**
 * The sharing audit's modules run against the fake Workspace, with UrlFetchApp answered in-process by
 * the Google emulator (its synchronous core) and the small Oakfield school. Time passes only as the
 * fakes say: each fetch takes `latencyMs` of world time and Utilities.sleep moves the clock, so a
 * slice's budget is exercised without timing anything.
 */
import { parseProfile, type ResolvedProfile } from '../../core/policy';
import { runSharingAuditSlice, type RunOutcome, type SliceOptions } from '../../apps-script/sharing/run-sharing-audit';
import { setupSharingAudit, type SharingAuditSetup } from '../../apps-script/sharing/setup';
import { FakeWorld, useModules, type FakeSheet } from '../fakes';
import { smallSchoolProfile, startGoogleEmulator, type GoogleEmulator } from '../emulators/google';
import { rowsOf } from './world';

export const ADMIN = 'it.admin@oakfield.sch.uk';

export function oakfieldProfile(): Record<string, unknown> {
  const profile = smallSchoolProfile();
  return { ...profile, contacts: { ...profile.contacts, it: [ADMIN] } };
}

export function resolved(profile: Record<string, unknown>): ResolvedProfile {
  const result = parseProfile(profile);
  if (!result.ok) throw new Error(`test profile is invalid: ${JSON.stringify(result.errors)}`);
  return result.profile;
}

export interface AuditHarness {
  readonly world: FakeWorld;
  readonly emulator: GoogleEmulator;
  readonly setup: SharingAuditSetup;
  /** One slice as the time trigger runs it, on the world's clock. */
  slice(options?: Omit<SliceOptions, 'clock'>): RunOutcome;
  /** Slices until the pass in progress is complete (at most `max`); returns how many ran. */
  untilComplete(options?: Omit<SliceOptions, 'clock'>, max?: number): number;
  audit(): FakeSheet;
  log(): FakeSheet;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly latencyMs?: number;
  readonly emailQuota?: number;
  readonly profile?: Record<string, unknown>;
  /** Script properties set before setup (credentials, endpoints); default the emulator's test tokens. */
  readonly properties?: (emulator: GoogleEmulator) => Record<string, string>;
  readonly http?: (emulator: GoogleEmulator) => FakeWorld['http'];
  /** Drive answers short pages on purpose (a half page, then an empty one), as it may. */
  readonly partialPages?: boolean;
}

export async function auditHarness(options: HarnessOptions = {}): Promise<AuditHarness> {
  const emulator = await startGoogleEmulator({ partialPages: options.partialPages ?? false });
  const world = new FakeWorld({
    user: ADMIN,
    now: '2026-03-10T09:00:00Z',
    bound: false,
    ...(options.emailQuota === undefined ? {} : { emailQuota: options.emailQuota }),
  });
  useModules(world, {});
  world.http = options.http ? options.http(emulator) : (request) => emulator.handle(request);
  world.fetchLatencyMs = options.latencyMs ?? 200;
  const profile = options.profile ?? oakfieldProfile();
  const properties = options.properties
    ? options.properties(emulator)
    : { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: emulator.rootUrl };
  const store = world.scriptProperties();
  store.setProperty('SOS_PROFILE', JSON.stringify(profile));
  for (const [key, value] of Object.entries(properties)) store.setProperty(key, value);
  const setup = world.byHand(() => setupSharingAudit(resolved(profile), ADMIN));
  const clock = { now: () => world.now().getTime(), sleep: (ms: number) => world.advance(ms) };
  const sheet = (name: string) => {
    const id = store.getProperty('SOS_AUDIT_SPREADSHEET_ID');
    const found = id ? world.spreadsheet(id).getSheetByName(name) : null;
    if (!found) throw new Error(`no ${name} sheet`);
    return found;
  };
  const harness: AuditHarness = {
    world,
    emulator,
    setup,
    slice: (sliceOptions = {}) => world.byHand(() => runSharingAuditSlice({ ...sliceOptions, clock })),
    untilComplete(sliceOptions = {}, max = 500) {
      for (let n = 1; n <= max; n += 1) {
        const outcome = harness.slice(sliceOptions);
        if ('completedPass' in outcome && outcome.completedPass) return n;
      }
      throw new Error(`the pass did not complete in ${max} slices`);
    },
    audit: () => sheet('Audit'),
    log: () => sheet('Audit Log'),
    close: () => emulator.close(),
  };
  return harness;
}

/** The Audit rows by header, without the times (which differ between runs by design). */
export function auditRows(sheet: FakeSheet): Record<string, unknown>[] {
  return rowsOf(sheet)
    .map((row) => {
      const { 'First seen': _first, 'Last seen': _last, 'Owner told': _told, ...rest } = row;
      return rest;
    })
    .sort((a, b) => String(a['File ID']).localeCompare(String(b['File ID'])));
}

/** File id and exposure ids, as `smallSchoolExpectedFindings` gives them. */
export function findingsOf(sheet: FakeSheet): { fileId: string; exposure: string[] }[] {
  return rowsOf(sheet)
    .filter((row) => row.Status === 'open')
    .map((row) => ({ fileId: String(row['File ID']), exposure: String(row.Exposure).split(', ') }))
    .sort((a, b) => a.fileId.localeCompare(b.fileId));
}

export function logEvents(sheet: FakeSheet): { event: string; scope: string; detail: string }[] {
  return rowsOf(sheet).map((row) => ({
    event: String(row.Event),
    scope: String(row.Scope),
    detail: String(row.Detail),
  }));
}
