/**
 * Admin SDK Directory v1 `users.list` / `users.get`, for the super admin only. `query` takes the clauses
 * audits use (`orgUnitPath='/Staff' isSuspended=false`, `email:`, `isArchived`, `isAdmin`), ANDed.
 */
import { GoogleHttpError } from '../errors';
import { applyFields, DIRECTORY_USER_SCHEMA, DIRECTORY_USERS_SCHEMA, responseMask } from '../fields';
import { offsetPage, pageSizeParam } from '../paging';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import type { EmuUser, GoogleTenant } from '../tenant';

export const CUSTOMER_ID = 'C0emu0001';

function requireAdmin(req: GoogleRequest): void {
  if (!req.caller.isAdmin) {
    throw new GoogleHttpError(403, 'forbidden', 'Not Authorized to access this resource/api');
  }
}

function renderUser(tenant: GoogleTenant, u: EmuUser): Record<string, unknown> {
  const [given, ...rest] = u.fullName.split(' ');
  return {
    kind: 'admin#directory#user',
    id: u.id,
    etag: `"emu-${u.id}"`,
    primaryEmail: u.primaryEmail,
    name: { givenName: given ?? '', familyName: rest.join(' '), fullName: u.fullName },
    isAdmin: u.primaryEmail === tenant.admin,
    isDelegatedAdmin: false,
    lastLoginTime: '1970-01-01T00:00:00.000Z',
    creationTime: '2020-09-01T08:00:00.000Z',
    agreedToTerms: true,
    suspended: u.suspended,
    archived: u.archived,
    changePasswordAtNextLogin: false,
    ipWhitelisted: false,
    emails: [{ address: u.primaryEmail, primary: true }, ...u.aliases.map((address) => ({ address }))],
    ...(u.aliases.length > 0 ? { aliases: [...u.aliases] } : {}),
    customerId: CUSTOMER_ID,
    orgUnitPath: u.orgUnitPath,
    isMailboxSetup: true,
    isEnrolledIn2Sv: false,
    isEnforcedIn2Sv: false,
    includeInGlobalAddressList: true,
  };
}

type UserFilter = (u: EmuUser) => boolean;

function parseUserQuery(tenant: GoogleTenant, query: string | null): UserFilter[] {
  if (query === null || query.trim() === '') return [];
  const clauses = query.match(/[A-Za-z.]+\s*[=:]\s*(?:'[^']*'|"[^"]*"|\S+)/g) ?? [];
  const rest = clauses.reduce((text, c) => text.replace(c, ''), query).trim();
  const invalid = () => new GoogleHttpError(400, 'invalidInput', `Invalid Input: ${query}`);
  if (rest !== '') throw invalid();
  return clauses.map((clause) => {
    const m = /^([A-Za-z.]+)\s*([=:])\s*(.*)$/.exec(clause) as RegExpExecArray;
    const key = m[1] as string;
    const op = m[2] as string;
    const value = (m[3] as string).replace(/^['"]|['"]$/g, '');
    const bool = () => {
      if (value !== 'true' && value !== 'false') throw invalid();
      return value === 'true';
    };
    switch (key) {
      case 'orgUnitPath': {
        const path = value.replace(/\/$/, '');
        return (u) => path === '' || u.orgUnitPath === path || u.orgUnitPath.startsWith(`${path}/`);
      }
      case 'isSuspended': {
        const want = bool();
        return (u) => u.suspended === want;
      }
      case 'isArchived': {
        const want = bool();
        return (u) => u.archived === want;
      }
      case 'isAdmin': {
        const want = bool();
        return (u) => (u.primaryEmail === tenant.admin) === want;
      }
      case 'email': {
        const v = value.toLowerCase();
        return op === '='
          ? (u) => u.primaryEmail === v || u.aliases.includes(v)
          : (u) => u.primaryEmail.startsWith(v) || u.aliases.some((a) => a.startsWith(v));
      }
      case 'name':
      case 'givenName':
      case 'familyName': {
        const v = value.toLowerCase();
        return (u) => u.fullName.toLowerCase().includes(v);
      }
      default:
        throw invalid();
    }
  });
}

function listUsers(req: GoogleRequest): GoogleResponse {
  requireAdmin(req);
  const { query, tenant } = req;
  const customer = query.get('customer');
  const domain = query.get('domain')?.toLowerCase() ?? null;
  if (customer === null && domain === null) throw new GoogleHttpError(400, 'badRequest', 'Bad Request');
  if (customer !== null && customer !== 'my_customer' && customer !== CUSTOMER_ID) {
    throw new GoogleHttpError(400, 'badRequest', 'Bad Request');
  }
  if (domain !== null && !tenant.isSchoolDomain(domain)) {
    throw new GoogleHttpError(403, 'forbidden', 'Not Authorized to access this resource/api');
  }
  const maxResults = pageSizeParam(query, 'maxResults', 100, 500);
  const mask = responseMask(query.get('fields'), DIRECTORY_USERS_SCHEMA, 'kind,etag,nextPageToken,users');
  const filters = parseUserQuery(tenant, query.get('query'));
  const users =
    query.get('showDeleted') === 'true'
      ? []
      : tenant
          .listUsers()
          .filter((u) => domain === null || u.primaryEmail.endsWith(`@${domain}`))
          .filter((u) => filters.every((f) => f(u)));
  const page = offsetPage(users, query.get('pageToken'), maxResults);
  const body = {
    kind: 'admin#directory#users',
    etag: '"emu-users"',
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    users: page.items.map((u) => renderUser(tenant, u)),
  };
  return { status: 200, json: applyFields(body, mask) };
}

function getUser(req: GoogleRequest): GoogleResponse {
  requireAdmin(req);
  const key = req.params.userKey as string;
  const u = req.tenant.user(key) ?? req.tenant.listUsers().find((x) => x.id === key);
  if (!u) throw new GoogleHttpError(404, 'notFound', 'Resource Not Found: userKey', { location: 'userKey' });
  const mask = responseMask(req.query.get('fields'), DIRECTORY_USER_SCHEMA, '*');
  return { status: 200, json: applyFields(renderUser(req.tenant, u), mask) };
}

export const directoryRoutes: readonly GoogleRoute[] = [
  { method: 'GET', pattern: '/admin/directory/v1/users', handler: listUsers },
  { method: 'GET', pattern: '/admin/directory/v1/users/:userKey', handler: getUser },
];
