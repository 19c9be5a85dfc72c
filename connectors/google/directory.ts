/**
 * The school's active accounts from the Admin SDK Directory (`users.list`, as the administrator).
 * Suspended and archived accounts are dropped here rather than with a `query`: Directory search results
 * can lag by up to 36 hours (research google.md §2), the plain listing does not.
 */
import { z } from 'zod';
import type { DirectoryUser, Page } from '../../core/sharing/ports';
import type { GoogleClients } from './clients';
import type { GoogleLimiter } from './limiter';

/** Directory's largest page. */
export const DIRECTORY_PAGE_SIZE = 500;

const USER_FIELDS = 'nextPageToken,users(primaryEmail,aliases,suspended,archived,orgUnitPath)';

const directoryPage = z.object({
  nextPageToken: z.string().optional().nullable(),
  users: z
    .array(
      z.object({
        primaryEmail: z.string().optional().nullable(),
        aliases: z.array(z.string()).optional().nullable(),
        suspended: z.boolean().optional().nullable(),
        archived: z.boolean().optional().nullable(),
        orgUnitPath: z.string().optional().nullable(),
      }),
    )
    .optional()
    .nullable(),
});

export interface DirectoryDeps {
  readonly clients: GoogleClients;
  readonly limiter: GoogleLimiter;
  readonly admin: string;
  /** Lower-case; empty = every domain of the customer. */
  readonly schoolDomains: readonly string[];
}

export async function listDirectoryUsers(deps: DirectoryDeps, pageToken?: string): Promise<Page<DirectoryUser>> {
  const directory = deps.clients.directory(deps.admin);
  const res = await deps.limiter.run(deps.admin, 'directory.users.list', () =>
    directory.users.list({
      customer: 'my_customer',
      maxResults: DIRECTORY_PAGE_SIZE,
      fields: USER_FIELDS,
      ...(pageToken !== undefined && { pageToken }),
    }),
  );
  const parsed = directoryPage.safeParse(res.data);
  if (!parsed.success) {
    throw new Error(`directory.users.list: unexpected answer (${parsed.error.issues[0]?.path.join('.') ?? '?'})`);
  }
  const items: DirectoryUser[] = [];
  for (const u of parsed.data.users ?? []) {
    if (!u.primaryEmail || u.suspended === true || u.archived === true) continue;
    const email = u.primaryEmail.toLowerCase();
    if (!inDomains(email, deps.schoolDomains)) continue;
    items.push({
      email,
      aliases: (u.aliases ?? []).map((a) => a.toLowerCase()),
      ...(u.orgUnitPath && { orgUnitPath: u.orgUnitPath }),
    });
  }
  const next = parsed.data.nextPageToken;
  return { items, ...(next && { nextPageToken: next }) };
}

/** The address's domain is exactly one of `domains` (a look-alike or a subdomain is not). */
export function inDomains(address: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const domain = address.slice(at + 1).toLowerCase();
  return domains.some((d) => d.toLowerCase() === domain);
}
