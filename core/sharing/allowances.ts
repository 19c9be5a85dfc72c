/**
 * Folders published on purpose (`sharing.allowedPublicFolders`): an item in one may carry anyone and
 * domain links. Entries are folder ids or paths from the drive root ("Website/Newsletters"); a path
 * matches whole segments, case-insensitively, so "Website/News" does not cover "Website/Newsletters".
 * A share to an outside account is never allowed this way: it stays reported.
 */
import type { ExposureCause, ItemExposures } from './exposures';
import type { ExposureId, SharedItem } from './types';

export type { FolderMap } from '../jobs/sharing-audit-ports';

/** Folder id -> name and parents; the audit job's `FolderMap` is one (it carries more). */
export type FolderNames = Readonly<Record<string, { readonly name: string; readonly parents: readonly string[] }>>;

export interface ItemPlace {
  /** Ids of every folder above the item that the map knows (nearest first along each chain), then its shared drive. */
  readonly ancestorIds: readonly string[];
  /** Paths of the folders that hold the item ("Website/Newsletters"), one per parent chain; "" at the root. */
  readonly folderPaths: readonly string[];
}

/** Exposures that an allowed public folder permits. */
const ALLOWABLE: ReadonlySet<ExposureId> = new Set(['anyone-public', 'anyone-with-link', 'domain-link']);

/**
 * Where the item sits, walking its parents through the map. A parent the map does not know ends the
 * chain and is taken as the drive root, so the job should put every folder it has seen in the map.
 * The connector's `item.path` (the folders above the item), when given, counts as one more path.
 * Cycles, which a broken map could hold, stop the walk.
 */
export function placeItem(item: SharedItem, folders: FolderNames): ItemPlace {
  const ancestorIds: string[] = [];
  const folderPaths: string[] = [];

  const walk = (parentId: string, below: readonly string[], visited: ReadonlySet<string>): void => {
    const folder = Object.prototype.hasOwnProperty.call(folders, parentId) ? folders[parentId] : undefined;
    if (!folder || visited.has(parentId)) {
      folderPaths.push(below.join('/'));
      return;
    }
    if (!ancestorIds.includes(parentId)) ancestorIds.push(parentId);
    const names = [folder.name.trim(), ...below];
    const next = new Set(visited).add(parentId);
    if (folder.parents.length === 0) folderPaths.push(names.join('/'));
    for (const grand of folder.parents) walk(grand, names, next);
  };

  for (const parent of item.parents) walk(parent, [], new Set([item.id]));
  if (item.parents.length === 0 && item.path === undefined) folderPaths.push('');
  if (item.path !== undefined) folderPaths.push(splitPath(item.path).join('/'));
  if (item.driveId !== undefined && !ancestorIds.includes(item.driveId)) ancestorIds.push(item.driveId);
  return { ancestorIds, folderPaths: [...new Set(folderPaths)] };
}

function splitPath(path: string): string[] {
  return path
    .split('/')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}

function startsWithSegments(full: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length === 0 || prefix.length > full.length) return false;
  return prefix.every((segment, index) => segment.toLowerCase() === (full[index] as string).toLowerCase());
}

/** True when the item is, or is inside, one of the allowed public folders (by id or by path). */
export function isInAllowedFolder(
  item: SharedItem,
  place: ItemPlace,
  allowedPublicFolders: readonly string[],
): boolean {
  if (allowedPublicFolders.length === 0) return false;
  const ids = new Set([item.id, ...place.ancestorIds]);
  const ownName = item.name.trim();
  for (const entry of allowedPublicFolders) {
    const trimmed = entry.trim();
    if (ids.has(trimmed)) return true;
    const prefix = splitPath(trimmed);
    for (const folderPath of place.folderPaths) {
      if (startsWithSegments([...splitPath(folderPath), ownName], prefix)) return true;
    }
  }
  return false;
}

/** The exposures left once an allowed public folder's permission is taken off (external shares stay). */
export function withoutAllowed(exposures: ItemExposures, allowed: boolean): ItemExposures {
  if (!allowed) return exposures;
  const causes: ExposureCause[] = exposures.causes.filter((cause) => !ALLOWABLE.has(cause.exposure));
  return { exposures: causes.map((cause) => cause.exposure), causes };
}
