import * as id from '../../../connectors/sample-school/identifiers';
import { buildSampleSchool } from '../../../connectors/sample-school/generate';
import { Random } from '../../../connectors/sample-school/random';
import { dateOfBirthDetector } from '../../../core/sensitive/detectors/date-of-birth';
import { drivingLicenceDetector } from '../../../core/sensitive/detectors/driving-licence';
import { isValidIban } from '../../../core/sensitive/detectors/iban';
import { isValidNhsNumber } from '../../../core/sensitive/detectors/nhs-number';
import { isValidNiNumber } from '../../../core/sensitive/detectors/ni-number';
import { isValidCardNumber } from '../../../core/sensitive/detectors/payment-card';
import { isUkPhoneNumber } from '../../../core/sensitive/detectors/phone-number';
import { postalAddressDetector } from '../../../core/sensitive/detectors/postal-address';
import { isValidUln } from '../../../core/sensitive/detectors/uln';
import { isValidUpn } from '../../../core/sensitive/detectors/upn';

const DRAWS = 2000;

function draws<T>(make: (rng: Random) => T, n = DRAWS): T[] {
  const rng = new Random(42, 'identifiers-test');
  return Array.from({ length: n }, () => make(rng));
}

describe('identifier generators pass the detectors own validators', () => {
  it('UPN check letters', () => {
    const upns = draws((rng) => id.upn('352', '4127', rng.int(0, 99), rng.int(0, 999)));
    expect(upns.filter((u) => !isValidUpn(u))).toEqual([]);
    // Every check letter of the alphabet turns up: the sum is not stuck on a few residues.
    expect(new Set(upns.map((u) => u[0])).size).toBe(23);
  });

  it('UPNs of any school are valid and spread over LAs', () => {
    const upns = draws(id.anyUpn);
    expect(upns.filter((u) => !isValidUpn(u) || !/^[A-Z]\d{12}$/.test(u))).toEqual([]);
    expect(new Set(upns.map((u) => u.slice(1, 4))).size).toBeGreaterThan(300);
  });

  it('ULN mod 11, NHS mod 11 in the 999 test range', () => {
    expect(draws(id.uln).filter((u) => !isValidUln(u))).toEqual([]);
    const nhs = draws(id.nhsNumber);
    expect(nhs.filter((n) => !isValidNhsNumber(n) || !/^999 \d{3} \d{4}$/.test(n))).toEqual([]);
  });

  it('NI numbers with issued prefixes and a suffix', () => {
    const ninos = draws(id.niNumber);
    expect(ninos.filter((n) => !isValidNiNumber(n) || !/^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(n))).toEqual([]);
  });

  it('Luhn-valid cards in UK issuer ranges, grouped 4-4-4-4', () => {
    const cards = draws(id.cardNumber);
    expect(cards.filter((c) => !isValidCardNumber(c) || !/^\d{4} \d{4} \d{4} \d{4}$/.test(c))).toEqual([]);
  });

  it('Luhn-valid Amex numbers, grouped 4-6-5', () => {
    const cards = draws(id.amexNumber);
    expect(cards.filter((c) => !isValidCardNumber(c) || !/^3[47]\d{2} \d{6} \d{5}$/.test(c))).toEqual([]);
  });

  it('IBANs valid by mod 97 at their country length', () => {
    expect(draws(id.gbIban).filter((i) => !isValidIban(i) || !i.startsWith('GB'))).toEqual([]);
    const foreign = draws(id.foreignIban);
    expect(foreign.filter((i) => !isValidIban(i))).toEqual([]);
    expect(new Set(foreign.map((i) => i.slice(0, 2)))).toEqual(new Set(['IE', 'FR', 'DE', 'ES']));
    // The worked example of ISO 13616 (GB82 WEST 1234 5698 7654 32).
    expect(id.iban('GB', 'WEST12345698765432')).toBe('GB82 WEST 1234 5698 7654 32');
  });

  it('UK phone numbers from the Ofcom drama ranges only', () => {
    const phones = [...draws(id.londonPhone, 300), ...draws(id.manchesterPhone, 300), ...draws(id.mobilePhone, 300)];
    expect(phones.filter((p) => !isUkPhoneNumber(p))).toEqual([]);
    expect(phones.filter((p) => !/^(020 7946 0\d{3}|0161 496 0\d{3}|07700 900\d{3})$/.test(p))).toEqual([]);
  });

  it('UK phone numbers from the drama ranges, in every way they are written', () => {
    const landlines = draws((rng) => id.ukPhone(rng, 'landline'));
    const mobiles = draws((rng) => id.ukPhone(rng, 'mobile'));
    expect([...landlines, ...mobiles].filter((p) => !isUkPhoneNumber(p))).toEqual([]);
    const national = (p: string) => p.replace(/\D/g, '').replace(/^(44)?0?/, '0');
    const drama =
      /^(0207946\d{4}|0(113|114|115|116|117|118|121|161)4960\d{3}|01914980\d{3}|02920180\d{3}|01632960\d{3})$/;
    expect(landlines.filter((p) => !drama.test(national(p)))).toEqual([]);
    expect(mobiles.filter((p) => !/^07700900\d{3}$/.test(national(p)))).toEqual([]);
    for (const shape of [/^0\d+ \d/, /^\+44 /, /^0\d{9,10}$/, /^\(0\d+\) /]) {
      expect([String(shape), landlines.some((p) => shape.test(p))]).toEqual([String(shape), true]);
    }
    expect(mobiles.some((p) => /^07700 900 \d{3}$/.test(p))).toBe(true);
  });

  it('addresses the postal address detector reads as a street with a postcode', () => {
    const lines = draws((rng) => id.addressLine(id.postalAddress(rng)), 500);
    const unread = lines.filter((line) => {
      const found = postalAddressDetector.detect(`Home address: ${line}`);
      return !found.some((c) => c.confidence !== 'low');
    });
    expect(unread).toEqual([]);
  });

  it('addresses in districts the caller gives, with a locality where the district names one', () => {
    const districts = [{ district: 'SW1A', town: 'London', locality: 'Westminster' }];
    const a = draws((rng) => id.postalAddress(rng, districts), 200);
    expect(
      a.filter((x) => x.locality !== 'Westminster' || x.town !== 'London' || !/^SW1A \d[A-Z]{2}$/.test(x.postcode)),
    ).toEqual([]);
    expect(a.every((x) => postalAddressDetector.detect(`Home address: ${id.addressLine(x)}`).length === 1)).toBe(true);
    expect(draws(id.postalAddress, 50).some((x) => 'locality' in x)).toBe(false);
  });

  it('driving licence numbers built from the holder surname and date of birth', () => {
    const rng = new Random(1);
    const born = id.utcDate(1984, 3, 7);
    const female = id.drivingLicence(rng, { surname: "O'Brien", forename: 'Aoife', born, female: true });
    expect(female).toMatch(/^OBRIE853074A9\d[A-Z]{2} \d{2}$/);
    const male = id.drivingLicence(rng, { surname: 'Li', forename: 'Wei', born, female: false });
    expect(male).toMatch(/^LI999803074W9\d[A-Z]{2} \d{2}$/);
    const middle = id.drivingLicence(rng, { surname: 'Li', forename: 'Wei', middleName: 'Jun', born, female: false });
    expect(middle).toMatch(/^LI999803074WJ\d[A-Z]{2} \d{2}$/);
    for (const licence of [female, male, middle]) {
      expect(drivingLicenceDetector.detect(`Driving licence number: ${licence}`)).toHaveLength(1);
    }
  });

  it('gives every pupil and member of staff valid identifiers', () => {
    const { people } = buildSampleSchool();
    for (const p of people.pupils) {
      expect([p.name, isValidUpn(p.upn), isValidNhsNumber(p.nhs)]).toEqual([p.name, true, true]);
      expect(p.uln === undefined ? p.year < 10 : isValidUln(p.uln)).toBe(true);
      expect(isUkPhoneNumber(p.parent.phone)).toBe(true);
    }
    for (const s of people.staff) {
      expect([s.name, isValidNiNumber(s.ni), isUkPhoneNumber(s.mobile)]).toEqual([s.name, true, true]);
      if (s.licence) expect(drivingLicenceDetector.detect(`Driving licence: ${s.licence}`)).toHaveLength(1);
    }
    // Born in the right academic year for their year group (1 September to 31 August).
    for (const p of people.pupils) {
      expect(p.born >= id.utcDate(2020 - p.year, 9, 1) && p.born <= id.utcDate(2021 - p.year, 8, 31)).toBe(true);
    }
    for (const key of ['upn', 'nhs', 'email'] as const) {
      expect(new Set(people.pupils.map((p) => p[key])).size).toBe(people.pupils.length);
    }
    const ulns = people.pupils.flatMap((p) => (p.uln ? [p.uln] : []));
    expect(new Set(ulns).size).toBe(ulns.length);
  });
});

describe('dates', () => {
  it('birth dates of pupils in Years 1 to 13 and of working-age staff', () => {
    const pupils = draws((rng) => id.birthDate(rng, 'pupil'));
    expect(pupils.filter((d) => d < id.utcDate(2007, 9, 1) || d > id.utcDate(2020, 8, 31))).toEqual([]);
    const staff = draws((rng) => id.birthDate(rng, 'staff'));
    expect(staff.filter((d) => d < id.utcDate(1964, 1, 1) || d > id.utcDate(2001, 12, 31))).toEqual([]);
  });

  it('month names and long dates in English, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
        process.env.TZ = tz;
        expect(Array.from({ length: 12 }, (_, i) => id.monthName(i + 1).slice(0, 3)).join(' ')).toBe(
          'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
        );
        expect(id.longDate(id.utcDate(2013, 3, 14))).toBe('14 March 2013');
        expect(id.longDate(id.utcDate(2025, 12, 31))).toBe('31 December 2025');
        expect(id.longDate(id.utcDate(2026, 1, 1))).toBe('1 January 2026');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('writes a date in each way school paperwork does, each read back as the same date of birth', () => {
    const born = id.utcDate(2011, 2, 7);
    const written = new Set(draws((rng) => id.anyDateFormat(rng, born), 300));
    expect([...written].sort()).toEqual(['07.02.2011', '07/02/2011', '2011-02-07', '7 February 2011', '7/2/2011']);
    for (const w of written) {
      expect(dateOfBirthDetector.detect(`Date of birth: ${w}`).map((c) => c.value)).toEqual([w]);
    }
  });
});

describe('Random', () => {
  it('repeats for a seed and label, and forks independent streams', () => {
    const seq = (r: Random) => Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    expect(seq(new Random(9, 'x'))).toEqual(seq(new Random(9, 'x')));
    expect(seq(new Random(9, 'x'))).not.toEqual(seq(new Random(9, 'y')));
    const root = new Random(9);
    const forked = seq(root.fork('pupils'));
    root.next();
    expect(seq(root.fork('pupils'))).toEqual(forked);
  });

  it('stays within bounds and covers them', () => {
    const rng = new Random(3);
    const values = Array.from({ length: 5000 }, () => rng.int(1, 6));
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(6);
    expect(rng.sample([1, 2, 3, 4, 5], 5).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('draws weighted items in proportion to their weights, never a zero weight', () => {
    const rng = new Random(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 6000; i++) {
      const k = rng.weighted([
        ['a', 1],
        ['b', 0],
        ['c', 2],
      ] as const);
      counts[k]++;
    }
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(1.8);
    expect(counts.c / counts.a).toBeLessThan(2.2);
  });
});
