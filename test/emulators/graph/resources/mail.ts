/**
 * Mail as a reader with Mail.Read (application) sees it: message delta per well-known folder, one
 * message, and its MIME (`$value`). Delta behaves as Graph documents it (message-delta.md):
 *  - options (`$select`, `$filter=receivedDateTime ge|gt ...`, `Prefer: odata.maxpagesize`) are given on
 *    the first call only and carried inside the opaque `$skiptoken`/`$deltatoken` of the links;
 *  - every page but the last has an absolute `@odata.nextLink`; the last has `@odata.deltaLink`;
 *  - replaying a deltaLink gives what changed since (new and updated messages, deleted ones as `@removed`);
 *  - an expired or unknown token answers 410 Gone, `SyncStateNotFound` (or `resyncRequired`).
 * A mailbox outside the app's RBAC scope answers 403 `ErrorAccessDenied`.
 */
import { badRequest, GraphHttpError } from '../http-errors';
import { select } from '../odata';
import type { Route, RouteRequest, RouteResponse } from '../router';
import {
  MAIL_FOLDERS,
  type EmuMessage,
  type EmuUser,
  type GraphTenant,
  type MailDeltaState,
  type MailFolderName,
} from '../tenant';

/** Graph's default page size for messages. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

function mailboxOrThrow(tenant: GraphTenant, idOrUpn: string): EmuUser {
  const user = tenant.user(idOrUpn);
  if (!user) throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
  if (tenant.mailAccessScope !== undefined && !tenant.mailAccessScope.has(user.userPrincipalName)) {
    throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  return user;
}

function folderOrThrow(name: string): MailFolderName {
  const folder = MAIL_FOLDERS.find((f) => f === name.toLowerCase());
  if (!folder) throw new GraphHttpError(404, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  return folder;
}

const recipient = (address: string) => ({ emailAddress: { name: address, address } });

function messageResource(m: EmuMessage) {
  return {
    '@odata.type': '#microsoft.graph.message',
    '@odata.etag': `W/"CQAAABYAAAD${m.updatedSeq}"`,
    id: m.id,
    createdDateTime: m.receivedDateTime,
    lastModifiedDateTime: m.receivedDateTime,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    subject: m.subject,
    bodyPreview: m.text.slice(0, 255),
    internetMessageId: `<${m.internetMessageId}>`,
    isDraft: false,
    parentFolderId: m.folder,
    from: recipient(m.from),
    sender: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    bccRecipients: m.bcc.map(recipient),
    body: { contentType: 'text', content: m.text },
  };
}

/** `receivedDateTime ge 2025-01-01T00:00:00Z`: the only filter message delta supports. */
function parseSince(filter: string | null): MailDeltaState['since'] {
  if (filter === null || filter.trim() === '') return undefined;
  const m = /^\s*receivedDateTime\s+(ge|gt)\s+(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z)\s*$/i.exec(filter);
  if (!m) throw badRequest(`The only filter supported on delta is receivedDateTime ge|gt <DateTimeOffset>.`);
  return { op: m[1]!.toLowerCase() as 'ge' | 'gt', iso: m[2]! };
}

function pageSizeOf(req: RouteRequest): number {
  const prefer = /odata\.maxpagesize=(\d+)/i.exec(String(req.headers.prefer ?? ''));
  const top = req.query.get('$top');
  const n = prefer ? Number(prefer[1]) : top !== null ? Number(top) : DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1) throw badRequest('Invalid page size.');
  return Math.min(n, MAX_PAGE_SIZE);
}

function matchesSince(m: EmuMessage, since: MailDeltaState['since']): boolean {
  if (!since) return true;
  const at = Date.parse(m.receivedDateTime);
  const from = Date.parse(since.iso);
  return since.op === 'ge' ? at >= from : at > from;
}

/** The entries of a round: everything (first sync) or what changed after `seq`, newest first. */
function roundEntries(tenant: GraphTenant, state: Omit<MailDeltaState, 'serial'>, fromSeq: number | undefined) {
  const inFolder = tenant.messages
    .filter((m) => m.mailbox === state.mailbox && m.folder === state.folder && matchesSince(m, state.since))
    .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime));
  if (fromSeq === undefined) {
    return inFolder.filter((m) => m.deletedSeq === undefined).map((m) => ({ id: m.id, removed: false }));
  }
  return inFolder
    .filter((m) =>
      m.deletedSeq === undefined ? m.updatedSeq > fromSeq : m.deletedSeq > fromSeq && m.createdSeq <= fromSeq,
    )
    .map((m) => ({ id: m.id, removed: m.deletedSeq !== undefined }));
}

function issueToken(tenant: GraphTenant, state: Omit<MailDeltaState, 'serial'>): string {
  tenant.mailTokenSerial += 1;
  const token = Buffer.from(`emu-sync-${tenant.mailTokenSerial}-${state.mailbox}`).toString('base64url');
  tenant.mailDeltaStates.set(token, { ...state, serial: tenant.mailTokenSerial });
  return token;
}

function stateOrGone(tenant: GraphTenant, token: string): MailDeltaState {
  const state = tenant.mailDeltaStates.get(token);
  if (!state || state.serial <= tenant.mailExpiredThrough) {
    const generation = state?.serial ?? 0;
    throw new GraphHttpError(
      410,
      tenant.mailExpiryCode,
      `The sync state generation is not found; generation=${generation};[highest=${tenant.mailTokenSerial}].`,
    );
  }
  return state;
}

function messageDelta(req: RouteRequest, tenant: GraphTenant): RouteResponse {
  const user = mailboxOrThrow(tenant, req.params.userId!);
  const folder = folderOrThrow(req.params.folderId!);
  const skipToken = req.query.get('$skiptoken');
  const deltaToken = req.query.get('$deltatoken');

  let state: Omit<MailDeltaState, 'serial'>;
  if (skipToken !== null) {
    state = stateOrGone(tenant, skipToken);
  } else if (deltaToken !== null) {
    const known = stateOrGone(tenant, deltaToken);
    state = { ...known, round: { entries: roundEntries(tenant, known, known.seq), offset: 0 }, seq: tenant.mailSeq };
  } else {
    const base = {
      mailbox: user.userPrincipalName,
      folder,
      select: req.query.get('$select'),
      since: parseSince(req.query.get('$filter')),
      pageSize: pageSizeOf(req),
      seq: tenant.mailSeq,
    };
    state = { ...base, round: { entries: roundEntries(tenant, base, undefined), offset: 0 } };
  }
  if (state.mailbox !== user.userPrincipalName || state.folder !== folder)
    throw badRequest('Token is for another folder.');

  const round = state.round ?? { entries: [], offset: 0 };
  const slice = round.entries.slice(round.offset, round.offset + state.pageSize);
  const value = slice.map((e) => {
    const m = tenant.message(e.id);
    if (e.removed || !m)
      return { '@odata.type': '#microsoft.graph.message', id: e.id, '@removed': { reason: 'deleted' } };
    return select(messageResource(m), state.select);
  });
  const link = `${req.baseUrl}/users/${encodeURIComponent(req.params.userId!)}/mailFolders/${req.params.folderId!}/messages/delta`;
  const context = `${req.baseUrl}/$metadata#Collection(message)`;
  const headers = { 'Preference-Applied': `odata.maxpagesize=${state.pageSize}` };
  const nextOffset = round.offset + state.pageSize;
  if (nextOffset < round.entries.length) {
    const next = issueToken(tenant, { ...state, round: { entries: round.entries, offset: nextOffset } });
    return {
      status: 200,
      headers,
      body: { '@odata.context': context, value, '@odata.nextLink': `${link}?$skiptoken=${next}` },
    };
  }
  const { round: _done, ...rest } = state;
  const delta = issueToken(tenant, rest);
  return {
    status: 200,
    headers,
    body: { '@odata.context': context, value, '@odata.deltaLink': `${link}?$deltatoken=${delta}` },
  };
}

function messageOrThrow(req: RouteRequest, tenant: GraphTenant): EmuMessage {
  const user = mailboxOrThrow(tenant, req.params.userId!);
  const message = tenant.message(req.params.messageId!);
  if (!message || message.mailbox !== user.userPrincipalName) {
    throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  }
  return message;
}

function getMessage(req: RouteRequest, tenant: GraphTenant): RouteResponse {
  return { status: 200, body: select(messageResource(messageOrThrow(req, tenant)), req.query.get('$select')) };
}

/** The MIME of the message, as Exchange gives it: `text/plain`, the bytes unchanged. */
function getMessageMime(req: RouteRequest, tenant: GraphTenant): RouteResponse {
  return { status: 200, body: messageOrThrow(req, tenant).mime, headers: { 'Content-Type': 'text/plain' } };
}

export const mailRoutes: Route[] = [
  { method: 'GET', pattern: '/users/:userId/mailFolders/:folderId/messages/delta', handler: messageDelta },
  { method: 'GET', pattern: '/users/:userId/messages/:messageId', handler: getMessage },
  { method: 'GET', pattern: '/users/:userId/messages/:messageId/$value', handler: getMessageMime },
];
