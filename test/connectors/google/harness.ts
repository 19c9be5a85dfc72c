/** The Google connector wired to a loopback emulator, as `sos audit google` wires it with SOS_* variables. */
import {
  createGoogleLimiter,
  googleConnection,
  googleSharingInventory,
  type GoogleLimiter,
  type GoogleLimiterOptions,
  type RetryEvent,
} from '../../../connectors/google';
import type { AuditScope, SharingInventory } from '../../../core/sharing/ports';
import type { SharedItem } from '../../../core/sharing/types';
import { startGoogleEmulator, type GoogleEmulator, type GoogleEmulatorOptions } from '../../emulators/google';

export interface Harness {
  readonly emu: GoogleEmulator;
  readonly inventory: SharingInventory;
  readonly limiter: GoogleLimiter;
  /** Every retry, with the wait the limiter chose. */
  readonly retries: RetryEvent[];
  /** Every wait the limiter asked for (backoff and rate), recorded instead of slept. */
  readonly waits: number[];
  readonly skipped: Array<{ what: string; reason: string }>;
}

export const ADMIN = 'it.admin@oakfield.sch.uk';
export const DOMAINS = ['oakfield.sch.uk', 'pupils.oakfield.sch.uk'];

export async function startHarness(
  options: {
    emulator?: GoogleEmulatorOptions;
    limiter?: GoogleLimiterOptions;
    pageSize?: number;
    drivePageSize?: number;
  } = {},
): Promise<Harness> {
  const emu = await startGoogleEmulator(options.emulator);
  const retries: RetryEvent[] = [];
  const waits: number[] = [];
  const limiter = createGoogleLimiter({
    baseDelayMs: 1,
    // Waits are recorded, not slept: Retry-After is checked through what the limiter chose.
    clock: { now: () => Date.now(), sleep: async (ms) => void waits.push(ms) },
    onRetry: (e) => retries.push(e),
    ...options.limiter,
  });
  const skipped: Harness['skipped'] = [];
  const inventory = inventoryFor(emu, limiter, {
    ...options,
    onSkipped: (what, reason) => skipped.push({ what, reason }),
  });
  return { emu, inventory, limiter, retries, waits, skipped };
}

/** Another inventory over the same emulator (a second process, say). */
export function inventoryFor(
  emu: GoogleEmulator,
  limiter: GoogleLimiter,
  options: { pageSize?: number; drivePageSize?: number; onSkipped?: (what: string, reason: string) => void } = {},
): SharingInventory {
  const connection = googleConnection({ env: { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: emu.rootUrl } });
  return googleSharingInventory({
    connection,
    admin: ADMIN,
    limiter,
    schoolDomains: DOMAINS,
    ...(options.pageSize !== undefined && { pageSize: options.pageSize }),
    ...(options.drivePageSize !== undefined && { drivePageSize: options.drivePageSize }),
    ...(options.onSkipped && { onSkipped: options.onSkipped }),
  });
}

export async function listAll(inventory: SharingInventory, scope: AuditScope): Promise<SharedItem[]> {
  const items: SharedItem[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await inventory.listItems(scope, token);
    items.push(...page.items);
    token = page.nextPageToken;
    pages += 1;
    if (pages > 1000) throw new Error('listItems never ends');
  } while (token !== undefined);
  return items;
}

/** The scopes a full audit enumerates: active users, then shared drives. */
export async function allScopes(inventory: SharingInventory): Promise<AuditScope[]> {
  const scopes: AuditScope[] = [];
  let token: string | undefined;
  do {
    const page = await inventory.listUsers(token);
    scopes.push(...page.items.map((u) => ({ kind: 'user' as const, email: u.email })));
    token = page.nextPageToken;
  } while (token !== undefined);
  do {
    const page = await inventory.listSharedDrives(token);
    scopes.push(...page.items.map((d) => ({ kind: 'drive' as const, id: d.id, name: d.name })));
    token = page.nextPageToken;
  } while (token !== undefined);
  return scopes;
}

/** Every item of every scope, by id. */
export async function fullInventory(inventory: SharingInventory): Promise<Map<string, SharedItem>> {
  const byId = new Map<string, SharedItem>();
  for (const scope of await allScopes(inventory)) {
    for (const item of await listAll(inventory, scope)) byId.set(item.id, item);
  }
  return byId;
}
