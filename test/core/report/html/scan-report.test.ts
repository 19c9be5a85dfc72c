import sax from 'sax';
import { scanReportHtml } from '../../../../core/report/html/scan-report';
import type { ScanReport } from '../../../../core/report/scan-report';

const report: ScanReport = {
  files: [
    {
      file: 'staff/contacts <old>.csv',
      findings: [{ type: 'phone_number', confidence: 'high', count: 12, examples: ['077** ****23'] }],
    },
    {
      file: 'dsl/cp & notes.docx',
      findings: [
        { type: 'safeguarding', confidence: 'high', count: 2, examples: ['dis*** ***'] },
        { type: 'upn', confidence: 'medium', count: 1, examples: ['B8********001'] },
      ],
    },
  ],
  errors: [{ file: 'broken.docx', error: 'not a valid .docx file (zip: "central directory" missing)' }],
  summary: {
    filesScanned: 7,
    filesWithFindings: 2,
    errors: 1,
    skipped: 3,
    skippedByExtension: { '.png': 2, '': 1 },
    minConfidence: 'medium',
    paths: ['./shared'],
    generatedAt: '25 November 2025, 10:00',
  },
};

/** Parses as XML: every element closed, every attribute quoted, every & escaped. */
function assertWellFormed(doc: string): void {
  const parser = sax.parser(true);
  let error: Error | undefined;
  parser.onerror = (e) => {
    error = e;
  };
  parser.write(doc.replace(/^<!DOCTYPE html>\n/, '')).close();
  expect(error).toBeUndefined();
}

describe('scanReportHtml', () => {
  const doc = scanReportHtml(report);

  it('is one self-contained, well-formed page with no script and no remote resource', () => {
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    assertWellFormed(doc);
    expect(doc).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(doc).toContain("default-src 'none'");
  });

  it('shows the totals in the header cards', () => {
    const cards = [...doc.matchAll(/<div class="n">([^<]+)<\/div>\s*<div class="l">([^<]+)</g)].map((m) => [
      m[2],
      m[1],
    ]);
    expect(cards).toEqual([
      ['Files scanned', '7'],
      ['Files with findings', '2'],
      ['Occurrences found', '15'],
      ['Read errors', '1'],
      ['Skipped (unsupported)', '3'],
    ]);
  });

  it('draws the files-per-type chart', () => {
    expect(doc).toMatch(/<svg\s+class="chart"[\s\S]*Safeguarding \/ child protection[\s\S]*<\/svg>/);
    expect(doc.match(/<rect /g)).toHaveLength(3);
  });

  it('ranks the safeguarding file above the long phone list', () => {
    expect(doc.indexOf('dsl/cp &amp; notes.docx')).toBeLessThan(doc.indexOf('staff/contacts &lt;old&gt;.csv'));
    expect(doc).toMatch(/<span class="chip high">high<\/span>/);
  });

  it('shows masked examples, read errors and skipped counts, all escaped', () => {
    expect(doc).toContain('<code>B8********001</code>');
    expect(doc).toContain('broken.docx');
    expect(doc).toContain('(zip: &quot;central directory&quot; missing)');
    expect(doc).toMatch(/<td>\.png<\/td><td class="num">2<\/td>/);
    expect(doc).toMatch(/<td>\(none\)<\/td><td class="num">1<\/td>/);
    expect(doc).not.toContain('<old>');
  });

  it('says so when nothing was found, and draws no chart', () => {
    const empty = scanReportHtml({
      ...report,
      files: [],
      errors: [],
      summary: { ...report.summary, filesWithFindings: 0 },
    });
    assertWellFormed(empty);
    expect(empty).toContain('No sensitive data was found at or above medium confidence.');
    expect(empty).not.toContain('<svg');
    expect(empty).not.toContain('Files ranked by risk');
  });
});
