/**
 * Which Gmail messages the staff–pupil check reads: those with a pupil-domain address among From, To,
 * Cc or Bcc. The same test decides on both paths (the full sync's search and the history's headers), so
 * a message is read or not read whichever way it is reached. Domains compare exactly, as the policy's
 * do: a look-alike or an unlisted subdomain is not a pupil domain.
 */
import { parseAddressHeader } from '../../mail';
import type { MailMessage } from '../../../core/mail/message';

/** The headers asked for with format=metadata. */
export const PARTY_HEADERS = ['From', 'To', 'Cc', 'Bcc'] as const;

export function pupilDomainSet(domains: readonly string[]): ReadonlySet<string> {
  return new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter((d) => d !== ''));
}

export function hasPupilAddress(addresses: Iterable<string>, pupilDomains: ReadonlySet<string>): boolean {
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at >= 0 && pupilDomains.has(address.slice(at + 1).toLowerCase())) return true;
  }
  return false;
}

/** From format=metadata headers (`[{name, value}]`). */
export function headersHavePupil(
  headers: ReadonlyArray<{ readonly name?: string | null; readonly value?: string | null }>,
  pupilDomains: ReadonlySet<string>,
): boolean {
  const wanted = new Set(PARTY_HEADERS.map((h) => h.toLowerCase()));
  const addresses = headers
    .filter((h) => wanted.has((h.name ?? '').toLowerCase()))
    .flatMap((h) => parseAddressHeader(h.value ?? '').map((a) => a.address));
  return hasPupilAddress(addresses, pupilDomains);
}

export function messageHasPupil(msg: MailMessage, pupilDomains: ReadonlySet<string>): boolean {
  const addresses = [msg.from, ...msg.to, ...msg.cc, ...msg.bcc].flatMap((a) => (a ? [a.address] : []));
  return hasPupilAddress(addresses, pupilDomains);
}

/**
 * The full sync's search: mail from, to, copied or blind-copied to any pupil domain in the last `days`
 * days; chats are not email. Spam and Trash are searched too (the request sets includeSpamTrash): a
 * message a member of staff has deleted is still one a DSL may need to see.
 */
export function pupilMailQuery(pupilDomains: ReadonlySet<string>, days: number): string {
  const parties = [...pupilDomains].flatMap((d) => ['from', 'to', 'cc', 'bcc'].map((op) => `${op}:@${d}`));
  return `{${parties.join(' ')}} newer_than:${days}d -in:chats`;
}
