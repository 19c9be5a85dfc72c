import { exposureFinding, findingJsonLine, sortSensitive } from '../../../core/sharing/findings';
import { item } from './helpers';

describe('exposureFinding', () => {
  it('builds the contract’s line: owner lower-cased, exposure ordered, sensitive sorted and unique', () => {
    const finding = exposureFinding(
      item({ id: 'abc', name: 'SEN register.xlsx', owner: ' J.Smith@Oakfield.SCH.uk ' }),
      ['external-user', 'anyone-with-link', 'external-user'],
      ['upn', 'sen', 'upn', 'date_of_birth'],
    );
    expect(finding).toEqual({
      provider: 'google',
      fileId: 'abc',
      name: 'SEN register.xlsx',
      owner: 'j.smith@oakfield.sch.uk',
      exposure: ['anyone-with-link', 'external-user'],
      sensitive: ['date_of_birth', 'sen', 'upn'],
      risk: 'critical',
    });
  });

  it('leaves sensitive empty and judges the risk as unknown content when not scanned', () => {
    const finding = exposureFinding(item(), ['anyone-public'], undefined);
    expect(finding.sensitive).toEqual([]);
    expect(finding.risk).toBe('high');
    expect(exposureFinding(item(), ['anyone-public'], []).risk).toBe('medium');
  });

  it('keeps the provider', () => {
    expect(exposureFinding(item({ provider: 'microsoft' }), ['domain-link'], undefined).provider).toBe('microsoft');
  });
});

describe('findingJsonLine', () => {
  it('writes the keys in the contract’s order, on one line', () => {
    const line = findingJsonLine(exposureFinding(item({ name: 'a\nb "c"' }), ['domain-link'], ['health']));
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line))).toEqual([
      'provider',
      'fileId',
      'name',
      'owner',
      'exposure',
      'sensitive',
      'risk',
    ]);
    expect(JSON.parse(line).name).toBe('a\nb "c"');
  });
});

describe('sortSensitive', () => {
  it('drops anything that is not a type id', () => {
    expect(sortSensitive(['upn', 'bogus' as never, 'health'])).toEqual(['health', 'upn']);
  });
});
