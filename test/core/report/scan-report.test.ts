import { filesPerType, rankByRisk, totalOccurrences, type FileFindings } from '../../../core/report/scan-report';

const files: FileFindings[] = [
  { file: 'contacts.csv', findings: [{ type: 'email_address', confidence: 'high', count: 40, examples: [] }] },
  {
    file: 'cp-notes.docx',
    findings: [
      { type: 'safeguarding', confidence: 'high', count: 2, examples: [] },
      { type: 'email_address', confidence: 'medium', count: 1, examples: [] },
    ],
  },
  { file: 'phones-a.txt', findings: [{ type: 'phone_number', confidence: 'high', count: 1, examples: [] }] },
  { file: 'phones-b.txt', findings: [{ type: 'phone_number', confidence: 'high', count: 1, examples: [] }] },
];

describe('rankByRisk', () => {
  it('puts the riskiest file first and keeps scan order for ties', () => {
    const ranked = rankByRisk(files);
    expect(ranked.map((r) => r.file)).toEqual(['cp-notes.docx', 'contacts.csv', 'phones-a.txt', 'phones-b.txt']);
    expect(ranked[0]!.band).toBe('high');
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });
});

describe('filesPerType', () => {
  it('counts files, not occurrences, largest first', () => {
    expect(filesPerType(files)).toEqual([
      { type: 'email_address', files: 2 },
      { type: 'phone_number', files: 2 },
      { type: 'safeguarding', files: 1 },
    ]);
  });
});

describe('totalOccurrences', () => {
  it('adds every count', () => {
    expect(totalOccurrences(files)).toBe(45);
  });
});
