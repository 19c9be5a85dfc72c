import { htmlToText } from '../../../connectors/files/html';
import { flattenJson } from '../../../connectors/files/json';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('html', () => {
  it('drops scripts, styles and comments, puts blocks on lines, decodes entities and renders tables', () => {
    const html =
      '<html><head><title>Log</title><style>td { color: red }</style><script>var x = "<p>no</p>";</script></head>' +
      '<body><!-- hidden <b>comment</b> --><h1>Pastoral&nbsp;log</h1><p>Caf&eacute; &amp; more &#163;5 &#x2013; ok<br>next</p>' +
      '<table><tr><th>Pupil</th><th>Note</th></tr><tr><td>Alex <b>Brown</b></td><td>Asthma &lt;mild&gt;</td></tr></table>' +
      '<div>after</div><SCRIPT type="x">alert(1)</SCRIPT></body></html>';
    expect(lines(htmlToText(html))).toEqual([
      'Log',
      'Pastoral log',
      'Café & more £5 – ok',
      'next',
      'Pupil | Note',
      'Pupil: Alex Brown | Note: Asthma <mild>',
      'after',
    ]);
  });

  it('reads an .html file that is not UTF-8 by its declared charset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="windows-1252"><p>Fee '),
      Buffer.from([0x80, 0x35]),
      Buffer.from('</p>'),
    ]);
    expect(lines(await textOf(s.file('page.htm', bytes)))).toEqual(['Fee €5']);
  });
});

describe('json', () => {
  it('flattens to path: value lines so keys label values', async () => {
    const data = {
      school: 'Holly Bank',
      pupils: [{ name: 'Alex', dob: '2014-02-01', tags: ['a', null] }, {}],
      ok: true,
    };
    expect(lines(await textOf(s.file('export.json', JSON.stringify(data))))).toEqual([
      'school: Holly Bank',
      'pupils[0].name: Alex',
      'pupils[0].dob: 2014-02-01',
      'pupils[0].tags[0]: a',
      'pupils[0].tags[1]: null',
      'ok: true',
    ]);
  });

  it('reads JSON Lines, falls back to raw text, and survives deep nesting', async () => {
    expect(lines(await textOf(s.file('lines.json', '{"a":1}\n{"a":2}\n')))).toEqual(['[0].a: 1', '[1].a: 2']);
    expect(lines(await textOf(s.file('broken.json', '{"a": 1, oops')))).toEqual(['{"a": 1, oops']);
    const deep = JSON.parse('['.repeat(5000) + '"bottom"' + ']'.repeat(5000)) as unknown;
    expect([...flattenJson(deep)]).toEqual([`${'[0]'.repeat(5000)}: bottom`]);
  });
});
