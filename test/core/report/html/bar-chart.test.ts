import { barChartSvg } from '../../../../core/report/html/bar-chart';
import { toHtmlString } from '../../../../core/report/html/escape';

const widths = (svg: string) => [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));

describe('barChartSvg', () => {
  const svg = toHtmlString(
    barChartSvg(
      [
        { label: 'NHS number', value: 10 },
        { label: 'Phone <number>', value: 5 },
        { label: 'Email', value: 1 },
        { label: 'None', value: 0 },
      ],
      { title: 'Files per type', unit: ['file', 'files'] },
    ),
  );

  it('draws one bar per value, proportional, the largest at full plot width', () => {
    const w = widths(svg);
    expect(w).toHaveLength(4);
    expect(w[0]).toBe(900 - 300 - 90);
    expect(w[1]).toBe(Math.round(w[0]! / 2));
    expect(w[3]).toBe(0);
  });

  it('labels bars with escaped text and units in the right number', () => {
    expect(svg).toContain('Phone &lt;number&gt;');
    expect(svg).not.toContain('<number>');
    expect(svg).toMatch(/>10 files<\/text\s*>/);
    expect(svg).toMatch(/>1 file<\/text\s*>/);
  });

  it('is accessible: a role and a title', () => {
    expect(svg).toMatch(/^<svg\s[^>]*role="img"[^>]*aria-label="Files per type"/);
    expect(svg).toContain('<title>Files per type</title>');
  });

  it('grows in height with the number of bars', () => {
    const one = toHtmlString(barChartSvg([{ label: 'a', value: 1 }], { title: 't' }));
    expect(one).toContain('viewBox="0 0 900 30"');
    expect(svg).toContain('viewBox="0 0 900 120"');
  });
});
