import { writeDocx, writeEml, writeXlsx } from '../../../connectors/files/write';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('eml', () => {
  it('reads headers, the plain body over its HTML twin, and a base64 docx attachment in nested multipart', async () => {
    const file = s.file(
      'message.eml',
      writeEml({
        from: 'Zoë Smith <z.smith@example.sch.uk>',
        to: ['parent@example.com', 'Office <office@example.sch.uk>'],
        subject: 'Café trip — Alex’s form',
        date: new Date(Date.UTC(2025, 6, 23, 10, 3, 34)),
        text: 'Hello,\n\nAlex’s EpiPen is in the office = first aid. ' + 'A long line to force soft breaks. '.repeat(5),
        html: '<p>Hello from the <b>HTML</b> part</p>',
        attachments: [
          {
            filename: 'care plan.docx',
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            data: writeDocx({ paragraphs: ['Care plan for Alex Brown'] }),
          },
          { filename: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff]) },
        ],
      }),
    );
    const text = await textOf(file);
    expect(lines(text).slice(0, 4)).toEqual([
      'From: Zoë Smith <z.smith@example.sch.uk>',
      'To: parent@example.com, Office <office@example.sch.uk>',
      'Subject: Café trip — Alex’s form',
      'Hello,',
    ]);
    expect(text).toContain(
      'Alex’s EpiPen is in the office = first aid. ' + 'A long line to force soft breaks. '.repeat(4),
    );
    expect(text).not.toContain('HTML');
    expect(lines(text).slice(-2)).toEqual(['Attachment: care plan.docx', 'Care plan for Alex Brown']);
  });

  it('decodes quoted-printable windows-1252, RFC 2047 subjects and an unknown charset without failing', async () => {
    const raw = crlf(
      [
        'From: =?iso-8859-1?Q?Ren=E9e?= <r@example.com>',
        'To: someone@example.com',
        'Subject: =?windows-1252?Q?Fee_=80?= =?UTF-8?B?4oCUIGRldGFpbHM=?=',
        'Content-Type: multipart/mixed; boundary="outer"',
        '',
        '--outer',
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Price =A35 =96 =93caf=E9=94, soft=',
        ' break',
        '--outer',
        'Content-Type: text/plain; charset="x-unknown-charset"',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Plain ascii under an unknown charset',
        '--outer--',
      ].join('\n'),
    );
    const text = await textOf(s.file('cp1252.eml', Buffer.from(raw, 'latin1')));
    expect(lines(text)).toEqual([
      'From: Renée <r@example.com>',
      'To: someone@example.com',
      'Subject: Fee €— details',
      'Price £5 – “café”, soft break',
      'Plain ascii under an unknown charset',
    ]);
  });

  it('reads HTML-only bodies, forwarded messages and RFC 2231 attachment names; a corrupt attachment is skipped', async () => {
    const sheet = writeXlsx({
      sheets: [
        {
          name: 'List',
          rows: [
            ['Name', 'UPN'],
            ['Alex', 'B801200005001'],
          ],
        },
      ],
    });
    const raw = crlf(
      [
        'From: a@example.com',
        'Subject: Fwd: list',
        'Content-Type: multipart/mixed; boundary=b1',
        '',
        'preamble is ignored',
        '--b1',
        'Content-Type: multipart/alternative; boundary=b2',
        '',
        '--b2',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><head><style>p{}</style></head><body><p>See&nbsp;list &amp; notes</p></body></html>',
        '--b2--',
        '--b1',
        'Content-Type: message/rfc822',
        '',
        'From: b@example.com',
        'Subject: original',
        '',
        'Forwarded body',
        '--b1',
        'Content-Type: application/octet-stream',
        'Content-Transfer-Encoding: base64',
        "Content-Disposition: attachment; filename*=UTF-8''pupil%20list%C3%A9.xlsx",
        '',
        ...(sheet.toString('base64').match(/.{1,76}/g) ?? []),
        '--b1',
        'Content-Type: application/octet-stream',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="broken.docx"',
        '',
        Buffer.from('not a zip').toString('base64'),
        '--b1--',
      ].join('\n'),
    );
    expect(lines(await textOf(s.file('fwd.eml', raw)))).toEqual([
      'From: a@example.com',
      'Subject: Fwd: list',
      'See list & notes',
      'From: b@example.com',
      'Subject: original',
      'Forwarded body',
      'Attachment: pupil listé.xlsx',
      'Sheet: List',
      'Name | UPN',
      'Name: Alex | UPN: B801200005001',
      'Attachment: broken.docx',
    ]);
  });
});
