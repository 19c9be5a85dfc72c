import { html, toHtmlString, trusted, type SafeHtml } from './escape';

/**
 * The page shell. Everything is inline and the Content-Security-Policy forbids any fetch or script, so
 * the report opens offline, can be emailed as one file, and cannot leak by loading a remote resource.
 */
const STYLE = `
:root { --ink:#1d2733; --muted:#5b6776; --line:#d9dee5; --bg:#f5f7fa; --accent:#1f4e79;
  --high:#b42318; --high-bg:#fde8e6; --medium:#9a5b00; --medium-bg:#fff3d6; --low:#2e6b3a; --low-bg:#e5f4e8; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color:var(--ink); background:var(--bg); }
header.top { background:var(--accent); color:#fff; padding:24px 32px; }
header.top h1 { margin:0 0 4px; font-size:22px; font-weight:600; }
header.top p { margin:0; opacity:.85; }
main { max-width:1200px; margin:0 auto; padding:24px 32px 48px; }
section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:20px 24px; margin:0 0 20px; }
h2 { font-size:17px; margin:0 0 12px; }
p.note { color:var(--muted); margin:4px 0 12px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(160px,1fr)); gap:12px; margin:0 0 20px; }
.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 16px; }
.card .n { font-size:26px; font-weight:600; }
.card .l { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; }
.card.alert .n { color:var(--high); }
dl.scope { display:grid; grid-template-columns:max-content 1fr; gap:4px 16px; margin:0; }
dl.scope dt { color:var(--muted); }
dl.scope dd { margin:0; word-break:break-all; }
table { width:100%; border-collapse:collapse; }
th, td { text-align:left; vertical-align:top; padding:8px 10px; border-bottom:1px solid var(--line); }
th { font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); background:var(--bg); }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
td.file { width:34%; min-width:240px; overflow-wrap:anywhere; font-family:ui-monospace, Menlo, Consolas, monospace; font-size:13px; }
ul.findings { list-style:none; margin:0; padding:0; }
ul.findings li { margin:0 0 4px; }
ol.todo li { margin:0 0 8px; }
.new { display:inline-block; border-radius:10px; padding:0 6px; font-size:11px; font-weight:600; color:var(--accent); border:1px solid var(--accent); }
code { font-family:ui-monospace, Menlo, Consolas, monospace; font-size:12px; background:var(--bg); border:1px solid var(--line); border-radius:4px; padding:0 4px; margin-right:4px; white-space:nowrap; }
.chip { display:inline-block; border-radius:10px; padding:0 8px; font-size:12px; font-weight:600; }
.chip.critical { color:#fff; background:var(--high); }
.chip.high { color:var(--high); background:var(--high-bg); }
.chip.medium { color:var(--medium); background:var(--medium-bg); }
.chip.low { color:var(--low); background:var(--low-bg); }
.conf { display:inline-block; border:1px solid var(--line); border-radius:10px; padding:0 8px; font-size:11px; color:var(--muted); }
.conf.high { color:var(--ink); border-color:var(--muted); }
svg.chart { width:100%; height:auto; max-width:900px; }
footer { color:var(--muted); font-size:12px; text-align:center; padding:0 32px 32px; }
@media print { body { background:#fff; } section, .card { break-inside:avoid; } header.top { color:#000; background:#fff; border-bottom:2px solid #000; } }
`;

export interface PageParts {
  readonly title: string;
  readonly subtitle: string;
  readonly body: SafeHtml;
  readonly footer: string;
}

export function page(parts: PageParts): string {
  return (
    '<!DOCTYPE html>\n' +
    toHtmlString(
      html`<html lang="en-GB">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta
            http-equiv="Content-Security-Policy"
            content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
          />
          <meta name="robots" content="noindex" />
          <title>${parts.title}</title>
          <style>
            ${trusted(STYLE)}
          </style>
        </head>
        <body>
          <header class="top">
            <h1>${parts.title}</h1>
            <p>${parts.subtitle}</p>
          </header>
          <main>${parts.body}</main>
          <footer>${parts.footer}</footer>
        </body>
      </html> `,
    )
  );
}

/** A titled card of the page. */
export function section(title: string, content: SafeHtml, note?: string): SafeHtml {
  return html`<section>
    <h2>${title}</h2>
    ${note ? html`<p class="note">${note}</p>` : ''}${content}
  </section>`;
}
