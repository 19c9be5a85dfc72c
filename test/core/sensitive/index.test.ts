import * as sensitive from '../../../core/sensitive';

describe('core/sensitive', () => {
  it('exposes the scanner, table rendering and the type ids', () => {
    expect(typeof sensitive.scanText).toBe('function');
    expect(typeof sensitive.createFileScanner).toBe('function');
    expect(typeof sensitive.renderTable).toBe('function');
    expect(sensitive.SENSITIVE_TYPES).toHaveLength(16);
  });

  it('scans a small pupil record end to end', () => {
    const text = sensitive.renderTable([
      ['Pupil', 'UPN', 'DOB', 'Notes'],
      ['Amelia Khan', 'B801200005001', '14/02/2011', 'Asthma, inhaler in class'],
    ]);
    const scanner = sensitive.createFileScanner();
    scanner.add(text);
    expect(scanner.findings().map((f) => [f.type, f.confidence, f.count])).toEqual([
      ['upn', 'high', 1],
      ['date_of_birth', 'high', 1],
      ['health', 'high', 1],
    ]);
  });
});
