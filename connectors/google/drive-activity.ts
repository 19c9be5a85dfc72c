/**
 * Which users and shared drives had Drive activity since a time, from the Admin SDK Reports API (Drive
 * audit events, as the administrator), so an incremental audit polls only their change feeds instead of
 * one feed per account. A scope left out keeps its change token: a late or missing event is still caught
 * the next time that feed is polled, and by the periodic full pass.
 *
 * Reports data is not instant: Google lists Drive log events as "near real time (couple of minutes)" but
 * warns some events may come later and, rarely, never (support.google.com/a/answer/7061566); integrators
 * report 30 minutes to 3 hours. Callers ask from an earlier time (DRIVE_ACTIVITY_LAG_MARGIN_MS) to cover it.
 * Reports keep 180 days of Drive events (research google.md §2): an older `since` cannot be answered.
 */
import { google, type admin_reports_v1 } from 'googleapis';
import { z } from 'zod';
import { GOOGLE_SCOPES, type GoogleConnection } from './auth';
import { googleServiceOptions } from './clients';
import type { GoogleLimiter } from './limiter';

/** How far before the last run an incremental run should ask from, to cover the Reports API's lag. */
export const DRIVE_ACTIVITY_LAG_MARGIN_MS = 3 * 60 * 60_000;

/** The Reports API's largest page (and its default). */
export const ACTIVITY_PAGE_SIZE = 1000;

/** How far our clock may run ahead of Google's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Drive events are kept 180 days; a day is left spare for the lag and clock skew. */
const COVERED_MS = 179 * 24 * 60 * 60_000;

/**
 * Events that only read: they change neither an item's grants nor its content, so they do not put a
 * scope on the list. Anything else, including names Google adds later, does.
 */
const READ_ONLY_EVENTS: ReadonlySet<string> = new Set([
  'view',
  'preview',
  'download',
  'print',
  'sync_item_content',
  'request_access',
  'deny_access_request',
  'expire_access_request',
]);

/** Events that change a file's content or name only: they matter to the audit only with a content scan. */
const CONTENT_EVENTS: ReadonlySet<string> = new Set(['edit', 'rename']);

const FIELDS = 'nextPageToken,items(actor/email,events(name,parameters(name,value,boolValue,multiValue)))';

const parameter = z.object({
  name: z.string().optional().nullable(),
  value: z.string().optional().nullable(),
  boolValue: z.boolean().optional().nullable(),
  multiValue: z.array(z.string()).optional().nullable(),
});

const activity = z.object({
  actor: z.object({ email: z.string().optional().nullable() }).optional().nullable(),
  events: z
    .array(
      z.object({
        name: z.string().optional().nullable(),
        parameters: z.array(parameter).optional().nullable(),
      }),
    )
    .optional()
    .nullable(),
});

const activityPage = z.object({
  nextPageToken: z.string().optional().nullable(),
  items: z.array(z.unknown()).optional().nullable(),
});

export interface DriveActivityDeps {
  /** Reports v1 acting as `admin` (see reportsClient). */
  readonly reports: admin_reports_v1.Admin;
  readonly limiter: GoogleLimiter;
  readonly admin: string;
  /** Activities per page, at most 1,000 (the default). */
  readonly pageSize?: number;
  /** Now, for the 180-day check (default the real clock). */
  readonly now?: () => number;
  /** An activity sos could not read: its scope may be missed until the next full pass. */
  readonly onSkipped?: (what: string, reason: string) => void;
  /**
   * false: edits and renames of files do not count (they change neither sharing nor, without a content
   * scan, anything the audit reports). A folder's rename still counts: it moves its files' paths.
   */
  readonly contentMatters?: boolean;
}

export interface ActiveScopes {
  /** Lower-cased addresses of My Drive owners whose items had activity. */
  readonly users: Set<string>;
  /** Ids of shared drives whose items had activity. */
  readonly drives: Set<string>;
}

/** Thrown when `since` is older than the Reports API keeps events: the caller must poll every scope. */
export class DriveActivityRangeError extends RangeError {
  override readonly name = 'DriveActivityRangeError';
}

/** Reports v1 as the administrator with the audit read-only scope. */
export function reportsClient(connection: GoogleConnection, admin: string): admin_reports_v1.Admin {
  return google.admin({
    version: 'reports_v1',
    ...googleServiceOptions(connection, admin, [GOOGLE_SCOPES.reportsAudit]),
  });
}

export async function driveActivityScopes(deps: DriveActivityDeps, sinceIso: string): Promise<ActiveScopes> {
  const since = Date.parse(sinceIso);
  if (Number.isNaN(since)) {
    throw new RangeError(`Drive activity: "${sinceIso}" is not a time (use ISO 8601, e.g. 2026-01-31T08:00:00Z)`);
  }
  const now = (deps.now ?? Date.now)();
  if (now - since > COVERED_MS) {
    throw new DriveActivityRangeError(
      `Drive activity: ${sinceIso} is more than 179 days ago; Google keeps 180 days of Drive events, so every ` +
        'scope must be polled (or a full pass run)',
    );
  }
  const pageSize = Math.min(Math.max(1, Math.floor(deps.pageSize ?? ACTIVITY_PAGE_SIZE)), ACTIVITY_PAGE_SIZE);
  // Google refuses a start after its own now; asking a little earlier than ours also absorbs clock skew.
  const startTime = new Date(Math.min(since, now - CLOCK_SKEW_MS)).toISOString();
  const out: ActiveScopes = { users: new Set(), drives: new Set() };
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const res = await deps.limiter.run(deps.admin, 'reports.activities.list', () =>
      deps.reports.activities.list({
        userKey: 'all',
        applicationName: 'drive',
        startTime,
        maxResults: pageSize,
        fields: FIELDS,
        ...(token !== undefined && { pageToken: token }),
      }),
    );
    const page = activityPage.safeParse(res.data);
    if (!page.success) throw new Error(`reports.activities.list as ${deps.admin}: unexpected answer`);
    for (const raw of page.data.items ?? []) addScopes(deps, raw, out);
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  return out;
}

function addScopes(deps: DriveActivityDeps, raw: unknown, out: ActiveScopes): void {
  const parsed = activity.safeParse(raw);
  if (!parsed.success) {
    deps.onSkipped?.('Drive activity report', `unreadable activity (${parsed.error.issues[0]?.path.join('.') ?? '?'})`);
    return;
  }
  const actor = parsed.data.actor?.email?.toLowerCase();
  for (const event of parsed.data.events ?? []) {
    if (event.name && READ_ONLY_EVENTS.has(event.name)) continue;
    const params = new Map((event.parameters ?? []).map((p) => [p.name ?? '', p]));
    if (deps.contentMatters === false && event.name && CONTENT_EVENTS.has(event.name)) {
      if (params.get('doc_type')?.value !== 'folder') continue;
    }
    const driveId = params.get('shared_drive_id')?.value;
    if (driveId) {
      out.drives.add(driveId);
      continue;
    }
    const owner = params.get('owner')?.value;
    if (params.get('owner_is_shared_drive')?.boolValue === true) {
      deps.onSkipped?.('Drive activity report', `shared-drive event ${event.name ?? '?'} without shared_drive_id`);
    }
    if (owner && params.get('owner_is_shared_drive')?.boolValue !== true && owner.includes('@')) {
      out.users.add(owner.toLowerCase());
    } else if (actor) {
      // No owner to go by: the actor's own scope is the best guess, and polling it is cheap.
      out.users.add(actor);
    } else {
      deps.onSkipped?.('Drive activity report', `event ${event.name ?? '?'} names neither owner nor actor`);
      continue;
    }
    // An ownership transfer moves items into the new owner's scope too.
    if (event.name === 'change_owner') {
      for (const v of [params.get('new_value')?.value, ...(params.get('new_value')?.multiValue ?? [])]) {
        if (v && v.includes('@')) out.users.add(v.toLowerCase());
      }
    }
  }
}
