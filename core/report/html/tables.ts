import { html, type SafeHtml } from './escape';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row, index: number) => SafeHtml | string | number;
  /** Right-aligned, tabular digits. */
  readonly numeric?: boolean;
  readonly className?: string;
}

/** A plain data table; cells are escaped unless a column returns SafeHtml. */
export function dataTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): SafeHtml {
  const cls = (c: Column<Row>) => [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ');
  const head = columns.map((c) => html`<th${cls(c) ? html` class="${cls(c)}"` : ''}>${c.header}</th>`);
  const body = rows.map(
    (r, i) =>
      html`<tr>
        ${columns.map((c) => html`<td${cls(c) ? html` class="${cls(c)}"` : ''}>${c.cell(r, i)}</td>`)}
      </tr> `,
  );
  return html`<table>
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

/** The summary tiles under the header. */
export function statCards(stats: readonly { label: string; value: number; alert?: boolean }[]): SafeHtml {
  return html`<div class="cards">
    ${stats.map(
      (s) =>
        html`<div class="card${s.alert ? ' alert' : ''}">
          <div class="n">${s.value.toLocaleString('en-GB')}</div>
          <div class="l">${s.label}</div>
        </div>`,
    )}
  </div>`;
}
