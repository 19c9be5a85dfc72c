import { createPartyResolver } from '../../../core/mail/parties';
import {
  COLLEAGUE,
  mail,
  OFFICE,
  PARENT,
  peopleFor,
  profileWith,
  PUPIL,
  PUPIL2,
  STAFF,
  STAFF_PERSONAL,
  YEAR9,
} from './fixture';

const profile = profileWith();
const resolver = createPartyResolver(peopleFor(profile), profile.domains.pupils);
const noDirectory = createPartyResolver(
  peopleFor(profile, 'email,role,name,personal_emails\n'),
  profile.domains.pupils,
);

describe('parties: who writes to whom', () => {
  it('gives each address its role from the directory first', () => {
    const p = resolver.parties(mail({ to: [PUPIL], cc: [PARENT] }));
    expect(p.sender?.role).toBe('staff');
    expect(p.recipients.map((r) => r.role)).toEqual(['pupil', 'parent']);
    expect(p.staffToPupil).toBe(true);
    expect(p.parentCopied).toBe(true);
  });

  it("knows a staff member's listed personal address as staff on a personal account", () => {
    const sender = resolver.parties(mail({ from: STAFF_PERSONAL })).sender!;
    expect(sender).toMatchObject({ role: 'staff', personal: true, inferred: false, school: false });
    expect(sender.person?.email).toBe(STAFF);
  });

  it('falls back to the domains without a directory', () => {
    const p = noDirectory.parties(mail({ from: 'someone@oakfield.sch.uk', to: ['25zz@pupils.oakfield.sch.uk'] }));
    expect(p.sender?.role).toBe('staff');
    expect(p.pupils).toHaveLength(1);
  });

  it("treats a list mailbox on the pupils' domain as a group, not a pupil", () => {
    const p = resolver.parties(mail({ to: [YEAR9] }));
    expect(p.pupils).toHaveLength(0);
    expect(p.pupilGroups).toHaveLength(1);
    expect(p.staffToPupil).toBe(true);
    expect(p.oneToOne).toBe(false);
    const bare = noDirectory.parties(
      mail({ to: ['year10@pupils.oakfield.sch.uk', 'u14-football@pupils.oakfield.sch.uk'] }),
    );
    expect(bare.pupils).toHaveLength(0);
    expect(bare.pupilGroups).toHaveLength(2);
  });

  it('is one-to-one only with exactly one pupil and nobody else', () => {
    expect(resolver.parties(mail({ to: [PUPIL] })).oneToOne).toBe(true);
    expect(resolver.parties(mail({ to: [PUPIL, PUPIL2] })).oneToOne).toBe(false);
    expect(resolver.parties(mail({ to: [PUPIL], cc: [COLLEAGUE] })).oneToOne).toBe(false);
    expect(resolver.parties(mail({ to: [PUPIL], cc: [COLLEAGUE] })).colleagueCopied).toBe(true);
    expect(resolver.parties(mail({ to: [PUPIL], listHeaders: { listId: '<y9.oakfield>' } })).oneToOne).toBe(false);
    // Copying one's own personal address is not a witness.
    expect(resolver.parties(mail({ to: [PUPIL], cc: [STAFF_PERSONAL] })).oneToOne).toBe(true);
  });

  it('calls list, bulk and automatic mail bulk', () => {
    expect(resolver.parties(mail({ listHeaders: { precedence: 'bulk' } })).bulk).toBe(true);
    expect(resolver.parties(mail({ listHeaders: { precedence: 'list' } })).bulk).toBe(true);
    expect(resolver.parties(mail({ listHeaders: { autoSubmitted: 'auto-generated' } })).bulk).toBe(true);
    expect(resolver.parties(mail({ listHeaders: { autoSubmitted: 'no' } })).bulk).toBe(false);
    const many = Array.from({ length: 12 }, (_, i) => `2${i}x@pupils.oakfield.sch.uk`);
    expect(resolver.parties(mail({ to: many })).bulk).toBe(true);
  });

  it('does not count official accounts as staff senders', () => {
    expect(resolver.parties(mail({ from: OFFICE })).staffSender).toBe(false);
  });

  it('finds the staff personal address in contact with a pupil, either way round', () => {
    expect(resolver.parties(mail({ from: STAFF_PERSONAL })).personalStaffContact?.address).toBe(STAFF_PERSONAL);
    expect(resolver.parties(mail({ from: PUPIL, to: [STAFF_PERSONAL] })).personalStaffContact?.address).toBe(
      STAFF_PERSONAL,
    );
    expect(resolver.parties(mail({ to: [STAFF_PERSONAL] })).personalStaffContact).toBeNull();
  });

  it('infers staff from a full display name only when exactly one directory person has it', () => {
    const named = resolver.party({ address: 'dj.music@icloud.com', name: 'Mr David Jones' });
    expect(named).toMatchObject({ role: 'staff', personal: true, inferred: true });
    const reversed = resolver.party({ address: 'dj.music@icloud.com', name: 'Jones, David' });
    expect(reversed.role).toBe('staff');
    // "Karen Ward" is both a member of staff and a parent in the directory: no guess.
    expect(resolver.party({ address: 'kw@icloud.com', name: 'Karen Ward' }).role).toBe('unknown');
    // A surname alone, or a parent's own address, decides nothing.
    expect(resolver.party({ address: 'jonesy@icloud.com', name: 'Mrs Jones' }).role).toBe('unknown');
    expect(resolver.party({ address: PARENT, name: 'David Jones' }).role).toBe('parent');
  });

  it('lets a display name that is someone else outweigh what the address spells', () => {
    expect(resolver.party({ address: 'davidjones@gmail.com', name: 'Sarah Jones' }).role).toBe('unknown');
  });

  it('recognises a pupil on an outside address by full name', () => {
    expect(resolver.party({ address: 'tommy.j@gmail.com', name: 'Tom Jones' })).toMatchObject({
      role: 'pupil',
      personal: true,
    });
  });

  it('reads Reply-To addresses that differ from From as alternates', () => {
    const p = resolver.parties(mail({ replyTo: ['k.private@outlook.com', STAFF] }));
    expect(p.alternates.map((a) => a.address)).toEqual(['k.private@outlook.com']);
  });
});
