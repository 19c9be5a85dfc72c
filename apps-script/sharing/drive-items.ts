/**
 * Drive v3 and Directory v1 answers, checked with zod where they enter, turned into core/sharing's
 * provider-neutral shapes. Only the fields the audit asks for are read; anything else Google adds is
 * ignored, and a field of the wrong type is a clear error naming the call (the item is skipped, the
 * audit goes on).
 */
import { z } from 'zod';
import type { DirectoryUser } from '../../core/sharing/ports';
import type { SharedItem, SharingGrant } from '../../core/sharing/types';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

const permission = z.object({
  id: z.string(),
  type: z.enum(['user', 'group', 'domain', 'anyone']),
  role: z.string(),
  emailAddress: z.string().optional(),
  domain: z.string().optional(),
  allowFileDiscovery: z.boolean().optional(),
  expirationTime: z.string().optional(),
  deleted: z.boolean().optional(),
  permissionDetails: z
    .array(
      z.object({
        permissionType: z.string().optional(),
        inherited: z.boolean().optional(),
        inheritedFrom: z.string().optional(),
      }),
    )
    .optional(),
});
export type DrivePermission = z.infer<typeof permission>;

const file = z.object({
  id: z.string(),
  name: z.string().default(''),
  mimeType: z.string().default('application/octet-stream'),
  parents: z.array(z.string()).optional(),
  trashed: z.boolean().optional(),
  modifiedTime: z.string().optional(),
  size: z.union([z.string(), z.number()]).optional(),
  webViewLink: z.string().optional(),
  driveId: z.string().optional(),
  owners: z.array(z.object({ emailAddress: z.string().optional() })).optional(),
  permissions: z.array(permission).optional(),
  permissionIds: z.array(z.string()).optional(),
  hasAugmentedPermissions: z.boolean().optional(),
});
export type DriveFile = z.infer<typeof file>;

export const fileList = z.object({
  files: z.array(z.unknown()).default([]),
  nextPageToken: z.string().optional(),
  incompleteSearch: z.boolean().optional(),
});

export const permissionList = z.object({
  permissions: z.array(permission).default([]),
  nextPageToken: z.string().optional(),
});

export const driveList = z.object({
  drives: z.array(z.object({ id: z.string(), name: z.string().default('') })).default([]),
  nextPageToken: z.string().optional(),
});

export const userList = z.object({
  users: z
    .array(
      z.object({
        primaryEmail: z.string(),
        aliases: z.array(z.string()).optional(),
        suspended: z.boolean().optional(),
        archived: z.boolean().optional(),
        orgUnitPath: z.string().optional(),
      }),
    )
    .default([]),
  nextPageToken: z.string().optional(),
});

/** Parses an answer or throws naming the call and the first wrong field. */
export function parseAnswer<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${what}: unexpected answer (field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''})`);
}

export function parseFile(value: unknown): DriveFile | { readonly error: string } {
  const parsed = file.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : '(no id)';
  return { error: `file ${id}: field "${parsed.error.issues[0]?.path.join('.') ?? ''}" is not what Drive sends` };
}

/** Active accounts only: suspended and archived accounts cannot share anything new. */
export function directoryUsers(list: z.infer<typeof userList>): DirectoryUser[] {
  return list.users
    .filter((user) => user.suspended !== true && user.archived !== true)
    .map((user) => ({
      email: user.primaryEmail.toLowerCase(),
      aliases: (user.aliases ?? []).map((alias) => alias.toLowerCase()),
      ...(user.orgUnitPath === undefined ? {} : { orgUnitPath: user.orgUnitPath }),
    }));
}

export function toGrant(p: DrivePermission): SharingGrant {
  const inherited = p.permissionDetails?.find((detail) => detail.inherited === true);
  return {
    id: p.id,
    kind: p.type,
    role: p.role,
    ...(p.emailAddress === undefined ? {} : { emailAddress: p.emailAddress.toLowerCase() }),
    ...(p.domain === undefined ? {} : { domain: p.domain.toLowerCase() }),
    ...(p.allowFileDiscovery === undefined ? {} : { discoverable: p.allowFileDiscovery }),
    ...(p.expirationTime === undefined ? {} : { expiresAt: p.expirationTime }),
    ...(p.deleted === undefined ? {} : { deleted: p.deleted }),
    ...(inherited?.inheritedFrom === undefined ? {} : { inheritedFrom: inherited.inheritedFrom }),
  };
}

export function toItem(f: DriveFile, owner: string, grants: readonly SharingGrant[]): SharedItem {
  const size = f.size === undefined ? undefined : Number(f.size);
  return {
    provider: 'google',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    isFolder: f.mimeType === FOLDER_MIME,
    owner: owner.toLowerCase(),
    ...(f.driveId === undefined ? {} : { driveId: f.driveId }),
    parents: f.parents ?? [],
    trashed: f.trashed === true,
    ...(f.modifiedTime === undefined ? {} : { modifiedTime: f.modifiedTime }),
    ...(size === undefined || !Number.isFinite(size) ? {} : { size }),
    grants,
  };
}

/** The link people follow from the Audit sheet. */
export function linkOf(f: DriveFile): string {
  if (f.webViewLink !== undefined && /^https:\/\//.test(f.webViewLink)) return f.webViewLink;
  const kind = f.mimeType === FOLDER_MIME ? 'drive/folders' : 'file/d';
  return `https://drive.google.com/${kind}/${encodeURIComponent(f.id)}`;
}
