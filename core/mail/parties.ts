/**
 * Who is writing to whom. Each address gets a role (the directory first, then the profile's domains, as
 * core/people decides), whether it is a person's non-school address, and whether it is a group mailbox;
 * the message then gets a direction (staff to pupil, pupil to staff), whether it is one-to-one or group
 * mail, and who else can see it (a colleague, a parent).
 */
import type { AddressRole, DirectoryEntry, People } from '../people';
import type { MailAddress, MailMessage } from './message';
import { createNameIndex, nameKey, type NameIndex } from './names';

export interface Party {
  readonly address: string;
  readonly name: string | undefined;
  readonly role: AddressRole;
  /** The directory person behind the address (directly, as a listed personal address, or by name). */
  readonly person: DirectoryEntry | undefined;
  /** A person's non-school address: listed in the directory's personal_emails, or recognised by name. */
  readonly personal: boolean;
  /** The role was inferred from a display name or address, not read from the directory or a domain. */
  readonly inferred: boolean;
  /** On one of the school's domains. */
  readonly school: boolean;
  /** One of the school's own sending accounts (`mail.officialAccounts`). */
  readonly official: boolean;
  /** A list or group mailbox: a year group, a class, a squad, all staff. */
  readonly group: boolean;
}

export interface Parties {
  readonly sender: Party | null;
  /** Reply-To and Sender addresses that differ from From: where answers actually go. */
  readonly alternates: readonly Party[];
  /** To, Cc and Bcc, each address once. */
  readonly recipients: readonly Party[];
  /** Individual pupils among the recipients (not group mailboxes). */
  readonly pupils: readonly Party[];
  /** Group mailboxes of pupils among the recipients (a year group, a class list). */
  readonly pupilGroups: readonly Party[];
  /** Recipients outside the school's domains. */
  readonly outside: readonly Party[];
  /** List, bulk or automatic mail by its headers, or a very long recipient list. */
  readonly bulk: boolean;
  /** The sender is a member of staff (on any account), not an official account. */
  readonly staffSender: boolean;
  readonly pupilSender: boolean;
  /** A member of staff writing to one or more pupils (or a pupil group). */
  readonly staffToPupil: boolean;
  /** Staff writing to exactly one pupil, with no group, no bulk headers and nobody else copied. */
  readonly oneToOne: boolean;
  /** A pupil is the sender or among the recipients (individually or as a group). */
  readonly pupilInvolved: boolean;
  readonly parentCopied: boolean;
  /** A staff recipient other than the sender. */
  readonly colleagueCopied: boolean;
  /** A staff member's non-school address in contact with a pupil, when there is one. */
  readonly personalStaffContact: Party | null;
}

/** Parties as the checker sees them; identities are remembered per address. */
export interface PartyResolver {
  party(addr: MailAddress): Party;
  /** The message's parties; `sender` replaces the From party when the body has shown who it is. */
  parties(msg: MailMessage, sender?: Party): Parties;
  /** The outside sender as the member of staff their sign-off names, when it and the address agree. */
  signedAsStaff(sender: Party, text: string): Party | undefined;
}

/** More recipients than this is a mailing, not a conversation. */
const MANY_RECIPIENTS = 10;
const CACHE_LIMIT = 50_000;

const GROUP_LOCAL =
  /^(?:(?:all|every|year|yr|ks|class|form|set|group|team|squad|club|list|students|pupils|house|parents|staff|tutor)(?=$|[-_.\d])|all(?:staff|students|pupils|parents|years?|users)|y\d{1,2}(?=$|[-_.])|u\d{1,2}(?=$|[-_.])|\d{1,2}[a-z]{0,3}-)|[-_.](?:all|group|groups|team|squad|club|list|students|pupils|class|staff|revision|parents)(?=$|[-_.\d])/i;
const GROUP_NAME =
  /\b(?:students|pupils|parents|squad|team|group|class|club|all staff|everyone|year \d{1,2}|yr \d{1,2}|form \w+|set \d|revision|mailing list)\b/i;

export function createPartyResolver(
  people: People,
  pupilDomains: readonly string[],
  names: NameIndex = createNameIndex(people.entries),
): PartyResolver {
  const cache = new Map<string, Party>();
  const pupilDomainSet = new Set(pupilDomains.map((d) => d.toLowerCase()));

  const party = (addr: MailAddress): Party => {
    const cacheKey = `${addr.address}\u0000${addr.name ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const built = buildParty(addr);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, built);
    return built;
  };

  const buildParty = (addr: MailAddress): Party => {
    const id = people.identify(addr.address);
    const address = id.address || addr.address.toLowerCase();
    const name = addr.name;
    const local = address.slice(0, address.lastIndexOf('@'));
    const domain = address.slice(address.lastIndexOf('@') + 1);
    const base = { address, name, school: id.school, official: id.official };
    if (id.source === 'directory' || id.source === 'personal-address') {
      const group =
        id.role === 'other'
          ? id.school &&
            (pupilDomainSet.has(domain) || GROUP_LOCAL.test(local) || GROUP_NAME.test(id.person?.name ?? ''))
          : false;
      return { ...base, role: id.role, person: id.person, personal: id.viaPersonalAddress, inferred: false, group };
    }
    if (id.school) {
      // A domain-given role: a mailbox named like a list on the pupils' domain is a group, not a pupil.
      const group = GROUP_LOCAL.test(local) || GROUP_NAME.test(name ?? '');
      return { ...base, role: id.role, person: undefined, personal: false, inferred: false, group };
    }
    const byName = outsidePerson(name, local);
    if (byName) {
      return { ...base, role: byName.role, person: byName, personal: true, inferred: true, group: false };
    }
    return { ...base, role: id.role, person: undefined, personal: false, inferred: false, group: false };
  };

  /**
   * A staff member or pupil behind an outside address the directory does not list: the display name is
   * exactly one directory person's full name, or the address spells one. Parents and children share
   * surnames, so a first name is always needed, and a name that more than one person has decides nothing.
   */
  const outsidePerson = (name: string | undefined, local: string): DirectoryEntry | undefined => {
    const key = nameKey(name);
    if (key !== '') {
      const words = key.split(' ');
      // "D Jones", "D. Jones": an initial and a surname, when only one person in the directory fits.
      const matches =
        words.length === 2 && words[0]!.length === 1 ? names.lookupInitial(words[0]!, words[1]!) : names.lookup(key);
      if (matches.length === 1 && isStaffOrPupil(matches[0]!)) return matches[0];
      if (matches.length > 0) return undefined;
    }
    const spelled = names.inLocalPart(local);
    if (spelled.length === 1 && isStaffOrPupil(spelled[0]!)) {
      // A display name that is someone else's name outweighs what the address spells.
      if (key === '' || key === nameKey(spelled[0]!.name)) return spelled[0];
    }
    return undefined;
  };

  return {
    party,
    parties: (msg, senderOverride) => classify(msg, party, pupilDomainSet, senderOverride),
    signedAsStaff(sender, text) {
      if (sender.school || sender.role !== 'unknown') return undefined;
      const person = staffBySignature(sender.address, text, names);
      return person ? { ...sender, role: 'staff', person, personal: true, inferred: true } : undefined;
    },
  };
}

const SIGNED_TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+([A-Z][A-Za-z'-]{2,})\b/g;

/**
 * An outside sender who signs as a member of staff ("It's Ms Thomas", "Mr White") from an address that
 * spells the same surname ("thomasr1987@..."): one staff member with that surname, and no parent or
 * other adult in the directory with it, since parents sign with a title too.
 */
function staffBySignature(address: string, text: string, names: NameIndex): DirectoryEntry | undefined {
  const local = address
    .slice(0, address.lastIndexOf('@'))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  SIGNED_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGNED_TITLE.exec(text)) !== null) {
    const surname = m[1]!.toLowerCase().replace(/[^a-z]/g, '');
    if (surname.length < 3 || !local.includes(surname)) continue;
    const people = names.withSurname(surname);
    const staff = people.filter((e) => e.role === 'staff');
    const adults = people.filter((e) => e.role === 'parent' || e.role === 'other');
    if (staff.length === 1 && adults.length === 0) return staff[0];
  }
  return undefined;
}

function isStaffOrPupil(entry: DirectoryEntry): boolean {
  return entry.role === 'staff' || entry.role === 'pupil';
}

function classify(
  msg: MailMessage,
  party: (a: MailAddress) => Party,
  pupilDomains: ReadonlySet<string>,
  senderOverride?: Party,
): Parties {
  const senderAddress = msg.from ?? msg.sender;
  const sender = senderOverride ?? (senderAddress ? party(senderAddress) : null);

  const alternates: Party[] = [];
  for (const a of [...msg.replyTo, ...(msg.sender ? [msg.sender] : [])]) {
    if (sender && a.address === sender.address) continue;
    if (alternates.some((p) => p.address === a.address)) continue;
    alternates.push(party(a));
  }

  const recipients: Party[] = [];
  const seen = new Set<string>();
  for (const list of [msg.to, msg.cc, msg.bcc]) {
    for (const a of list) {
      if (seen.has(a.address)) continue;
      seen.add(a.address);
      recipients.push(party(a));
    }
  }

  const pupils = recipients.filter((p) => p.role === 'pupil' && !p.group);
  const pupilGroups = recipients.filter(
    (p) => p.group && (p.role === 'pupil' || pupilDomains.has(p.address.slice(p.address.lastIndexOf('@') + 1))),
  );
  const outside = recipients.filter((p) => !p.school);
  const lh = msg.listHeaders;
  const bulk =
    lh.listId !== undefined ||
    (lh.precedence !== undefined && /\b(?:bulk|list|junk)\b/i.test(lh.precedence)) ||
    (lh.autoSubmitted !== undefined && !/^\s*no\b/i.test(lh.autoSubmitted)) ||
    recipients.length > MANY_RECIPIENTS;

  const staffSender = sender !== null && sender.role === 'staff' && !sender.official && !sender.group;
  const pupilSender = sender !== null && sender.role === 'pupil' && !sender.group;
  const toPupils = pupils.length > 0 || pupilGroups.length > 0;
  const staffToPupil = staffSender && toPupils;
  const senderPerson = sender?.person;
  const colleagueCopied = recipients.some(
    (p) =>
      p.role === 'staff' && !p.group && p.address !== sender?.address && (!senderPerson || p.person !== senderPerson),
  );
  const parentCopied = recipients.some((p) => p.role === 'parent');
  const others = recipients.filter((p) => p.role !== 'pupil' && !(senderPerson && p.person === senderPerson));
  const oneToOne = staffToPupil && pupils.length === 1 && pupilGroups.length === 0 && !bulk && others.length === 0;

  const pupilInvolved = pupilSender || toPupils;
  let personalStaffContact: Party | null = null;
  if (pupilInvolved) {
    const candidates = [...(sender ? [sender] : []), ...alternates, ...recipients];
    personalStaffContact = candidates.find((p) => p.role === 'staff' && p.personal) ?? null;
  }

  return {
    sender,
    alternates,
    recipients,
    pupils,
    pupilGroups,
    outside,
    bulk,
    staffSender,
    pupilSender,
    staffToPupil,
    oneToOne,
    pupilInvolved,
    parentCopied,
    colleagueCopied,
    personalStaffContact,
  };
}
