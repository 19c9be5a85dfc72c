import fc from 'fast-check';
import { maskKeep, maskPhrase } from '../../../core/sensitive/mask';
import { createFileScanner, scanText } from '../../../core/sensitive/scanner';
import type { SensitiveType } from '../../../core/sensitive/types';
import {
  digits,
  letters,
  luhnCheckDigit,
  validGbIban,
  validNhsNumber,
  validTemporaryUpn,
  validUln,
  validUpn,
} from './helpers';

const significant = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').length;
const stars = (s: string) => s.split('*').length - 1;

describe('maskKeep', () => {
  it('keeps the asked characters at each end and the separators, hiding the rest', () => {
    expect(maskKeep('B801200005001', 2, 3)).toBe('B8********001');
    expect(maskKeep('943 476 5919', 3, 2)).toBe('943 *** **19');
    expect(maskKeep('AB-CD-EF', 2, 0)).toBe('AB-**-**');
    expect(maskKeep('', 2, 2)).toBe('');
  });

  it('never reveals more than half of the significant characters, whatever is asked', () => {
    expect(maskKeep('ABCD', 4, 4)).toBe('A**D');
    expect(maskKeep('A', 1, 1)).toBe('*');
    expect(maskKeep('12', 0, 2)).toBe('*2');
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(10), fc.nat(10), (value, a, b) => {
        const masked = maskKeep(value, a, b);
        const n = significant(value);
        return masked.length === value.length && n - significant(masked) >= Math.ceil(n / 2);
      }),
    );
  });

  it('changes only significant characters, and only to stars', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(6), fc.nat(6), (value, a, b) => {
        const masked = maskKeep(value, a, b);
        return [...value].every((c, i) => masked[i] === c || (/[A-Za-z0-9]/.test(c) && masked[i] === '*'));
      }),
    );
  });
});

describe('maskPhrase', () => {
  it('shows a phrase by its first three letters, keeping word breaks', () => {
    expect(maskPhrase('epilepsy')).toBe('epi*****');
    expect(maskPhrase('  type 1   diabetes ')).toBe('typ* * ********');
    expect(maskPhrase('hit him')).toBe('hit ***');
  });

  it('shows only the first letter of a short phrase', () => {
    expect(maskPhrase('flu')).toBe('f**');
    expect(maskPhrase('SEN')).toBe('S**');
    expect(maskPhrase('a')).toBe('a*');
  });

  // A phrase already made of asterisks after its first letter ("!*") masks to itself and reveals nothing.
  it('never returns the phrase itself', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s) && !s.includes('*')),
        (phrase) => maskPhrase(phrase) !== phrase.trim().replace(/\s+/g, ' '),
      ),
    );
  });
});

describe('masking in the scanner', () => {
  // One text per type, each holding a value that must not come out whole.
  const examples: [SensitiveType, string, string][] = [
    ['upn', 'UPN: B801200005001', 'B801200005001'],
    ['uln', 'ULN: 9276308686', '9276308686'],
    ['nhs_number', 'NHS number 943 476 5919', '943 476 5919'],
    ['ni_number', 'NI number AB 12 34 56 C', 'AB 12 34 56 C'],
    ['passport_number', 'Passport number 925076473', '925076473'],
    ['driving_licence', 'Driving licence MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['payment_card', 'Card 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['bank_account', 'Sort code 20-00-00 account 12345678', '12345678'],
    ['iban', 'IBAN GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['date_of_birth', 'DOB: 14/02/2011', '14/02/2011'],
    ['phone_number', 'Mobile 07700 900123 (evenings)', '07700 900123'],
    ['email_address', 'Email jane.smith1984@gmail.com', 'jane.smith1984@gmail.com'],
    ['postal_address', 'Address: 12 Acacia Avenue, Leeds LS6 2AB', '12 Acacia Avenue'],
    ['health', 'Maya Khan has epilepsy and carries midazolam.', 'epilepsy'],
    ['sen', 'Ruby Holmes has dyslexia.', 'dyslexia'],
    ['safeguarding', 'Jayden Smith disclosed that his dad hit him.', 'disclosed'],
  ];

  it.each(examples)('never shows a whole %s', (type, text, value) => {
    const matches = scanText(text).filter((m) => m.type === type);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.masked).not.toContain(value);
      expect(m.masked).not.toContain(text.slice(m.start, m.end));
      expect(m.masked).toContain('*');
    }
  });

  it('covers every type', () => {
    expect(new Set(examples.map((e) => e[0])).size).toBe(16);
  });

  const nino = fc
    .tuple(
      letters(1, 'ABCEGHJKLMNOPRSTWXYZ'),
      letters(1, 'ABCEGHJKLMNPRSTWXYZ'),
      digits(6),
      letters(1, 'ABCD'),
      fc.boolean(),
    )
    .filter(([a, b]) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b))
    .map(([a, b, d, s, spaced]) =>
      spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : a + b + d + s,
    );
  const visa = fc.tuple(digits(14), fc.boolean()).map(([d, spaced]) => {
    const n = '4' + d + luhnCheckDigit('4' + d);
    return spaced ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n;
  });
  const mobile = fc
    .tuple(fc.constantFrom('1', '2', '3', '4', '5', '7', '8', '9'), digits(8), fc.boolean())
    .map(([a, d, spaced]) => (spaced ? `07${a}${d.slice(0, 2)} ${d.slice(2)}` : `07${a}${d}`));
  const licence = fc
    .tuple(
      letters(5),
      digits(1),
      fc.integer({ min: 1, max: 12 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 28 }),
      digits(1),
      letters(2),
      digits(1),
      letters(2),
    )
    .map(([surname, decade, month, woman, day, year, initials, digit, check]) => {
      const mm = String(woman ? month + 50 : month).padStart(2, '0');
      return `${surname}${decade}${mm}${String(day).padStart(2, '0')}${year}${initials}${digit}${check}`;
    });

  /** A text holding one identifier, the identifier as written, and the parts of it that must never show whole. */
  interface Planted {
    readonly text: string;
    readonly value: string;
    readonly secrets: readonly string[];
  }
  const plant =
    (label: string) =>
    (value: string): Planted => ({ text: `${label} ${value}`, value, secrets: [value] });
  const identifiers: [SensitiveType, fc.Arbitrary<Planted>][] = [
    ['upn', fc.oneof(validUpn, validTemporaryUpn).map(plant('UPN'))],
    ['uln', validUln.map(plant('ULN'))],
    [
      'nhs_number',
      validNhsNumber.map((v) => `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`).map(plant('NHS number')),
    ],
    ['ni_number', nino.map(plant('NI number'))],
    ['iban', validGbIban.map(plant('IBAN'))],
    ['payment_card', visa.map(plant('card'))],
    ['phone_number', mobile.map(plant('mobile'))],
    ['passport_number', digits(9).map(plant('passport no'))],
    ['driving_licence', licence.map(plant('driving licence'))],
    [
      'bank_account',
      fc.tuple(digits(6), digits(8)).map(([s, account]) => {
        const sort = `${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4)}`;
        return { text: `sort code ${sort} account ${account}`, value: `${sort} ${account}`, secrets: [sort, account] };
      }),
    ],
  ];
  const filler = fc
    .array(fc.constantFrom('the', 'notes', 'for', 'Tuesday', 'was', 'seen', 'and', 'see', 'above', 'list', 'form'), {
      maxLength: 8,
    })
    .map((words) => words.join(' '));
  const compact = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');
  const shows = (masked: string, secret: string) =>
    masked.includes(secret) || compact(masked).includes(compact(secret));

  it.each(identifiers)(
    'hides at least half of a random %s embedded in random text, in matches and in findings',
    (type, planted) => {
      fc.assert(
        fc.property(filler, planted, filler, (before, { text: core, value, secrets }, after) => {
          const text = `${before}. ${core}, ${after}.`;
          const matches = scanText(text);
          const own = matches.find(
            (m) => m.type === type && m.start <= text.indexOf(core) + core.length - 1 && m.end > text.indexOf(core),
          );
          expect(own).toBeDefined();
          expect(stars(own!.masked) * 2).toBeGreaterThanOrEqual(significant(value));
          for (const m of matches) for (const secret of secrets) expect(shows(m.masked, secret)).toBe(false);
          const scanner = createFileScanner({ maxExamples: 5 });
          scanner.add(text);
          const examples = scanner.findings().flatMap((f) => f.examples);
          expect(examples).toContain(own!.masked);
          for (const e of examples) for (const secret of secrets) expect(shows(e, secret)).toBe(false);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('hides the month of a random date of birth and the local part of a random email address', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1960-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        letters(8, 'abcdefghijklmnopqrstuvwxyz'),
        (date, local) => {
          const dob = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
          const email = `${local}@example.org`;
          const text = `Name: Alex | DOB: ${dob} | Email: ${email}`;
          const matches = scanText(text);
          const d = matches.find((m) => m.type === 'date_of_birth');
          const e = matches.find((m) => m.type === 'email_address');
          expect(d?.masked).toBe(`${dob.slice(0, 3)}**${dob.slice(5)}`);
          expect(e?.masked).toBe(`${local[0]}*******@example.org`);
        },
      ),
      { numRuns: 50 },
    );
  });
});
