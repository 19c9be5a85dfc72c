/**
 * HTML that is safe by construction: `html` escapes every interpolated value unless it is already
 * SafeHtml, so a file name like `<img src=x onerror=...>` can only ever appear as text.
 */

export interface SafeHtml {
  readonly __safeHtml: string;
}

type Interpolated = string | number | SafeHtml | readonly Interpolated[] | null | undefined | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes; control characters (not valid HTML) become U+FFFD. */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd'); // eslint-disable-line no-control-regex
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && '__safeHtml' in value;
}

/** Marks markup we wrote ourselves (never data) as safe. */
export function trusted(markup: string): SafeHtml {
  return { __safeHtml: markup };
}

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafeHtml(value)) return value.__safeHtml;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return trusted(out);
}

export function toHtmlString(value: SafeHtml): string {
  return value.__safeHtml;
}
