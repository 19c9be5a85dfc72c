import { normaliseText, readBody } from '../../../core/mail/body';
import { mail, rulesOf, PUPIL, STAFF } from './fixture';

describe('body: what the sender wrote', () => {
  it('puts the subject first and cuts a quoted reply', () => {
    const body = readBody(
      mail({
        subject: 'Re: essay',
        text: 'Thanks, got it.\n\nOn Mon, 3 Mar 2025 at 19:53, Tom Jones <t@x.uk> wrote:\n> text me later\n> x',
      }),
    );
    expect(body.own).toBe('Re: essay\n\nThanks, got it.');
    expect(body.all).toContain('text me later');
  });

  it('cuts a wrapped "wrote:" line, an Outlook header block and a forwarded message', () => {
    expect(
      readBody(mail({ subject: '', text: 'Fine.\nOn Mon, 3 Mar 2025 at 19:53, Tom Jones\n<t@x.uk> wrote:\n> hi' })).own,
    ).toBe('Fine.');
    const outlook = 'See below.\n\nFrom: Tom Jones\nSent: 03 March 2025 19:53\nTo: Karen Ward\nSubject: hi\n\nold text';
    expect(readBody(mail({ subject: '', text: outlook })).own).toBe('See below.');
    const forwarded = 'FYI\n\n---------- Forwarded message ---------\nFrom: someone\n\nold text';
    expect(readBody(mail({ subject: '', text: forwarded })).own).toBe('FYI');
  });

  it('skips quoted lines but keeps the text after them', () => {
    expect(readBody(mail({ subject: '', text: '> your question\nMy answer.' })).own).toBe('My answer.');
  });

  it('finds where the signature starts', () => {
    const body = readBody(
      mail({ subject: '', text: 'Hi Tom,\n\nWell done.\n\nBest wishes,\nMrs Ward\nOakfield Academy' }),
    );
    expect(body.own.slice(body.signatureStart).trim()).toBe('Best wishes,\nMrs Ward\nOakfield Academy');
    const dashes = readBody(mail({ subject: '', text: 'Hi.\n-- \nMrs Ward' }));
    expect(dashes.own.slice(dashes.signatureStart).trim()).toBe('-- \nMrs Ward'.trim());
  });

  it('adds the attachments to everything the message carries', () => {
    const msg = mail({ attachments: [{ filename: 'a.txt', text: 'attached words' }] });
    expect(readBody(msg).all).toContain('attached words');
  });

  it('normalises typographic quotes, dashes and invisible characters', () => {
    expect(normaliseText('Don\u2019t tell \u201cany\u200bone\u201d \u2014 ok\r\n')).toBe('Don\'t tell "anyone" - ok\n');
  });

  it("does not flag a teacher's reply for the pupil's words it quotes", () => {
    const reply = mail({
      from: STAFF,
      to: [PUPIL],
      text: 'Tom, that is not appropriate - please use school email only.\n\n> text me tonight, my snap is tj_09',
    });
    expect(rulesOf(reply)).toEqual([]);
  });
});
