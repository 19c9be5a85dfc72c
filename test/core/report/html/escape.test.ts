import { escapeHtml, html, toHtmlString, trusted, type SafeHtml } from '../../../../core/report/html/escape';

/** Prettier lays out html`` templates over several lines; whitespace between tags carries no meaning. */
const squash = (h: SafeHtml) => toHtmlString(h).replace(/>\s+</g, '><').trim();

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('replaces control characters that HTML does not allow, keeping tab and newlines', () => {
    expect(escapeHtml('a\u0000b\u001bc\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
  });
});

describe('html``', () => {
  it('escapes interpolated text and numbers but not the template', () => {
    const name = '<script>alert(1)</script>';
    expect(
      squash(
        html`<td class="file">${name}</td>
          <td>${3}</td>`,
      ),
    ).toBe('<td class="file">&lt;script&gt;alert(1)&lt;/script&gt;</td><td>3</td>');
  });

  it('inserts nested SafeHtml and arrays as they are, skipping empty values', () => {
    const items = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(
      squash(
        html`<ul>
          ${items}${null}${undefined}${false}
        </ul>`,
      ),
    ).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
    expect(toHtmlString(html`${trusted('<br>')}`)).toBe('<br>');
  });

  it('escapes attribute values so they cannot break out of quotes', () => {
    expect(toHtmlString(html`<span title="${'" onmouseover="x'}"></span>`)).toBe(
      '<span title="&quot; onmouseover=&quot;x"></span>',
    );
  });
});
