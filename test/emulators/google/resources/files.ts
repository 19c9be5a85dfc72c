/** Drive v3 `files.list`, `files.get` (metadata and `alt=media`) and `files.export`. */
import { fileNotFound, GoogleHttpError, invalidParameter } from '../errors';
import { applyFields, FILE_LIST_SCHEMA, FILE_SCHEMA, responseMask, selects } from '../fields';
import { pageSizeParam } from '../paging';
import { evaluate, indexHint, parseQuery, type Collection, type QueryNode } from '../q-parser';
import { isGoogleType, memberRole, openFile, renderFile, requireBoolParam, visibilityOf, fileSize } from '../render';
import type { GoogleRequest, GoogleResponse, GoogleRoute } from '../router';
import { roleRank, type EmuFile } from '../tenant';

const CORPORA = ['user', 'drive', 'domain', 'allDrives'] as const;
type Corpora = (typeof CORPORA)[number];
const EXPORT_LIMIT = 10 * 1024 * 1024;

function listFiles(req: GoogleRequest): GoogleResponse {
  const { query, tenant, caller } = req;
  const mask = responseMask(
    query.get('fields'),
    FILE_LIST_SCHEMA,
    'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)',
  );
  const corpora = (query.get('corpora') ?? 'user') as Corpora;
  if (!CORPORA.includes(corpora)) throw invalidParameter('corpora', `Invalid value '${corpora}' for corpora.`);
  const driveId = query.get('driveId') ?? query.get('teamDriveId');
  const supportsAllDrives =
    requireBoolParam(query, 'supportsAllDrives') || requireBoolParam(query, 'supportsTeamDrives');
  const allDrives =
    requireBoolParam(query, 'includeItemsFromAllDrives') || requireBoolParam(query, 'includeTeamDriveItems');
  if ((corpora === 'drive') !== (driveId !== null)) {
    throw invalidParameter(
      'driveId',
      'The driveId parameter must be specified if and only if corpora is set to drive.',
    );
  }
  if (allDrives && !supportsAllDrives) {
    throw invalidParameter(
      'includeItemsFromAllDrives',
      'The includeItemsFromAllDrives parameter can only be set to true when supportsAllDrives is also true.',
    );
  }
  if ((corpora === 'drive' || corpora === 'allDrives') && !allDrives) {
    throw invalidParameter(
      'includeItemsFromAllDrives',
      "The includeItemsFromAllDrives parameter must be set to true when corpora is set to 'drive' or 'allDrives'.",
    );
  }
  if (driveId !== null && (!tenant.drive(driveId) || tenant.isDriveMember(caller.email, driveId) === undefined)) {
    throw new GoogleHttpError(404, 'notFound', `Shared drive not found: ${driveId}`, { location: 'driveId' });
  }
  let pageSize = pageSizeParam(query, 'pageSize', 100, 1000);
  // Drive caps a page at 100 files when their permissions are asked for.
  if (selects(mask, 'files', 'permissions')) pageSize = Math.min(pageSize, 100);
  const q = query.get('q') ?? '';
  const ast = parseQuery(q);
  const domain = caller.email.split('@')[1] ?? '';

  const addresses = tenant.addressesOf(caller.email);
  const inCorpus = (f: EmuFile): boolean => {
    if (corpora === 'drive') return f.driveId === driveId;
    if (f.owner !== undefined && addresses.has(f.owner)) return true;
    if (f.driveId !== undefined) {
      return corpora !== 'user' && allDrives && tenant.isDriveMember(caller.email, f.driveId) !== undefined;
    }
    if (memberRole(tenant, caller, f) !== undefined) return true;
    if (corpora !== 'domain') return false;
    return tenant
      .effectivePermissions(f)
      .some((p) => p.allowFileDiscovery === true && (p.type === 'anyone' || p.domain === domain));
  };

  const compute = (): string[] => {
    const candidates = candidateIds(req, ast, corpora, driveId, domain);
    const matches: EmuFile[] = [];
    for (const id of candidates) {
      const f = tenant.file(id);
      if (f && inCorpus(f) && (!ast || evaluate(ast, factsFor(req, f)))) matches.push(f);
    }
    return matches.sort((a, b) => a.seq - b.seq).map((f) => f.id);
  };
  const signature = JSON.stringify([caller.email, q, corpora, driveId, allDrives]);
  const page = req.pager.page({ signature, pageToken: query.get('pageToken'), pageSize }, compute, (id) => {
    const f = tenant.file(id);
    return f && inCorpus(f) ? renderFile(tenant, caller, f) : undefined;
  });
  const body = {
    kind: 'drive#fileList',
    incompleteSearch: false,
    ...(page.nextPageToken !== undefined ? { nextPageToken: page.nextPageToken } : {}),
    files: page.items,
  };
  return { status: 200, json: applyFields(body, mask) };
}

/** Ids worth testing: an index when the query names an owner or a parent, else the corpus. */
function candidateIds(
  req: GoogleRequest,
  ast: QueryNode | undefined,
  corpora: Corpora,
  driveId: string | null,
  domain: string,
): Iterable<string> {
  const { tenant, caller } = req;
  const hint = indexHint(ast);
  if (hint?.by === 'owner') return tenant.ownedBy(hint.value === 'me' ? caller.email : hint.value);
  if (hint?.by === 'parent') return tenant.childrenOf(hint.value);
  if (corpora === 'drive') return tenant.inDrive(driveId as string);
  const ids = tenant.userCorpus(caller.email);
  if (corpora === 'allDrives') {
    for (const d of tenant.allDrives()) {
      if (tenant.isDriveMember(caller.email, d.id) !== undefined) for (const id of tenant.inDrive(d.id)) ids.add(id);
    }
  }
  if (corpora === 'domain') for (const id of tenant.linkSharedItems(domain)) ids.add(id);
  return ids;
}

function factsFor(req: GoogleRequest, f: EmuFile) {
  const { tenant, caller } = req;
  const resolve = (v: string) => (v === 'me' ? caller.email : (tenant.user(v)?.primaryEmail ?? v.toLowerCase()));
  const holds = (collection: Collection, who: string): boolean => {
    if (collection === 'parents') return f.parents.includes(who);
    const address = resolve(who);
    if (collection === 'owners') return f.owner !== undefined && tenant.addressesOf(address).has(f.owner);
    const addresses = tenant.addressesOf(address);
    return tenant.effectivePermissions(f).some((p) => {
      if (p.emailAddress === undefined || !addresses.has(p.emailAddress)) return false;
      const rank = roleRank(p.role);
      return collection === 'writers' ? rank >= roleRank('writer') && p.role !== 'owner' : rank < roleRank('writer');
    });
  };
  return {
    trashed: f.trashed,
    mimeType: f.mimeType,
    name: f.name,
    modifiedTime: f.modifiedTime,
    createdTime: f.createdTime,
    visibility: () => visibilityOf(tenant, f),
    inCollection: holds,
    sharedWithMe: () =>
      f.driveId === undefined &&
      !(f.owner !== undefined && tenant.addressesOf(caller.email).has(f.owner)) &&
      tenant.roleOf(caller.email, f) !== undefined,
  };
}

function getFile(req: GoogleRequest): GoogleResponse {
  const { file } = openFile(req, req.params.fileId as string);
  const alt = req.query.get('alt');
  if (alt === 'media') {
    if (isGoogleType(file.mimeType)) {
      throw new GoogleHttpError(
        403,
        'fileNotDownloadable',
        'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
        { location: 'alt' },
      );
    }
    return { status: 200, bytes: file.content, contentType: file.mimeType };
  }
  if (alt !== null && alt !== 'json') throw invalidParameter('alt');
  const mask = responseMask(req.query.get('fields'), FILE_SCHEMA, 'kind,id,name,mimeType');
  return { status: 200, json: applyFields(renderFile(req.tenant, req.caller, file), mask) };
}

const EXPORTS: Readonly<Record<string, readonly string[]>> = {
  'application/vnd.google-apps.document': ['text/plain', 'text/markdown', 'text/html'],
  'application/vnd.google-apps.spreadsheet': ['text/csv', 'text/tab-separated-values'],
  'application/vnd.google-apps.presentation': ['text/plain'],
};

function exportFile(req: GoogleRequest): GoogleResponse {
  const { file } = openFile(req, req.params.fileId as string, { anyDrive: true });
  const target = req.query.get('mimeType');
  if (target === null || target === '') {
    throw new GoogleHttpError(400, 'required', 'Required parameter: mimeType', { location: 'mimeType' });
  }
  if (!isGoogleType(file.mimeType)) {
    throw new GoogleHttpError(403, 'fileNotExportable', 'Export only supports Docs Editors files.', {
      location: 'fileId',
    });
  }
  if (!(EXPORTS[file.mimeType] ?? []).includes(target)) {
    throw new GoogleHttpError(400, 'badRequest', 'The requested conversion is not supported.', {
      location: 'convertTo',
    });
  }
  if (fileSize(file) > EXPORT_LIMIT) {
    throw new GoogleHttpError(403, 'exportSizeLimitExceeded', 'This file is too large to be exported.');
  }
  let text = file.content.toString('utf8');
  if (target === 'text/html') text = `<html><body><p>${escapeHtml(text)}</p></body></html>`;
  if (target === 'text/tab-separated-values') text = text.replace(/,/g, '\t');
  // Docs exports to plain text start with a byte order mark, as the real export does.
  const bom = file.mimeType === 'application/vnd.google-apps.document' && target === 'text/plain' ? '\uFEFF' : '';
  return { status: 200, bytes: Buffer.from(bom + text, 'utf8'), contentType: `${target}; charset=utf-8` };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function ensureFileExists(req: GoogleRequest, id: string): EmuFile {
  const f = req.tenant.file(id);
  if (!f) throw fileNotFound(id);
  return f;
}

export const fileRoutes: readonly GoogleRoute[] = [
  { method: 'GET', pattern: '/drive/v3/files', handler: listFiles },
  { method: 'GET', pattern: '/drive/v3/files/:fileId', handler: getFile },
  { method: 'GET', pattern: '/drive/v3/files/:fileId/export', handler: exportFile },
];
