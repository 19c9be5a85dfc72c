import {
  isInAllowedFolder,
  placeItem,
  withoutAllowed,
  type FolderNames as FolderMap,
} from '../../../core/sharing/allowances';
import { exposuresOf } from '../../../core/sharing/exposures';
import { anyoneLink, anyonePublic, CONTEXT, domainGrant, item, userGrant } from './helpers';

const FOLDERS: FolderMap = {
  web: { name: 'Website', parents: [] },
  news: { name: 'Newsletters', parents: ['web'] },
  y2024: { name: '2024', parents: ['news'] },
  newsroom: { name: 'NewsRoom', parents: ['web'] },
  priv: { name: 'Private', parents: ['root-id'] },
  privnews: { name: 'Newsletters', parents: ['priv'] },
};

describe('placeItem', () => {
  it('walks the parents to the root, nearest ancestor first', () => {
    const place = placeItem(item({ parents: ['y2024'] }), FOLDERS);
    expect(place.ancestorIds).toEqual(['y2024', 'news', 'web']);
    expect(place.folderPaths).toEqual(['Website/Newsletters/2024']);
  });

  it('takes a parent the map does not know as the root', () => {
    const place = placeItem(item({ parents: ['privnews'] }), FOLDERS);
    expect(place.ancestorIds).toEqual(['privnews', 'priv']);
    expect(place.folderPaths).toEqual(['Private/Newsletters']);
    expect(placeItem(item({ parents: ['root-id'] }), FOLDERS)).toEqual({ ancestorIds: [], folderPaths: [''] });
  });

  it('gives an item with no parents an empty path, or the connector’s', () => {
    expect(placeItem(item(), FOLDERS)).toEqual({ ancestorIds: [], folderPaths: [''] });
    expect(placeItem(item({ path: '/Website/ Newsletters/' }), {}).folderPaths).toEqual(['Website/Newsletters']);
  });

  it('follows every parent of an item with several, and adds the shared drive', () => {
    const place = placeItem(item({ parents: ['news', 'priv'], driveId: 'drive-9' }), FOLDERS);
    expect(place.ancestorIds).toEqual(['news', 'web', 'priv', 'drive-9']);
    expect(place.folderPaths).toEqual(['Website/Newsletters', 'Private']);
  });

  it('stops at a cycle in a broken map', () => {
    const cyclic: FolderMap = { a: { name: 'A', parents: ['b'] }, b: { name: 'B', parents: ['a'] } };
    const place = placeItem(item({ parents: ['a'] }), cyclic);
    expect(place.ancestorIds).toEqual(['a', 'b']);
    expect(place.folderPaths).toEqual(['B/A']);
  });

  it('does not mistake object prototype names for folders', () => {
    expect(placeItem(item({ parents: ['constructor'] }), {}).ancestorIds).toEqual([]);
  });
});

describe('isInAllowedFolder', () => {
  const allowed = (parents: string[], entries: string[], extra = {}) => {
    const it = item({ parents, ...extra });
    return isInAllowedFolder(it, placeItem(it, FOLDERS), entries);
  };

  it('allows an item inside an allowed path, at any depth, case-insensitively', () => {
    expect(allowed(['news'], ['Website/Newsletters'])).toBe(true);
    expect(allowed(['y2024'], ['website/newsletters'])).toBe(true);
    expect(allowed(['y2024'], ['/Website/Newsletters/'])).toBe(true);
    expect(allowed(['y2024'], ['Website'])).toBe(true);
  });

  it('matches whole path segments only', () => {
    expect(allowed(['newsroom'], ['Website/News'])).toBe(false);
    expect(allowed(['news'], ['Website/Newsletters/2024'])).toBe(false);
    expect(allowed(['privnews'], ['Newsletters'])).toBe(false);
  });

  it('allows the allowed folder itself, by path and by id', () => {
    const newsletters = item({ id: 'news', name: 'Newsletters', isFolder: true, parents: ['web'] });
    const place = placeItem(newsletters, FOLDERS);
    expect(isInAllowedFolder(newsletters, place, ['Website/Newsletters'])).toBe(true);
    expect(isInAllowedFolder(newsletters, place, ['news'])).toBe(true);
    expect(isInAllowedFolder(newsletters, place, ['Website/Newsletters/2024'])).toBe(false);
  });

  it('allows an item under an allowed folder id, or on an allowed shared drive', () => {
    expect(allowed(['y2024'], ['news'])).toBe(true);
    expect(allowed(['priv'], ['news'])).toBe(false);
    expect(allowed([], ['drive-9'], { driveId: 'drive-9' })).toBe(true);
  });

  it('uses the connector’s path when the map does not know the parents', () => {
    const it = item({ parents: ['unknown'], path: 'Website/Newsletters' });
    expect(isInAllowedFolder(it, placeItem(it, {}), ['Website/Newsletters'])).toBe(true);
  });

  it('allows nothing when no folders are listed', () => {
    expect(allowed(['news'], [])).toBe(false);
  });
});

describe('withoutAllowed', () => {
  const shared = item({
    grants: [anyonePublic(), anyoneLink(), domainGrant('oakfield.sch.uk'), userGrant('x@gmail.com')],
  });
  const all = exposuresOf(shared, CONTEXT);

  it('drops anyone and domain links in an allowed folder but keeps external shares', () => {
    const result = withoutAllowed(all, true);
    expect(result.exposures).toEqual(['external-user']);
    expect(result.causes.map((cause) => cause.exposure)).toEqual(['external-user']);
  });

  it('changes nothing outside allowed folders', () => {
    expect(withoutAllowed(all, false)).toBe(all);
  });
});
