import { html, type SafeHtml } from './escape';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

export interface BarChartOptions {
  /** Read by screen readers and shown as a tooltip. */
  readonly title: string;
  /** Appended to each value label: singular and plural, e.g. ["file", "files"]. */
  readonly unit?: readonly [string, string];
  readonly width?: number;
}

const ROW = 30;
const BAR = 18;
const LABEL_WIDTH = 300;
const VALUE_WIDTH = 90;

/** A horizontal bar chart as inline SVG: no script, no external font, scales with the page. */
export function barChartSvg(bars: readonly Bar[], options: BarChartOptions): SafeHtml {
  const width = options.width ?? 900;
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const unit = (n: number) => (options.unit ? ` ${options.unit[n === 1 ? 0 : 1]}` : '');
  const rows = bars.map((b, i) => {
    const y = i * ROW;
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * plot)) : 0;
    return html`<g>
      <text
        x="${LABEL_WIDTH - 10}"
        y="${y + ROW / 2}"
        text-anchor="end"
        dominant-baseline="middle"
        font-size="13"
        fill="#1d2733"
        >${b.label}</text
      >
      <rect x="${LABEL_WIDTH}" y="${y + (ROW - BAR) / 2}" width="${w}" height="${BAR}" rx="3" fill="#1f4e79"
        ><title>${b.label}: ${b.value}${unit(b.value)}</title></rect
      >
      <text x="${LABEL_WIDTH + w + 8}" y="${y + ROW / 2}" dominant-baseline="middle" font-size="13" fill="#5b6776"
        >${b.value}${unit(b.value)}</text
      >
    </g>`;
  });
  return html`<svg
    class="chart"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${height}"
    width="${width}"
    height="${height}"
    role="img"
    aria-label="${options.title}"
    font-family="-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
  >
    <title>${options.title}</title>
    ${rows}
  </svg>`;
}
