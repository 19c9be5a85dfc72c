import { html, type SafeHtml } from './escape';

export interface Column {
  /** Under the column, e.g. a run's date. */
  readonly label: string;
  readonly value: number;
}

const HEIGHT = 180;
const TOP = 20;
const BOTTOM = 40;

/** Vertical columns as inline SVG, for a series over time (open findings per run). */
export function columnChartSvg(columns: readonly Column[], options: { title: string; width?: number }): SafeHtml {
  const width = options.width ?? 900;
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = columns.length > 0 ? width / columns.length : width;
  const bar = Math.max(4, Math.min(60, slot * 0.6));
  const bars = columns.map((c, i) => {
    const h = c.value > 0 ? Math.max(2, Math.round((c.value / max) * HEIGHT)) : 0;
    const x = i * slot + (slot - bar) / 2;
    const y = TOP + HEIGHT - h;
    return html`<g>
      <rect x="${x}" y="${y}" width="${bar}" height="${h}" rx="3" fill="#1f4e79"
        ><title>${c.label}: ${c.value}</title></rect
      >
      <text x="${x + bar / 2}" y="${y - 6}" text-anchor="middle" font-size="12" fill="#5b6776">${c.value}</text>
      <text x="${x + bar / 2}" y="${TOP + HEIGHT + 18}" text-anchor="middle" font-size="11" fill="#1d2733"
        >${c.label}</text
      >
    </g>`;
  });
  return html`<svg
    class="chart"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${TOP + HEIGHT + BOTTOM}"
    width="${width}"
    height="${TOP + HEIGHT + BOTTOM}"
    role="img"
    aria-label="${options.title}"
    font-family="-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
  >
    <title>${options.title}</title>
    <line x1="0" y1="${TOP + HEIGHT}" x2="${width}" y2="${TOP + HEIGHT}" stroke="#d9dee5" />
    ${bars}
  </svg>`;
}
