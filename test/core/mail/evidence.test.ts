import { excerpt, maskEmail, maskSensitive, maskWords, sentenceAt } from '../../../core/mail/evidence';

describe('evidence: short and masked', () => {
  it('masks phone numbers, email addresses, handles, profile links and identifiers', () => {
    const masked = maskSensitive(
      'Call 07700 900123, email kward1979@gmail.com, snap @kwardy79, wa.me/447700900123, UPN A123456789012',
    );
    expect(masked).not.toContain('900123');
    expect(masked).not.toContain('kward1979');
    expect(masked).not.toContain('kwardy79');
    expect(masked).not.toContain('447700900123');
    expect(masked).not.toContain('A123456789012');
    expect(masked).toContain('@gmail.com');
  });

  it('masks an email address keeping its first letter and domain', () => {
    expect(maskEmail('kward1979@gmail.com')).toBe('k***@gmail.com');
  });

  it('masks words to their first letter', () => {
    expect(maskWords('you loser', /\bloser\b/g)).toBe('you l****');
  });

  it('quotes the sentence around a match, cut to the limit on word boundaries', () => {
    const text = 'Hello there. Keep this between us, okay? See you.';
    const start = text.indexOf('Keep');
    expect(excerpt(text, start, start + 4)).toBe('Keep this between us, okay?');
    const long = `${'word '.repeat(30)}SECRET ${'word '.repeat(30)}`;
    const at = long.indexOf('SECRET');
    const quoted = excerpt(long, at, at + 6, 40);
    expect(quoted).toContain('SECRET');
    expect(quoted.length).toBeLessThanOrEqual(42);
    expect(quoted.startsWith('…')).toBe(true);
  });

  it('finds sentence bounds at full stops and line ends, not at decimals', () => {
    const text = 'First line\nIt costs £2.50 today. Next.';
    expect(sentenceAt(text, text.indexOf('costs'), text.indexOf('costs') + 5)).toBe('It costs £2.50 today.');
  });
});

describe('numbers cut by the excerpt', () => {
  it('masks the tail of a phone number that the cut left behind', () => {
    expect(maskSensitive('…900123 any time')).toBe('…****23 any time');
  });

  it('shows at most a few digits of a phone number in a long sentence', () => {
    const text =
      'If you ever need me outside lessons you can just text or ring me on 07700 900123 and I will always answer, whatever the time.';
    const start = text.indexOf('ring');
    const shown = excerpt(text, start, start + 4);
    expect(shown).not.toContain('900123');
    expect(shown.replace(/\D/g, '').length).toBeLessThanOrEqual(5);
  });
});
