import type { MailFlag } from '../../core/mail/message';
import type { People } from '../../core/people';
import type { Party, ReviewFlag } from '../../core/report/html/mail-report-model';

/**
 * A flag with the people it concerns, for the review outputs: the member of staff (the sender when staff,
 * else the first staff recipient; a personal address the directory knows counts as its owner) and the
 * pupils among the parties.
 */
export function reviewFlag(flag: MailFlag, people: People, location: string): ReviewFlag {
  const parties = [flag.from, ...flag.to].filter((a) => a !== '');
  let staff: Party | undefined;
  const pupils: Party[] = [];
  const seen = new Set<string>();
  for (const address of parties) {
    if (seen.has(address)) continue;
    seen.add(address);
    const who = people.identify(address);
    const party: Party = {
      address: who.address || address,
      ...(who.person?.name ? { name: who.person.name } : {}),
      ...(who.viaPersonalAddress && who.person ? { personal: true, schoolAddress: who.person.email } : {}),
    };
    if (who.role === 'staff' && staff === undefined) staff = party;
    else if (who.role === 'pupil') pupils.push(party);
  }
  return { flag, ...(staff ? { staff } : {}), pupils, location };
}

/** `export.mbox, message 12` (an mbox), or the file alone (an .eml). */
export function locationOf(source: string, index: number | undefined, inMbox: boolean): string {
  return inMbox && index !== undefined ? `${source}, message ${index}` : source;
}
