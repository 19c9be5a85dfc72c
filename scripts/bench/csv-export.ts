/** MIS-style CSV exports (a pupil per row), the kind of file that sits in an admin folder for years. */
import { anyDateFormat, anyUpn, nhsNumber, ukPhone } from '../../connectors/sample-school/identifiers';
import type { Random } from '../../connectors/sample-school/random';
import { homeAddress, World } from './world';

const HEADER =
  'UPN,Legal surname,Forename,DOB,Year,Reg group,Address,Postcode,Contact 1 name,Contact 1 phone,Contact 1 email,SEN status,Medical conditions,NHS number\n';

const MEDICAL = [
  '',
  '',
  '',
  '',
  '',
  'Asthma',
  'Nut allergy - EpiPen',
  'Eczema',
  'Type 1 diabetes',
  'Epilepsy',
  'Hay fever',
];
const SEN = ['N', 'N', 'N', 'N', 'K', 'E'];

const quoted = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV text of about `chars` characters. */
export function csvExport(rng: Random, chars: number): string {
  const w = new World(rng);
  const rows: string[] = [HEADER];
  let size = HEADER.length;
  while (size < chars) {
    const p = w.pupil();
    const a = homeAddress(rng);
    const parent = w.staff();
    const row =
      [
        anyUpn(rng),
        p.last,
        p.first,
        anyDateFormat(rng, p.born),
        String(p.year),
        p.form,
        quoted([a.street, a.locality, a.town].filter(Boolean).join(', ')),
        a.postcode,
        `${parent.first} ${p.last}`,
        ukPhone(rng),
        w.personalEmail({ ...parent, last: p.last }),
        rng.pick(SEN),
        quoted(rng.pick(MEDICAL)),
        rng.chance(0.3) ? nhsNumber(rng).replace(/ /g, '') : '',
      ].join(',') + '\n';
    rows.push(row);
    size += row.length;
  }
  return rows.join('');
}
