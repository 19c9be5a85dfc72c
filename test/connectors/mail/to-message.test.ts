import { releaseExtractors } from '../../../connectors/files';
import { writeDocx, writeEml, writePdf } from '../../../connectors/files/write';
import { MessageError, toMessage } from '../../../connectors/mail';

afterAll(() => releaseExtractors());

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');

async function reasonOf(raw: Buffer): Promise<string> {
  try {
    await toMessage(raw);
  } catch (e) {
    if (e instanceof MessageError) return e.reason;
    throw e;
  }
  throw new Error('expected the message to fail');
}

describe('toMessage: headers', () => {
  it('parses addresses: display names, quoted commas, groups, RFC 2047 names, lower-cased, repeated To', async () => {
    const msg = await toMessage(
      crlf([
        'From: "Smith, Jane" <J.Smith@Example.SCH.uk>',
        'Sender: office@example.sch.uk',
        'Reply-To: =?UTF-8?B?Wm/DqyBCcm93bg==?= <Zoe.Brown@Gmail.com>',
        'To: Year 9 tutors: a.one@example.sch.uk, "B Two" <b.two@example.sch.uk>;, 23ABrown@Pupils.Example.sch.uk',
        'To: =?iso-8859-1?Q?Ren=E9e_Dupont?= <renee@pupils.example.sch.uk>',
        'Cc: undisclosed-recipients:;',
        'Bcc: head@example.sch.uk (Head Teacher)',
        'Subject: =?UTF-8?Q?Trip_=E2=80=94_forms?=',
        'Date: Tue, 14 Jan 2025 21:40:00 +0000',
        'Message-ID: <CA+abc123@mail.gmail.com>',
        '',
        'Hello',
      ]),
    );
    expect(msg.from).toEqual({ address: 'j.smith@example.sch.uk', name: 'Smith, Jane' });
    expect(msg.sender).toEqual({ address: 'office@example.sch.uk' });
    expect(msg.replyTo).toEqual([{ address: 'zoe.brown@gmail.com', name: 'Zoë Brown' }]);
    expect(msg.to).toEqual([
      { address: 'a.one@example.sch.uk' },
      { address: 'b.two@example.sch.uk', name: 'B Two' },
      { address: '23abrown@pupils.example.sch.uk' },
      { address: 'renee@pupils.example.sch.uk', name: 'Renée Dupont' },
    ]);
    expect(msg.cc).toEqual([]);
    expect(msg.bcc).toEqual([{ address: 'head@example.sch.uk', name: 'Head Teacher' }]);
    expect(msg.subject).toBe('Trip — forms');
    expect(msg.messageId).toBe('CA+abc123@mail.gmail.com');
    expect(msg.text).toBe('Hello');
  });

  it('reads the Date header as an instant and the sender’s offset', async () => {
    const at = async (date: string) => (await toMessage(crlf(['From: a@b.uk', `Date: ${date}`, '', 'x']))).date;
    expect(await at('Tue, 14 Jan 2025 21:40:00 +0100')).toEqual({ iso: '2025-01-14T20:40:00.000Z', offsetMinutes: 60 });
    expect(await at('14 Jan 2025 16:40 -0500 (EST)')).toEqual({ iso: '2025-01-14T21:40:00.000Z', offsetMinutes: -300 });
    expect(await at('Tue, 14 Jan 25 16:40:00 EST')).toEqual({ iso: '2025-01-14T21:40:00.000Z', offsetMinutes: -300 });
    expect(await at('Wed, 2 Jul 2025 23:05:09 GMT')).toEqual({ iso: '2025-07-02T23:05:09.000Z', offsetMinutes: 0 });
    expect(await at('not a date')).toBeNull();
  });

  it('uses the mbox envelope date when the Date header is missing or unreadable', async () => {
    const raw = crlf(['From: a@b.uk', 'To: c@d.uk', '', 'x']);
    expect((await toMessage(raw, { envelope: '123@xxx Wed May 13 12:34:56 +0000 2020' })).date).toEqual({
      iso: '2020-05-13T12:34:56.000Z',
      offsetMinutes: 0,
    });
    expect((await toMessage(raw)).date).toBeNull();
  });

  it('invents a stable Message-ID from the bytes when there is none', async () => {
    const a = crlf(['From: a@b.uk', 'To: c@d.uk', '', 'one']);
    const b = crlf(['From: a@b.uk', 'To: c@d.uk', '', 'two']);
    const idA = (await toMessage(a)).messageId;
    expect(idA).toMatch(/^[0-9a-f]{32}@sos\.invalid$/);
    expect((await toMessage(Buffer.from(a))).messageId).toBe(idA);
    expect((await toMessage(b)).messageId).not.toBe(idA);
  });

  it('keeps list and automatic-mail headers', async () => {
    const msg = await toMessage(
      crlf([
        'From: news@example.sch.uk',
        'To: all@example.sch.uk',
        'List-Id: Year 9 parents <y9.example.sch.uk>',
        'Precedence: Bulk',
        'Auto-Submitted: auto-generated',
        '',
        'x',
      ]),
    );
    expect(msg.listHeaders).toEqual({
      listId: 'Year 9 parents <y9.example.sch.uk>',
      precedence: 'bulk',
      autoSubmitted: 'auto-generated',
    });
  });
});

describe('toMessage: body and attachments', () => {
  it('prefers text/plain over its HTML alternative, and reads attachments of supported types', async () => {
    const raw = writeEml({
      from: 'Jane Smith <j.smith@example.sch.uk>',
      to: '23abrown@pupils.example.sch.uk',
      subject: 'Your work',
      date: new Date(Date.UTC(2025, 0, 14, 21, 40)),
      text: 'See the attached plan.',
      html: '<p>HTML twin</p>',
      attachments: [
        {
          filename: 'plan.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          data: writeDocx({ paragraphs: ['Meet me at the park on Saturday'] }),
        },
        { filename: 'marks.csv', contentType: 'text/csv', data: Buffer.from('Name,Mark\nAlex,7\n') },
        { filename: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff]) },
      ],
    });
    const msg = await toMessage(raw);
    expect(msg.text).toBe('See the attached plan.');
    expect(msg.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['marks.csv', 'text/csv'],
      ['photo.jpg', 'image/jpeg'],
    ]);
    expect(msg.attachments[0]!.text).toContain('Meet me at the park on Saturday');
    expect(msg.attachments[1]!.text).toContain('Alex');
    expect(msg.attachments[2]!.text).toBe('');
    const noAttachmentText = await toMessage(raw, { attachments: false });
    expect(noAttachmentText.attachments.map((a) => a.text)).toEqual(['', '', '']);
  });

  it('reads a PDF attachment, and a text attachment whose name has no extension by its declared type', async () => {
    const msg = await toMessage(
      writeEml({
        from: 'j.smith@example.sch.uk',
        to: '23abrown@pupils.example.sch.uk',
        subject: 'files',
        date: new Date(Date.UTC(2025, 0, 14)),
        text: 'Two files.',
        attachments: [
          {
            filename: 'letter.pdf',
            contentType: 'application/pdf',
            data: writePdf({ pages: [['Dear Alex, see you Saturday']] }),
          },
          { filename: 'notes', contentType: 'text/plain', data: Buffer.from('Bring the permission slip') },
        ],
      }),
    );
    expect(msg.attachments[0]!.text).toContain('Dear Alex, see you Saturday');
    expect(msg.attachments[1]!.text).toContain('Bring the permission slip');
  });

  it('converts an HTML-only body to text', async () => {
    const msg = await toMessage(
      crlf([
        'From: a@example.sch.uk',
        'To: p@pupils.example.sch.uk',
        'Content-Type: text/html; charset=windows-1252',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<html><head><style>p{color:red}</style></head><body><p>Caf=E9 at <b>four</b>?</p><p>Don=92t tell</p></body></html>',
      ]),
    );
    expect(msg.text).toMatch(/Café at four ?\?/);
    expect(msg.text).toContain('Don’t tell');
    expect(msg.text).not.toContain('<');
    expect(msg.text).not.toContain('color');
  });

  it('reads a forwarded message inside a message as an attachment with its headers and text', async () => {
    const inner = writeEml({
      from: 'j.smith@gmail.com',
      to: '23abrown@pupils.example.sch.uk',
      subject: 'inner',
      date: new Date(Date.UTC(2025, 0, 1)),
      text: 'Delete this after reading.',
    });
    const msg = await toMessage(
      crlf([
        'From: head@example.sch.uk',
        'To: dsl@example.sch.uk',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain',
        '',
        'FYI',
        '--b1',
        'Content-Type: message/rfc822',
        '',
        inner.toString('utf8').trimEnd(),
        '--b1--',
      ]),
    );
    expect(msg.text).toBe('FYI');
    expect(msg.attachments).toHaveLength(1);
    expect(msg.attachments[0]!.contentType).toBe('message/rfc822');
    expect(msg.attachments[0]!.text).toContain('From: j.smith@gmail.com');
    expect(msg.attachments[0]!.text).toContain('Delete this after reading.');
  });
});

describe('toMessage: broken messages', () => {
  const head = ['From: a@example.sch.uk', 'To: p@pupils.example.sch.uk'];
  const SECRET = 'Alex Brown 943 476 5919';

  it.each<[string, Buffer, RegExp]>([
    ['an empty message', Buffer.from('\r\n\r\n'), /^empty message$/],
    ['no header block', Buffer.from(`${SECRET}\r\nmore text\r\n`), /^bad headers: the message does not start/],
    ['a body line inside the headers', crlf([...head, SECRET, '', 'x']), /^bad headers: line 3 is not a header field$/],
    ['no From or To at all', crlf(['Subject: hello', '', SECRET]), /^no From or To header/],
    [
      'a multipart without a boundary',
      crlf([...head, 'Content-Type: multipart/mixed', '', SECRET]),
      /^broken MIME: multipart without a boundary$/,
    ],
    [
      'a boundary that never appears',
      crlf([...head, 'Content-Type: multipart/mixed; boundary="zz"', '', SECRET]),
      /^broken MIME: boundary not found$/,
    ],
    [
      'a multipart cut short',
      crlf([
        ...head,
        'Content-Type: multipart/mixed; boundary="zz"',
        '',
        '--zz',
        'Content-Type: text/plain',
        '',
        SECRET,
      ]),
      /^broken MIME: no closing boundary/,
    ],
    [
      'an unknown charset',
      crlf([...head, 'Content-Type: text/plain; charset="x-klingon"', '', SECRET]),
      /^unknown charset "x-klingon"$/,
    ],
  ])('%s is a MessageError with a short reason that quotes nothing', async (_name, raw, reason) => {
    const r = await reasonOf(raw);
    expect(r).toMatch(reason);
    expect(r).not.toContain('Alex');
    expect(r).not.toContain('5919');
  });

  it('reads a Content-Type without a subtype as plain text rather than failing', async () => {
    const msg = await toMessage(crlf([...head, 'Content-Type: text', '', 'hello']));
    expect(msg.text).toBe('hello');
  });
});
