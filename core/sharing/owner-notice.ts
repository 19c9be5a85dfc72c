/**
 * The email telling an owner which links IT removed from their files, why, and how to get one back.
 * It names files and links only, never what a file contains: email is forwarded and kept for years.
 */
import { escapeHtml } from '../report/html/escape';
import { compareText } from './exposures';
import type { GrantRemoval } from './fix-plan';
import type { ExposureId, SharingGrant } from './types';

export interface OwnerNotice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface OwnerNoticeOptions {
  readonly schoolName: string;
  /** Where to ask for a link back (the profile's `contacts.it`); without one the notice says "the IT team". */
  readonly itContact?: string;
}

/** The policy clause (REQUIREMENTS, sharing audit) the removal enforces, quoted as the policy words it. */
export const POLICY_CLAUSE =
  'take care to save sensitive data in areas of the cloud storage with appropriate permissions and not to create anonymous access links except where absolutely necessary';

function what(exposure: ExposureId, action: string): string {
  switch (exposure) {
    case 'anyone-public':
      return `a public link: anyone on the internet could find it in a search and ${action}`;
    case 'anyone-with-link':
      return `an "anyone with the link" link: anyone who had the link could ${action} without signing in`;
    case 'domain-link':
      return `a school-wide link: anyone with a school account who had the link could ${action}`;
    case 'external-user':
      return `access for an account outside the school, which could ${action}`;
  }
}

function verb(grant: SharingGrant): string {
  const role = grant.role.toLowerCase();
  if (/write|writer|organizer|owner|edit/.test(role)) return 'edit it';
  if (role.includes('comment')) return 'comment on it';
  return 'open it';
}

/** A file name on one line, not too long to read. */
function displayName(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim() || '(untitled)';
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

interface FileLines {
  readonly name: string;
  readonly id: string;
  readonly isFolder: boolean;
  readonly inheritedBy: number;
  readonly what: string[];
}

function describe(removals: readonly GrantRemoval[]): FileLines[] {
  const byItem = new Map<
    string,
    { name: string; id: string; isFolder: boolean; others: Set<string>; what: string[] }
  >();
  for (const removal of removals) {
    const entry = byItem.get(removal.item.id) ?? {
      name: displayName(removal.item.name),
      id: removal.item.id,
      isFolder: removal.item.isFolder,
      others: new Set<string>(),
      what: [],
    };
    const sentence = what(removal.exposure, verb(removal.grant));
    if (!entry.what.includes(sentence)) entry.what.push(sentence);
    for (const fixed of removal.fixes) if (fixed !== removal.item.id) entry.others.add(fixed);
    byItem.set(removal.item.id, entry);
  }
  return [...byItem.values()]
    .map((entry) => ({
      name: entry.name,
      id: entry.id,
      isFolder: entry.isFolder,
      inheritedBy: entry.others.size,
      what: entry.what,
    }))
    .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.id, b.id));
}

function label(file: FileLines): string {
  if (!file.isFolder) return `“${file.name}”`;
  const inside =
    file.inheritedBy > 0
      ? ` (folder; the link also reached ${file.inheritedBy} ${file.inheritedBy === 1 ? 'file' : 'files'} in it)`
      : ' (folder)';
  return `“${file.name}”${inside}`;
}

/** One notice for one owner about the given removals (all on items they own). */
export function ownerNotice(
  owner: string,
  removals: readonly GrantRemoval[],
  options: OwnerNoticeOptions,
): OwnerNotice {
  const files = describe(removals);
  const count = files.length;
  const subject = `${options.schoolName}: sharing links removed from ${count === 1 ? 'one of your files' : `${count} of your files`}`;
  const contact = options.itContact ? `the IT team (${options.itContact})` : 'the IT team';
  const intro = `As part of ${options.schoolName}'s regular check of file sharing, IT removed ${
    removals.length === 1 ? 'a sharing link' : 'sharing links'
  } from ${count === 1 ? 'a file' : 'files'} you own:`;
  const why = `Why: the school's online safety policy asks us all to "${POLICY_CLAUSE}".`;
  const unchanged =
    'Nothing else has changed: the files are still yours, they have not been moved or deleted, and people you shared them with by name can still open them.';
  const back = `If one of these needs a link (for example a document published on the school website), reply to this email or contact ${contact} with the file's name and why it needs one, and IT can put the link back.`;

  const text = [
    'Hello,',
    '',
    intro,
    '',
    ...files.map((file) => `- ${label(file)}: ${file.what.join('; and ')}.`),
    '',
    why,
    '',
    unchanged,
    '',
    back,
    '',
    'Thank you.',
  ].join('\n');

  const html =
    '<p>Hello,</p>' +
    `<p>${escapeHtml(intro)}</p>` +
    `<ul>${files
      .map((file) => `<li><strong>${escapeHtml(label(file))}</strong>: ${escapeHtml(file.what.join('; and '))}.</li>`)
      .join('')}</ul>` +
    `<p>${escapeHtml(why)}</p>` +
    `<p>${escapeHtml(unchanged)}</p>` +
    `<p>${escapeHtml(back)}</p>` +
    '<p>Thank you.</p>';

  return { to: [owner.trim().toLowerCase()], subject, text, html };
}

/** One notice per owner (removals on items with no owner's address are left out), in address order. */
export function ownerNotices(removals: readonly GrantRemoval[], options: OwnerNoticeOptions): OwnerNotice[] {
  const byOwner = new Map<string, GrantRemoval[]>();
  for (const removal of removals) {
    const owner = removal.item.owner.trim().toLowerCase();
    if (!owner.includes('@')) continue;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), removal]);
  }
  return [...byOwner.keys()]
    .sort(compareText)
    .map((owner) => ownerNotice(owner, byOwner.get(owner) as GrantRemoval[], options));
}
