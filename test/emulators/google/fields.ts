/**
 * Partial responses (`fields=nextPageToken,files(id,permissions(id,type))`): parsed into a tree, checked
 * against the resource's known fields (Google answers 400 for a field that does not exist), then applied.
 * As in the real API, a response carries only what the mask names: no mask entry, no `nextPageToken`.
 */
import { GoogleHttpError } from './errors';

/** `true`: the whole value. */
export type FieldMask = Map<string, FieldMask | true>;

/** Known fields of a resource; `null` marks a field whose inner structure is not checked. */
export interface Schema {
  readonly [field: string]: Schema | null;
}

export function parseFields(text: string): FieldMask {
  let pos = 0;
  const fail = (): never => {
    throw new GoogleHttpError(400, 'invalidParameter', `Invalid field selection ${text}`, { location: 'fields' });
  };
  const name = (): string => {
    const m = /^\s*([A-Za-z_*][\w*]*)\s*/.exec(text.slice(pos));
    if (!m) return fail();
    pos += m[0].length;
    return m[1] as string;
  };
  const list = (): FieldMask => {
    const mask: FieldMask = new Map();
    for (;;) {
      const path = [name()];
      while (text[pos] === '/') {
        pos += 1;
        path.push(name());
      }
      let leaf: FieldMask | true = true;
      if (text[pos] === '(') {
        pos += 1;
        leaf = list();
        if (text[pos] !== ')') fail();
        pos += 1;
        while (text[pos] === ' ') pos += 1;
      }
      addPath(mask, path, leaf);
      if (text[pos] !== ',') return mask;
      pos += 1;
    }
  };
  const mask = list();
  if (pos !== text.length) fail();
  return mask;
}

function addPath(mask: FieldMask, path: readonly string[], leaf: FieldMask | true): void {
  const [head, ...rest] = path as [string, ...string[]];
  const value =
    rest.length === 0
      ? leaf
      : (() => {
          const inner: FieldMask = new Map();
          addPath(inner, rest, leaf);
          return inner;
        })();
  const existing = mask.get(head);
  if (existing === undefined || value === true) mask.set(head, value);
  else if (existing !== true) for (const [k, v] of value) mergeInto(existing, k, v);
}

function mergeInto(mask: FieldMask, key: string, value: FieldMask | true): void {
  const existing = mask.get(key);
  if (existing === undefined || value === true) mask.set(key, value);
  else if (existing !== true) for (const [k, v] of value) mergeInto(existing, k, v);
}

/** Throws Google's 400 for a selected field the schema does not know. */
export function checkFields(mask: FieldMask, schema: Schema, prefix = ''): void {
  for (const [key, sub] of mask) {
    if (key === '*') continue;
    if (!(key in schema)) {
      throw new GoogleHttpError(400, 'invalidParameter', `Invalid field selection ${prefix}${key}`, {
        location: 'fields',
      });
    }
    const inner = schema[key];
    if (sub !== true && inner !== null && inner !== undefined) checkFields(sub, inner, `${prefix}${key}/`);
  }
}

export function applyFields(value: unknown, mask: FieldMask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyFields(v, mask));
  const source = value as Record<string, unknown>;
  if (mask.has('*') && mask.get('*') === true && mask.size === 1) return source;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const sub = mask.get(key) ?? mask.get('*');
    if (sub !== undefined && source[key] !== undefined) out[key] = applyFields(source[key], sub);
  }
  return out;
}

/** The request's mask (checked), or the method's default mask when `fields` is absent. */
export function responseMask(fieldsParam: string | null, schema: Schema, defaultMask: string): FieldMask {
  if (fieldsParam === null || fieldsParam.trim() === '') return parseFields(defaultMask);
  const mask = parseFields(fieldsParam.trim());
  checkFields(mask, schema);
  return mask;
}

/** True when the mask selects `field` of the list's items (`files(permissions)`, `files/permissions`, `*`). */
export function selects(mask: FieldMask, listField: string, field: string): boolean {
  const items = mask.get(listField) ?? mask.get('*');
  if (items === undefined) return false;
  if (items === true) return true;
  return items.has(field) || items.has('*');
}

const USER: Schema = {
  kind: null,
  displayName: null,
  photoLink: null,
  me: null,
  permissionId: null,
  emailAddress: null,
};

export const PERMISSION_SCHEMA: Schema = {
  kind: null,
  id: null,
  type: null,
  emailAddress: null,
  domain: null,
  role: null,
  view: null,
  allowFileDiscovery: null,
  displayName: null,
  photoLink: null,
  expirationTime: null,
  teamDrivePermissionDetails: null,
  permissionDetails: { permissionType: null, role: null, inheritedFrom: null, inherited: null },
  deleted: null,
  pendingOwner: null,
  inheritedPermissionsDisabled: null,
};

export const FILE_SCHEMA: Schema = Object.fromEntries([
  ...[
    'kind',
    'id',
    'name',
    'mimeType',
    'description',
    'starred',
    'trashed',
    'explicitlyTrashed',
    'trashedTime',
    'parents',
    'properties',
    'appProperties',
    'spaces',
    'version',
    'webContentLink',
    'webViewLink',
    'iconLink',
    'hasThumbnail',
    'thumbnailLink',
    'thumbnailVersion',
    'viewedByMe',
    'viewedByMeTime',
    'createdTime',
    'modifiedTime',
    'modifiedByMeTime',
    'modifiedByMe',
    'sharedWithMeTime',
    'driveId',
    'teamDriveId',
    'shared',
    'ownedByMe',
    'capabilities',
    'viewersCanCopyContent',
    'copyRequiresWriterPermission',
    'writersCanShare',
    'permissionIds',
    'hasAugmentedPermissions',
    'folderColorRgb',
    'originalFilename',
    'fullFileExtension',
    'fileExtension',
    'md5Checksum',
    'sha1Checksum',
    'sha256Checksum',
    'size',
    'quotaBytesUsed',
    'headRevisionId',
    'contentHints',
    'imageMediaMetadata',
    'videoMediaMetadata',
    'isAppAuthorized',
    'exportLinks',
    'shortcutDetails',
    'contentRestrictions',
    'resourceKey',
    'linkShareMetadata',
    'labelInfo',
    'inheritedPermissionsDisabled',
    'downloadRestrictions',
  ].map((k) => [k, null] as const),
  ['owners', USER],
  ['sharingUser', USER],
  ['trashingUser', USER],
  ['lastModifyingUser', USER],
  ['permissions', PERMISSION_SCHEMA],
]);

export const DRIVE_SCHEMA: Schema = Object.fromEntries(
  [
    'kind',
    'id',
    'name',
    'themeId',
    'colorRgb',
    'backgroundImageFile',
    'backgroundImageLink',
    'capabilities',
    'createdTime',
    'hidden',
    'restrictions',
    'orgUnitId',
  ].map((k) => [k, null] as const),
);

export const CHANGE_SCHEMA: Schema = {
  kind: null,
  removed: null,
  file: FILE_SCHEMA,
  fileId: null,
  time: null,
  driveId: null,
  changeType: null,
  drive: DRIVE_SCHEMA,
  teamDriveId: null,
  teamDrive: null,
  type: null,
};

export const FILE_LIST_SCHEMA: Schema = { kind: null, nextPageToken: null, incompleteSearch: null, files: FILE_SCHEMA };
export const PERMISSION_LIST_SCHEMA: Schema = { kind: null, nextPageToken: null, permissions: PERMISSION_SCHEMA };
export const CHANGE_LIST_SCHEMA: Schema = {
  kind: null,
  nextPageToken: null,
  newStartPageToken: null,
  changes: CHANGE_SCHEMA,
};
export const START_TOKEN_SCHEMA: Schema = { kind: null, startPageToken: null };
export const DRIVE_LIST_SCHEMA: Schema = { kind: null, nextPageToken: null, drives: DRIVE_SCHEMA };
export const ABOUT_SCHEMA: Schema = {
  kind: null,
  user: USER,
  storageQuota: null,
  importFormats: null,
  exportFormats: null,
  maxImportSizes: null,
  maxUploadSize: null,
  appInstalled: null,
  folderColorPalette: null,
  driveThemes: null,
  canCreateDrives: null,
  canCreateTeamDrives: null,
  teamDriveThemes: null,
};

const DIRECTORY_USER: Schema = Object.fromEntries(
  [
    'kind',
    'id',
    'etag',
    'primaryEmail',
    'name',
    'isAdmin',
    'isDelegatedAdmin',
    'lastLoginTime',
    'creationTime',
    'agreedToTerms',
    'suspended',
    'suspensionReason',
    'archived',
    'changePasswordAtNextLogin',
    'ipWhitelisted',
    'emails',
    'aliases',
    'nonEditableAliases',
    'customerId',
    'orgUnitPath',
    'isMailboxSetup',
    'isEnrolledIn2Sv',
    'isEnforcedIn2Sv',
    'includeInGlobalAddressList',
    'thumbnailPhotoUrl',
    'organizations',
    'relations',
    'externalIds',
    'phones',
    'addresses',
    'customSchemas',
    'recoveryEmail',
    'deletionTime',
  ].map((k) => [k, null] as const),
);

export const DIRECTORY_USER_SCHEMA = DIRECTORY_USER;
export const DIRECTORY_USERS_SCHEMA: Schema = {
  kind: null,
  etag: null,
  nextPageToken: null,
  trigger_event: null,
  users: DIRECTORY_USER,
};
