import { domainOf, mailboxKey, normaliseAddress, parseAddress, parseAddressList } from '../../../core/people/address';

describe('parseAddress', () => {
  it.each<[string, { address: string; name?: string } | undefined]>([
    ['j.smith@example.sch.uk', { address: 'j.smith@example.sch.uk' }],
    ['  J.Smith@Example.SCH.uk  ', { address: 'j.smith@example.sch.uk' }],
    ['"Jane Smith" <J.Smith@Example.sch.uk>', { address: 'j.smith@example.sch.uk', name: 'Jane Smith' }],
    [
      '"Smith, Jane <Head>" <j.smith@example.sch.uk>',
      { address: 'j.smith@example.sch.uk', name: 'Smith, Jane <Head>' },
    ],
    ['"Say \\"hi\\"" <a@b.org>', { address: 'a@b.org', name: 'Say "hi"' }],
    ['Jane Smith <j.smith@example.sch.uk>', { address: 'j.smith@example.sch.uk', name: 'Jane Smith' }],
    ['<j.smith@example.sch.uk>', { address: 'j.smith@example.sch.uk' }],
    ['j.smith@example.sch.uk (Jane Smith)', { address: 'j.smith@example.sch.uk', name: 'Jane Smith' }],
    ['mailto:J.Smith@example.sch.uk', { address: 'j.smith@example.sch.uk' }],
    ['jane+school@gmail.com', { address: 'jane+school@gmail.com' }],
    ['j.smith@example.sch.uk.', { address: 'j.smith@example.sch.uk' }],
    ['Jane Smith', undefined],
    ['', undefined],
    ['@example.sch.uk', undefined],
    ['jane@', undefined],
    ['jane@localhost', undefined],
    ['Jane <j.smith@example.sch.uk', undefined],
    ['a b@example.sch.uk', undefined],
  ])('%j', (raw, expected) => {
    expect(parseAddress(raw)).toEqual(expected);
  });
});

describe('parseAddressList', () => {
  it('splits a header on commas outside quotes and angle brackets', () => {
    expect(parseAddressList('"Smith, Jane" <j@example.sch.uk>, b@pupils.example.sch.uk; C <c@x.org>')).toEqual([
      { address: 'j@example.sch.uk', name: 'Smith, Jane' },
      { address: 'b@pupils.example.sch.uk' },
      { address: 'c@x.org', name: 'C' },
    ]);
  });

  it('reads group syntax and skips what is not an address', () => {
    expect(
      parseAddressList('Year 7: a@pupils.example.sch.uk, b@pupils.example.sch.uk;, undisclosed-recipients:;'),
    ).toEqual([{ address: 'a@pupils.example.sch.uk' }, { address: 'b@pupils.example.sch.uk' }]);
  });
});

describe('normaliseAddress, domainOf, mailboxKey', () => {
  it('normalises', () => {
    expect(normaliseAddress('"X" <A@B.org>')).toBe('a@b.org');
    expect(normaliseAddress('nothing')).toBeUndefined();
    expect(domainOf('a@b.example.org')).toBe('b.example.org');
  });

  it('finds one mailbox however it is written', () => {
    expect(mailboxKey('Jane.Smith+pupils@GoogleMail.com')).toBe('janesmith@gmail.com');
    expect(mailboxKey('j.smith+x@example.sch.uk')).toBe('j.smith@example.sch.uk');
    expect(mailboxKey('+tag@example.sch.uk')).toBe('+tag@example.sch.uk');
  });
});
