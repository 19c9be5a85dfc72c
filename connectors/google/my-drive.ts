/**
 * One user's My Drive, listed as that user.
 *
 * Why every owned item and not a narrower query: Drive's `q` can find link shares (`visibility = ...`)
 * but has no term for "shared with an address outside the school" (`'x' in readers` needs the address in
 * advance; research google.md §1), so the only complete way to see named external shares is to read the
 * permissions of every owned item. `'me' in owners and trashed = false` with `corpora=user` names each
 * non-trashed item the user owns exactly once, wherever it sits (orphans included), and an owner can always
 * read an item's permissions, so `permissions` comes inline: one request per 100 items, Drive's cap when
 * permissions are requested. The rare item that comes back without them gets a permissions.list.
 */
import type { Page } from '../../core/sharing/ports';
import type { SharedItem } from '../../core/sharing/types';
import { listAllPermissions, parseFiles, type DriveDeps } from './drive-deps';
import { fileListPage, MY_DRIVE_FILE_FIELDS, myDriveGrants, toItem, type DriveFile } from './drive-model';

export async function listMyDrivePage(deps: DriveDeps, email: string, pageToken?: string): Promise<Page<SharedItem>> {
  const drive = deps.clients.drive(email);
  const res = await deps.limiter.run(email, 'drive.files.list', () =>
    drive.files.list({
      corpora: 'user',
      q: "'me' in owners and trashed = false",
      pageSize: deps.pageSize,
      fields: `nextPageToken,incompleteSearch,files(${MY_DRIVE_FILE_FIELDS})`,
      ...(pageToken !== undefined && { pageToken }),
    }),
  );
  const page = fileListPage.safeParse(res.data);
  if (!page.success) throw new Error(`drive.files.list as ${email}: unexpected answer`);
  if (page.data.incompleteSearch === true) {
    throw new Error(`drive.files.list as ${email}: Drive reported an incomplete search`);
  }
  const items: SharedItem[] = [];
  for (const file of parseFiles(deps, page.data.files ?? [], `My Drive of ${email}`)) {
    items.push(await myDriveItem(deps, email, file));
  }
  const next = page.data.nextPageToken;
  return { items, ...(next && { nextPageToken: next }) };
}

/** The item with its grants, reading them with permissions.list when the file came without. */
export async function myDriveItem(deps: DriveDeps, email: string, file: DriveFile): Promise<SharedItem> {
  const permissions = file.permissions ?? (await listAllPermissions(deps, email, file.id));
  const owner = file.owners?.[0]?.emailAddress ?? email;
  return toItem(file, owner, myDriveGrants(permissions, file.parents ?? []));
}
