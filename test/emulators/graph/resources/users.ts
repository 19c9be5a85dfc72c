/** Users and `sendMail`: the mail is recorded on the tenant, never delivered. */
import { badRequest, GraphHttpError } from '../http-errors';
import { page, select } from '../odata';
import type { Route, RouteRequest } from '../router';
import type { EmuUser, GraphTenant } from '../tenant';

function userOrThrow(tenant: GraphTenant, idOrUpn: string): EmuUser {
  const user = tenant.user(idOrUpn);
  // Exchange's wording, which callers may show to an administrator.
  if (!user) throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
  return user;
}

function userResource(u: EmuUser) {
  return { id: u.id, userPrincipalName: u.userPrincipalName, displayName: u.displayName, mail: u.mail };
}

function listUsers(req: RouteRequest, tenant: GraphTenant) {
  const users = tenant.users.map((u) => select(userResource(u), req.query.get('$select')));
  return { status: 200, body: page(users, req, 100) };
}

function getUser(req: RouteRequest, tenant: GraphTenant) {
  return { status: 200, body: select(userResource(userOrThrow(tenant, req.params.userId!)), req.query.get('$select')) };
}

function recipients(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((r) => (r as { emailAddress?: { address?: unknown } })?.emailAddress?.address).map(String);
}

function sendMail(req: RouteRequest, tenant: GraphTenant) {
  const user = userOrThrow(tenant, req.params.userId!);
  const body = (req.body ?? {}) as { message?: Record<string, unknown>; saveToSentItems?: unknown };
  const message = body.message;
  if (typeof message !== 'object' || message === null) throw badRequest('Empty Payload, JSON content expected.');
  const all = [
    ...recipients(message.toRecipients),
    ...recipients(message.ccRecipients),
    ...recipients(message.bccRecipients),
  ];
  if (all.length === 0) throw new GraphHttpError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  if (all.some((a) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a))) {
    throw new GraphHttpError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  }
  tenant.sentMail.push({ mailbox: user.userPrincipalName, message, saveToSentItems: body.saveToSentItems !== false });
  return { status: 202 };
}

export const userRoutes: Route[] = [
  { method: 'GET', pattern: '/users', handler: listUsers },
  { method: 'GET', pattern: '/users/:userId', handler: getUser },
  { method: 'POST', pattern: '/users/:userId/sendMail', handler: sendMail },
];
