/**
 * Admin SDK Reports v1 `activities.list` for the Drive application, derived from the tenant's change log:
 * one activity per recorded change, newest first, as the super admin only. An item reached through a
 * folder's or shared drive's change carries `primary_event=false` (sharing changes are named
 * `*_hierarchy_reconciled`, as Drive logs them). Other applications answer an empty list.
 * Not modelled: Google's reporting lag (events appear at once), `filters`, `orgUnitID`, `groupIdFilter`.
 */
import { GoogleHttpError } from '../errors';
import { applyFields, responseMask, type Schema } from '../fields';
import { FOLDER_MIME } from '../fixture';
import { pageSizeParam } from '../paging';
import { visibilityOf } from '../render';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import type { ChangeKind, ChangeRecord, EmuFile, GoogleTenant } from '../tenant';
import { CUSTOMER_ID } from './directory';

/** Reports keep Drive events for 180 days (research google.md §2). */
const RETENTION_MS = 180 * 24 * 60 * 60_000;

/** Application names the real API accepts; only `drive` has events here. */
const APPLICATIONS = new Set([
  'access_transparency',
  'admin',
  'calendar',
  'chat',
  'chrome',
  'context_aware_access',
  'data_studio',
  'drive',
  'gcp',
  'gplus',
  'groups',
  'groups_enterprise',
  'jamboard',
  'keep',
  'login',
  'meet',
  'mobile',
  'rules',
  'saml',
  'token',
  'user_accounts',
  'vault',
]);

const PARAMETER: Schema = {
  name: null,
  value: null,
  intValue: null,
  boolValue: null,
  multiValue: null,
  multiIntValue: null,
  messageValue: null,
  multiMessageValue: null,
};

const ACTIVITY_SCHEMA: Schema = {
  kind: null,
  etag: null,
  id: { time: null, uniqueQualifier: null, applicationName: null, customerId: null },
  actor: { callerType: null, email: null, profileId: null, key: null, applicationInfo: null },
  ownerDomain: null,
  ipAddress: null,
  events: { type: null, name: null, parameters: PARAMETER, resourceIds: null, status: null, sensitiveParameters: null },
  networkInfo: null,
  resourceDetails: null,
};

export const ACTIVITIES_SCHEMA: Schema = { kind: null, etag: null, nextPageToken: null, items: ACTIVITY_SCHEMA };

const EVENT_NAMES: Readonly<Record<ChangeKind, readonly string[]>> = {
  create: ['create'],
  edit: ['edit'],
  rename: ['rename'],
  move: ['move'],
  trash: ['trash'],
  untrash: ['untrash'],
  delete: ['delete'],
  user_access: ['change_user_access'],
  // Drive logs a visibility change together with its access scope.
  visibility: ['change_document_visibility', 'change_document_access_scope'],
  drive_membership: ['shared_drive_membership_change'],
};

const ACL_KINDS: ReadonlySet<ChangeKind> = new Set(['user_access', 'visibility', 'drive_membership']);

const REPORT_VISIBILITY = {
  anyoneCanFind: 'public_on_the_web',
  anyoneWithLink: 'people_with_link',
  domainCanFind: 'public_in_the_domain',
  domainWithLink: 'people_within_domain_with_link',
} as const;

function requireAdmin(req: GoogleRequest): void {
  if (!req.caller.isAdmin) {
    throw new GoogleHttpError(403, 'forbidden', 'Access denied. You are not authorized to read activity records.');
  }
}

function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(ms)) {
    throw new GoogleHttpError(400, 'invalid', `Invalid value '${raw}' for ${name}: use RFC 3339.`, { location: name });
  }
  return ms;
}

function docType(f: EmuFile | undefined): string {
  if (!f) return 'unknown';
  if (f.mimeType === FOLDER_MIME) return 'folder';
  const google = /^application\/vnd\.google-apps\.(\w+)$/.exec(f.mimeType);
  if (google) return google[1] as string;
  const ext = /\.(\w+)$/.exec(f.name);
  return ext ? (ext[1] as string).toLowerCase() : 'unknown';
}

function reportVisibility(tenant: GoogleTenant, f: EmuFile): string {
  const v = visibilityOf(tenant, f);
  if (v !== 'limited') return REPORT_VISIBILITY[v];
  const grants = tenant.effectivePermissions(f).filter((p) => p.role !== 'owner' && p.type !== 'anyone');
  if (grants.length === 0) return 'private';
  const outside = grants.some((p) => {
    const domain = p.type === 'domain' ? p.domain : p.emailAddress?.split('@')[1];
    return domain !== undefined && !tenant.isSchoolDomain(domain);
  });
  return outside ? 'shared_externally' : 'shared_internally';
}

function renderActivity(tenant: GoogleTenant, c: ChangeRecord): Record<string, unknown> {
  const f = tenant.file(c.fileId);
  const drive = c.driveId !== undefined ? tenant.drive(c.driveId) : undefined;
  const primary = c.via === undefined;
  const common = [
    { name: 'primary_event', boolValue: primary },
    { name: 'billable', boolValue: true },
    { name: 'owner_is_shared_drive', boolValue: c.driveId !== undefined },
    ...(c.driveId !== undefined ? [{ name: 'shared_drive_id', value: c.driveId }] : []),
    { name: 'owner', value: c.owner ?? drive?.name ?? c.driveId ?? '' },
    { name: 'doc_id', value: c.fileId },
    { name: 'doc_type', value: docType(f) },
    ...(f ? [{ name: 'doc_title', value: f.name }] : []),
    ...(f ? [{ name: 'visibility', value: reportVisibility(tenant, f) }] : []),
  ];
  const acl = ACL_KINDS.has(c.kind);
  const events = EVENT_NAMES[c.kind].map((name) => ({
    type: acl ? 'acl_change' : 'access',
    name: acl && !primary ? `${name}_hierarchy_reconciled` : name,
    parameters: common,
  }));
  const actor = tenant.user(c.actor);
  return {
    kind: 'admin#reports#activity',
    id: { time: c.time, uniqueQualifier: String(-c.seq), applicationName: 'drive', customerId: CUSTOMER_ID },
    etag: `"emu-activity-${c.seq}"`,
    actor: { callerType: 'USER', email: c.actor, ...(actor ? { profileId: actor.id } : {}) },
    ...(c.owner !== undefined ? { ownerDomain: c.owner.split('@')[1] } : {}),
    ipAddress: '192.0.2.1',
    events,
  };
}

function listActivities(req: GoogleRequest): GoogleResponse {
  requireAdmin(req);
  const { query, tenant } = req;
  const application = req.params.applicationName as string;
  if (!APPLICATIONS.has(application)) {
    throw new GoogleHttpError(400, 'invalid', `Invalid value '${application}' for applicationName.`, {
      location: 'applicationName',
    });
  }
  const userKey = (req.params.userKey as string).toLowerCase();
  const actor = userKey === 'all' ? undefined : tenant.user(userKey)?.primaryEmail;
  if (userKey !== 'all' && actor === undefined) {
    throw new GoogleHttpError(400, 'invalid', 'Bad Request: userKey is not a user of this customer.', {
      location: 'userKey',
    });
  }
  const now = tenant.clock().getTime();
  const start = timeParam(query, 'startTime');
  const end = timeParam(query, 'endTime');
  if (start !== undefined && (start > now || (end !== undefined && start > end))) {
    throw new GoogleHttpError(400, 'invalid', 'Start time must be before the end time and the current time.', {
      location: 'startTime',
    });
  }
  const maxResults = pageSizeParam(query, 'maxResults', 1000, 1000);
  const eventName = query.get('eventName');
  const mask = responseMask(query.get('fields'), ACTIVITIES_SCHEMA, 'kind,etag,nextPageToken,items');

  const from = Math.max(start ?? 0, now - RETENTION_MS);
  const matches = (c: ChangeRecord): boolean => {
    const t = Date.parse(c.time);
    if (t < from || (end !== undefined && t > end)) return false;
    if (actor !== undefined && c.actor !== actor) return false;
    if (eventName === null || eventName === '') return true;
    const primary = c.via === undefined;
    return EVENT_NAMES[c.kind].some(
      (n) => (ACL_KINDS.has(c.kind) && !primary ? `${n}_hierarchy_reconciled` : n) === eventName,
    );
  };
  const signature = ['reports', application, userKey, start, end, eventName, maxResults].join('|');
  const page = req.pager.page(
    { signature, pageToken: query.get('pageToken'), pageSize: maxResults },
    () => {
      if (application !== 'drive') return [];
      const ids: string[] = [];
      for (let seq = tenant.lastChangeSeq; seq >= 1; seq--) {
        const c = tenant.change(seq) as ChangeRecord;
        if (matches(c)) ids.push(String(seq));
      }
      return ids;
    },
    (id) => {
      const c = tenant.change(Number(id));
      return c ? renderActivity(tenant, c) : undefined;
    },
  );
  const body = {
    kind: 'admin#reports#activities',
    etag: '"emu-activities"',
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    items: page.items,
  };
  return { status: 200, json: applyFields(body, mask) };
}

export const reportRoutes: readonly GoogleRoute[] = [
  {
    method: 'GET',
    pattern: '/admin/reports/v1/activity/users/:userKey/applications/:applicationName',
    handler: listActivities,
  },
];
