import { applyFields, checkFields, FILE_LIST_SCHEMA, parseFields } from './fields';
import { evaluate, indexHint, parseQuery, type QueryFacts } from './q-parser';
import { GoogleHttpError } from './errors';

const facts = (over: Partial<QueryFacts> = {}): QueryFacts => ({
  trashed: false,
  mimeType: 'application/pdf',
  name: "Pupils' list",
  modifiedTime: '2025-03-01T10:00:00.000Z',
  createdTime: '2025-01-01T10:00:00.000Z',
  visibility: () => 'anyoneWithLink',
  inCollection: (c, v) => c === 'owners' && v === 'me',
  sharedWithMe: () => false,
  ...over,
});
const matches = (q: string, f: QueryFacts = facts()) => evaluate(parseQuery(q)!, f);

describe('q parser', () => {
  it('parses precedence: and binds tighter than or, not and parentheses', () => {
    expect(parseQuery("'me' in owners and trashed = false or name = 'x'")).toEqual({
      kind: 'or',
      items: [
        {
          kind: 'and',
          items: [
            { kind: 'in', value: 'me', collection: 'owners' },
            { kind: 'compare', field: 'trashed', op: '=', value: false },
          ],
        },
        { kind: 'compare', field: 'name', op: '=', value: 'x' },
      ],
    });
    expect(matches("not trashed = true and (mimeType = 'x' or visibility = 'anyoneWithLink')")).toBe(true);
    expect(matches("not (trashed = false and 'me' in owners)")).toBe(false);
  });

  it('handles escaped quotes, dates and contains', () => {
    expect(matches("name = 'Pupils\\' list'")).toBe(true);
    expect(matches("modifiedTime > '2025-02-01T00:00:00Z' and createdTime < '2025-02-01T00:00:00'")).toBe(true);
    expect(matches("modifiedTime <= '2025-02-01T00:00:00Z'")).toBe(false);
    expect(matches("name contains 'PUPILS'")).toBe(true);
    expect(matches("visibility != 'limited'")).toBe(true);
  });

  it.each([
    "fullText contains 'x'",
    'trashed = maybe',
    "visibility = 'public'",
    "modifiedTime > 'yesterday'",
    "'me' in friends",
    "name = 'x' and",
    "(name = 'x'",
    "name = 'unterminated",
    "mimeType > 'a'",
  ])('rejects %s with 400 invalid on q', (q) => {
    let caught: unknown;
    try {
      parseQuery(q);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GoogleHttpError);
    expect(caught).toMatchObject({ status: 400, reason: 'invalid', extra: { location: 'q' } });
  });

  it('finds an index hint only where it narrows every match', () => {
    expect(indexHint(parseQuery("trashed = false and 'me' in owners"))).toEqual({ by: 'owner', value: 'me' });
    expect(indexHint(parseQuery("'f1' in parents"))).toEqual({ by: 'parent', value: 'f1' });
    expect(indexHint(parseQuery("'me' in owners or trashed = true"))).toBeUndefined();
    expect(indexHint(parseQuery("not 'me' in owners"))).toBeUndefined();
  });
});

describe('fields masks', () => {
  const body = {
    kind: 'drive#fileList',
    nextPageToken: 't',
    files: [
      { id: '1', name: 'a', owners: [{ emailAddress: 'e', me: true }], permissions: [{ id: 'p', type: 'user' }] },
    ],
  };

  it('keeps only what nested masks select, including a/b paths', () => {
    expect(applyFields(body, parseFields('files(id,owners(emailAddress))'))).toEqual({
      files: [{ id: '1', owners: [{ emailAddress: 'e' }] }],
    });
    expect(applyFields(body, parseFields('nextPageToken, files/id,files/permissions(type)'))).toEqual({
      nextPageToken: 't',
      files: [{ id: '1', permissions: [{ type: 'user' }] }],
    });
    expect(applyFields(body, parseFields('*'))).toEqual(body);
    expect(applyFields(body, parseFields('files(*)'))).toEqual({ files: body.files });
  });

  it('rejects unknown fields at any depth and malformed masks', () => {
    expect(() => checkFields(parseFields('files(id,permissions(id,colour))'), FILE_LIST_SCHEMA)).toThrow(
      'Invalid field selection files/permissions/colour',
    );
    expect(() => checkFields(parseFields('items(id)'), FILE_LIST_SCHEMA)).toThrow(GoogleHttpError);
    expect(() => parseFields('files(id')).toThrow(GoogleHttpError);
    expect(() => parseFields('files(id))')).toThrow(GoogleHttpError);
  });
});
