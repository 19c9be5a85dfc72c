import type { GrantRemoval } from '../../../core/sharing/fix-plan';
import { ownerNotice, ownerNotices, POLICY_CLAUSE } from '../../../core/sharing/owner-notice';
import type { SharedItem, SharingGrant } from '../../../core/sharing/types';
import { anyoneLink, anyonePublic, domainGrant, folder, item } from './helpers';

function removal(it: SharedItem, grant: SharingGrant, fixes: string[] = [it.id]): GrantRemoval {
  const exposure = grant.kind === 'domain' ? 'domain-link' : grant.discoverable ? 'anyone-public' : 'anyone-with-link';
  return { item: it, grant, exposure, risk: 'high', fixes };
}

const OPTIONS = { schoolName: 'Oakfield School', itContact: 'it@oakfield.sch.uk' };

describe('ownerNotice', () => {
  const medical = item({ id: 'm', name: 'Year 9 medical needs.xlsx' });
  const photos = folder('p', 'Trip photos', []);

  it('names each file, says what was removed, why, and how to get a link back', () => {
    const notice = ownerNotice(
      'J.Smith@Oakfield.sch.uk',
      [
        removal(medical, anyonePublic('pub')),
        removal(medical, anyoneLink('l', { role: 'writer' })),
        removal(photos, domainGrant('oakfield.sch.uk', 'd', { role: 'commenter' }), ['a', 'b', 'p']),
      ],
      OPTIONS,
    );
    expect(notice.to).toEqual(['j.smith@oakfield.sch.uk']);
    expect(notice.subject).toBe('Oakfield School: sharing links removed from 2 of your files');
    expect(notice.text).toContain('“Trip photos” (folder; the link also reached 2 files in it)');
    expect(notice.text).toContain(
      '- “Year 9 medical needs.xlsx”: a public link: anyone on the internet could find it in a search and open it; and an "anyone with the link" link: anyone who had the link could edit it without signing in.',
    );
    expect(notice.text).toContain(
      'a school-wide link: anyone with a school account who had the link could comment on it',
    );
    expect(notice.text).toContain(POLICY_CLAUSE);
    expect(notice.text).toContain('not to create anonymous access links except where absolutely necessary');
    expect(notice.text).toContain('contact the IT team (it@oakfield.sch.uk)');
    expect(notice.text.indexOf('Year 9')).toBeGreaterThan(notice.text.indexOf('Trip photos')); // by name
  });

  it('uses a singular subject for one file and falls back to "the IT team"', () => {
    const notice = ownerNotice('a@oakfield.sch.uk', [removal(medical, anyoneLink())], { schoolName: 'Oakfield' });
    expect(notice.subject).toBe('Oakfield: sharing links removed from one of your files');
    expect(notice.text).toContain('IT removed a sharing link from a file you own');
    expect(notice.text).toContain('contact the IT team with');
  });

  it('escapes file names in the HTML and keeps them on one line in the text', () => {
    const nasty = item({ id: 'n', name: '<img src=x onerror=alert(1)>\nnotes' });
    const notice = ownerNotice('a@oakfield.sch.uk', [removal(nasty, anyoneLink())], OPTIONS);
    expect(notice.html).not.toContain('<img');
    expect(notice.html).toContain('&lt;img src=x onerror=alert(1)&gt; notes');
    expect(notice.text).toContain('“<img src=x onerror=alert(1)> notes”');
  });

  it('never carries anything but names and links: no sensitive types, ids or grant addresses', () => {
    const notice = ownerNotice('a@oakfield.sch.uk', [removal(medical, anyoneLink('secret-grant-id'))], OPTIONS);
    for (const body of [notice.text, notice.html]) {
      expect(body).not.toContain('secret-grant-id');
      expect(body).not.toMatch(/health|upn|safeguarding/i);
    }
  });
});

describe('ownerNotices', () => {
  it('sends one notice per owner, in address order, skipping items with no owner address', () => {
    const notices = ownerNotices(
      [
        removal(item({ id: '1', owner: 'Zed@oakfield.sch.uk' }), anyoneLink()),
        removal(item({ id: '2', owner: 'amy@oakfield.sch.uk' }), anyoneLink()),
        removal(item({ id: '3', owner: 'zed@oakfield.sch.uk', name: 'Other' }), anyoneLink()),
        removal(item({ id: '4', owner: '' }), anyoneLink()),
      ],
      OPTIONS,
    );
    expect(notices.map((notice) => notice.to[0])).toEqual(['amy@oakfield.sch.uk', 'zed@oakfield.sch.uk']);
    expect(notices[1]?.subject).toContain('2 of your files');
  });
});
