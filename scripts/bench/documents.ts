/**
 * The kinds of document a school shared drive holds, each written the way schools write them. Most are
 * prose; personal data appears where it really does: letterheads, reply slips, email headers and
 * signatures, minutes about named pupils, registers, HR and finance records.
 */
import {
  accountNumber,
  addressLine,
  amexNumber,
  anyDateFormat,
  anyUpn,
  birthDate,
  cardNumber,
  drivingLicence,
  foreignIban,
  gbIban,
  niNumber,
  nhsNumber,
  passportNumber,
  type PostalAddress,
  sortCode,
  ukPhone,
  uln,
} from '../../connectors/sample-school/identifiers';
import type { Random } from '../../connectors/sample-school/random';
import { type DocBuilder, pii, t } from './doc-builder';
import { CURRICULUM, EMAIL, LETTER, MINUTES, NEWSLETTER, POLICY, paragraph } from './prose';
import { anySpecialNote, specialNote } from './special-sentences';
import { BANKS } from './vocabulary';
import { homeAddress, type Person, type Pupil, type Staff, type World } from './world';

export type DocumentKind = (d: DocBuilder, w: World) => void;

const dob = (w: World, p: Person) => pii('date_of_birth', anyDateFormat(w.rng, p.born));

// The same identifiers in the other ways they are written: a detector must not depend on one layout.
const ni = (rng: Random) => (rng.chance(0.4) ? niNumber(rng).replace(/ /g, '') : niNumber(rng));
const iban = (rng: Random) => (rng.chance(0.6) ? gbIban(rng) : foreignIban(rng));
function paymentCard(rng: Random): string {
  const card = rng.chance(0.1) ? amexNumber(rng) : cardNumber(rng);
  return rng.chance(0.2) ? card.replace(/ /g, '-') : card;
}
function licence(w: World, p: Person, born = p.born): string {
  const middleName = w.rng.chance(0.4) ? w.rng.pick([...'ABCDEJLMRS']) : undefined;
  return drivingLicence(w.rng, { surname: p.last, forename: p.first, middleName, born, female: p.female });
}

/** Street line to postcode, one finding; on one line or as a letter's address block. */
function addressBlock(d: DocBuilder, a: PostalAddress, block: boolean): void {
  d.span('postal_address', (b) =>
    b.put(block ? [a.street, a.locality, a.town, a.postcode].filter(Boolean).join('\n') : addressLine(a)),
  );
}

function paragraphs(d: DocBuilder, w: World, bank: Parameters<typeof paragraph>[1], n: number): void {
  for (let i = 0; i < n; i++) d.put(paragraph(w, bank, w.rng.int(3, 7)), '\n\n');
}

function letterhead(d: DocBuilder, w: World): void {
  d.put(`${w.school.name}\n`);
  addressBlock(d, w.school.address, true);
  d.add(t`\nTel: ${pii('phone_number', ukPhone(w.rng, 'landline'))}\n`);
  d.put(`Email: office@${w.school.domain}\n\n`);
}

export const policy: DocumentKind = (d, w) => {
  const title = w.rng.pick([
    'Supporting Pupils with Medical Conditions Policy',
    'Child Protection and Safeguarding Policy',
    'Online Safety Policy',
    'Attendance Policy',
    'Special Educational Needs and Disabilities (SEND) Policy',
    'Data Protection Policy',
    'Behaviour Policy',
    'Staff Code of Conduct',
  ]);
  d.put(`${w.school.name}\n${title}\n\n`);
  const sections = [
    'Purpose',
    'Scope',
    'Legislation and guidance',
    'Roles and responsibilities',
    'Procedures',
    'Training',
    'Record keeping',
    'Links with other policies',
    'Monitoring and review',
  ];
  const n = w.rng.int(5, 9);
  for (let i = 0; i < n; i++) {
    d.put(`${i + 1}. ${sections[i]}\n\n`);
    paragraphs(d, w, POLICY, w.rng.int(2, 4));
  }
  d.put(`Contact: ${w.school.name}, `);
  addressBlock(d, w.school.address, false);
  d.add(t`. Telephone ${pii('phone_number', ukPhone(w.rng, 'landline'))}.\n`);
};

export const newsletter: DocumentKind = (d, w) => {
  d.put(`${w.school.name} Newsletter — ${w.month()} edition\n\n`);
  const headings = [
    'From the Headteacher',
    'Sports news',
    'Clubs and activities',
    'PTA news',
    'Reminders',
    'Dates for your diary',
  ];
  for (const h of headings.slice(0, w.rng.int(4, 6))) {
    d.put(`${h}\n\n`);
    paragraphs(d, w, NEWSLETTER, w.rng.int(2, 3));
  }
  if (w.rng.chance(0.3)) {
    const s = w.staff();
    d.add(
      t`If you would like to help with the summer fair, please contact ${s.title} ${s.last} on ${pii('email_address', w.staffEmail(s))}.\n\n`,
    );
  }
  d.add(t`The school office is open from 8:00am to 4:30pm on ${pii('phone_number', ukPhone(w.rng, 'landline'))}.\n`);
};

function replySlip(d: DocBuilder, w: World, p: Pupil, overseas: boolean): void {
  const parent = w.staff();
  const home = homeAddress(w.rng);
  d.put('-----------------------------------------------\nReply slip – please return to the school office\n\n');
  d.add(t`Pupil name: ${p.full}    Class: ${p.form}\nDate of birth: ${dob(w, p)}\n`);
  if (overseas)
    d.add(
      t`Passport number: ${pii('passport_number', passportNumber(w.rng))}   Expiry: ${w.rng.int(1, 12)}/20${w.rng.int(26, 33)}\n`,
    );
  if (w.rng.chance(0.4)) d.add(t`NHS number: ${pii('nhs_number', nhsNumber(w.rng))}\n`);
  d.add(
    t`Emergency contact: ${parent.first} ${p.last} (${parent.female ? 'mum' : 'dad'}) ${pii('phone_number', ukPhone(w.rng, 'mobile'))}\n`,
  );
  d.add(t`Parent email: ${pii('email_address', w.personalEmail({ ...parent, last: p.last }))}\n`);
  if (w.rng.chance(0.5)) {
    d.put('Home address: ');
    addressBlock(d, home, false);
    d.put('\n');
  }
  d.put('Medical information: ');
  if (w.rng.chance(0.45)) specialNote(d, w, 'health', p);
  else d.put('none');
  d.put('\nSigned: ______________________ (Parent/Carer)\n');
}

export const letterHome: DocumentKind = (d, w) => {
  letterhead(d, w);
  d.put(`${w.date()}\n\n`);
  const p = w.pupil();
  d.put(w.rng.chance(0.7) ? 'Dear Parents and Carers,\n\n' : `Dear Parent/Carer of ${p.full},\n\n`);
  const overseas = w.rng.chance(0.15);
  if (overseas) {
    d.put(
      `Our residential visit to ${w.rng.pick(['Normandy', 'Paris', 'Barcelona', 'the Rhine valley'])} is getting closer. ` +
        'Every child will need a valid passport, and we must send passport details to the travel company by the end of the month.\n\n',
    );
  }
  paragraphs(d, w, LETTER, w.rng.int(2, 4));
  if (w.rng.chance(0.25)) {
    const [, bank] = w.rng.pick(BANKS);
    d.add(
      t`If you prefer to pay by bank transfer, our bank details are: ${bank}, sort code ${pii('bank_account', `${sortCode(w.rng)}, account number ${accountNumber(w.rng)}`)}. Please use your child’s name as the reference.\n\n`,
    );
  }
  if (overseas && w.rng.chance(0.5)) {
    d.add(
      t`Families paying from an account outside the UK should use IBAN ${pii('iban', iban(w.rng))} (BIC ${w.rng.pick(['NWBKGB2L', 'BARCGB22', 'LOYDGB21'])}).\n\n`,
    );
  }
  const s = w.staff();
  d.put(`Yours sincerely,\n\n${s.title} ${s.first} ${s.last}\n${s.role}\n\n`);
  if (w.rng.chance(0.35)) replySlip(d, w, p, overseas);
};

function header(d: DocBuilder, w: World, from: Staff, to: Person, toAddress: string): void {
  d.add(t`From: ${from.full} <${pii('email_address', w.staffEmail(from))}>\n`);
  d.add(t`To: ${to.full} <${pii('email_address', toAddress)}>\n`);
  const day = w.rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  const mon = w.rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Sep', 'Oct', 'Nov', 'Dec']);
  d.put(`Date: ${day}, ${w.rng.int(1, 28)} ${mon} 2024 ${w.time()}\n`);
}

export const staffEmail: DocumentKind = (d, w) => {
  const from = w.staff();
  const toParent = w.rng.chance(0.2);
  const to = w.staff();
  header(d, w, from, to, toParent ? w.personalEmail(to) : w.staffEmail(to));
  const p = w.pupil();
  const about = w.rng.chance(0.45);
  d.put(
    `Subject: ${about ? p.full : w.rng.pick(['Cover', 'Reports', 'Trip', 'Meeting', 'Data drop', 'Duty rota'])}\n\n`,
  );
  d.put(`${toParent ? `Dear ${to.title} ${to.last}` : `Hi ${to.first}`},\n\n`);
  d.put(paragraph(w, EMAIL, w.rng.int(2, 4)), '\n\n');
  if (about) {
    anySpecialNote(d, w, p);
    d.put(' ', paragraph(w, EMAIL, w.rng.int(1, 2)), '\n\n');
  }
  const extra = w.rng.weighted([
    ['none', 60],
    ['phone', 12],
    ['upn', 6],
    ['uln', 5],
    ['licence', 3],
    ['dob', 6],
    ['card', 2],
  ] as const);
  if (extra === 'phone')
    d.add(
      t`${p.first}'s mum asked to be called back on ${pii('phone_number', ukPhone(w.rng, 'mobile'))} after 3pm.\n\n`,
    );
  if (extra === 'upn') d.add(t`For the referral form, ${p.full}'s UPN is ${pii('upn', anyUpn(w.rng))}.\n\n`);
  if (extra === 'uln')
    d.add(
      t`Exam entries: please check that ${p.full}'s ULN ${pii('uln', uln(w.rng))} matches the awarding body record.\n\n`,
    );
  if (extra === 'dob') d.add(t`${p.full} (date of birth ${dob(w, p)}) joins ${p.form} on ${w.day()}.\n\n`);
  if (extra === 'licence') {
    d.add(
      t`I have checked ${from.first}'s driving licence for the minibus: ${pii('driving_licence', licence(w, from))}, no points.\n\n`,
    );
  }
  if (extra === 'card') {
    d.add(
      t`Dad paid the trip balance over the phone with his credit card ${pii('payment_card', paymentCard(w.rng))}, expiry ${w.rng.int(1, 12)}/2${w.rng.int(6, 9)}; can you put it through?\n\n`,
    );
  }
  d.put(`Thanks,\n${from.first}\n\n${from.title} ${from.full}\n${from.role}\n${w.school.name}\n`);
  if (w.rng.chance(0.4)) d.add(t`Direct line: ${pii('phone_number', ukPhone(w.rng, 'landline'))}\n`);
};

export const minutes: DocumentKind = (d, w) => {
  const kind = w.rng.pick([
    'SEN review',
    'Safeguarding team',
    'Full Governing Body',
    'Pastoral team',
    'Curriculum committee',
  ]);
  d.put(`Minutes of the ${kind} meeting, ${w.date()}\n\n`);
  const present = Array.from({ length: w.rng.int(3, 6) }, () => {
    const s = w.staff();
    return `${s.title} ${s.first} ${s.last} (${s.role})`;
  });
  d.put(`Present: ${present.join(', ')}\n\n`);
  const personal = kind === 'SEN review' || kind === 'Safeguarding team' || kind === 'Pastoral team';
  const items = w.rng.int(3, 6);
  for (let i = 1; i <= items; i++) {
    d.put(`${i}. `);
    if (personal && i > 1 && w.rng.chance(0.5)) {
      const p = w.pupil();
      const type =
        kind === 'SEN review'
          ? 'sen'
          : kind === 'Safeguarding team'
            ? 'safeguarding'
            : w.rng.pick(['health', 'safeguarding'] as const);
      specialNote(d, w, type, p);
      if (w.rng.chance(0.3)) d.add(t` (UPN ${pii('upn', anyUpn(w.rng))})`);
      if (w.rng.chance(0.2)) d.add(t` DOB: ${dob(w, p)}.`);
      d.put(' ', paragraph(w, MINUTES, 1), '\n\n');
    } else {
      d.put(paragraph(w, MINUTES, w.rng.int(2, 4)), '\n\n');
    }
  }
};

export const pastoralLog: DocumentKind = (d, w) => {
  d.put(`Pastoral log — week beginning ${w.date()}\n\n`);
  const entries = w.rng.int(4, 9);
  for (let i = 0; i < entries; i++) {
    const p = w.pupil();
    d.put(`${String(w.rng.int(1, 28)).padStart(2, '0')}/${String(w.rng.int(1, 12)).padStart(2, '0')} ${w.time()} — `);
    const what = w.rng.weighted([
      ['behaviour', 6],
      ['special', 3],
      ['call', 2],
    ] as const);
    if (what === 'special') anySpecialNote(d, w, p);
    else if (what === 'call')
      d.add(
        t`${p.full} (${p.form}): phoned home, spoke to ${p.his} grandmother on ${pii('phone_number', ukPhone(w.rng))}.`,
      );
    else {
      d.put(
        `${p.full} (${p.form}): ${w.rng.pick(['late to registration for the third time this week', 'removed from science for low-level disruption', 'lost a planner, replacement issued', 'excellent effort in the house quiz', 'missed detention, rearranged for tomorrow'])}.`,
      );
    }
    d.put('\n');
  }
  d.put('\n');
};

type Column = readonly [string, (w: World, p: Pupil) => string | ReturnType<typeof pii>];

const TABLES: readonly (readonly Column[])[] = [
  [
    ['Name', (w, p) => p.full],
    ['UPN', (w) => pii('upn', anyUpn(w.rng))],
    ['DOB', (w, p) => dob(w, p)],
    [
      'Medical needs',
      (w) =>
        w.rng.chance(0.5)
          ? pii(
              'health',
              w.rng.pick(['Asthma - inhaler in class', 'Nut allergy (EpiPen)', 'Type 1 diabetes', 'Epilepsy']),
            )
          : 'None',
    ],
    ['Emergency contact', (w) => pii('phone_number', ukPhone(w.rng, 'mobile'))],
  ],
  [
    ['Pupil', (w, p) => p.full],
    ['Year', (w, p) => String(p.year)],
    ['UPN', (w) => pii('upn', anyUpn(w.rng))],
    ['SEN status', (w) => w.rng.pick(['K', 'E', 'N'])],
    ['Primary need', (w) => pii('sen', w.rng.pick(['Dyslexia', 'Autism (ASD)', 'Speech and language', 'Dyspraxia']))],
  ],
  [
    ['Staff name', (w, p) => p.full],
    ['Date of birth', (w) => pii('date_of_birth', anyDateFormat(w.rng, birthDate(w.rng, 'staff')))],
    ['NI number', (w) => pii('ni_number', ni(w.rng))],
    ['Driving licence', (w, p) => pii('driving_licence', licence(w, p, birthDate(w.rng, 'staff')))],
    ['Mobile', (w) => pii('phone_number', ukPhone(w.rng, 'mobile'))],
  ],
  [
    ['Name', (w, p) => p.full],
    ['DOB', (w, p) => dob(w, p)],
    ['Passport no', (w) => pii('passport_number', passportNumber(w.rng))],
    ['NHS number', (w) => pii('nhs_number', nhsNumber(w.rng))],
    ['Parent email', (w, p) => pii('email_address', w.personalEmail(p))],
  ],
  [
    ['Payee', (w, p) => p.full],
    ['Sort code / account number', (w) => pii('bank_account', `${sortCode(w.rng)} ${accountNumber(w.rng)}`)],
    ['Amount', (w) => w.money()],
    ['Reference', (w) => `TRIP${w.rng.digits(4)}`],
  ],
  [
    ['Learner', (w, p) => p.full],
    ['ULN', (w) => pii('uln', uln(w.rng))],
    ['Date of birth', (w, p) => dob(w, p)],
    ['Email', (w, p) => pii('email_address', w.pupilEmail(p))],
  ],
];

export const register: DocumentKind = (d, w) => {
  const columns = w.rng.pick(TABLES);
  const sep = w.rng.chance(0.5) ? ' | ' : '\t';
  d.put(`${w.rng.pick(['Class list', 'Register export', 'Contact sheet', 'Tracking sheet'])} — ${w.month()}\n\n`);
  d.put(columns.map(([h]) => h).join(sep), '\n');
  const rows = w.rng.int(4, 12);
  for (let r = 0; r < rows; r++) {
    const p = w.pupil();
    columns.forEach(([, cell], i) => {
      if (i > 0) d.put(sep);
      d.put(cell(w, p));
    });
    d.put('\n');
  }
  d.put('\n');
};

export const hrRecord: DocumentKind = (d, w) => {
  const s = w.staff();
  d.put(`Pre-employment checks — ${s.full}, ${s.role}\n\n`);
  d.add(t`Date of birth: ${dob(w, s)}\nNational Insurance number: ${pii('ni_number', ni(w.rng))}\n`);
  if (w.rng.chance(0.6)) d.add(t`Identity seen: passport number ${pii('passport_number', passportNumber(w.rng))}\n`);
  else d.add(t`Identity seen: driving licence ${pii('driving_licence', licence(w, s))}\n`);
  d.put('Home address: ');
  addressBlock(d, homeAddress(w.rng), false);
  d.add(
    t`\nPersonal mobile: ${pii('phone_number', ukPhone(w.rng, 'mobile'))}\nPersonal email: ${pii('email_address', w.personalEmail(s))}\n`,
  );
  d.add(
    t`Salary to be paid into bank account: sort code ${pii('bank_account', `${sortCode(w.rng)}, account number ${accountNumber(w.rng)}`)}\n`,
  );
  d.put(`DBS certificate issued ${w.date()}; references received from two previous employers.\n\n`);
  d.put(paragraph(w, POLICY, 2), '\n\n');
};

export const financeNote: DocumentKind = (d, w) => {
  d.put(`Card payments taken by telephone — ${w.month()}\n\n`);
  const n = w.rng.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = w.pupil();
    d.add(
      t`${p.last} family, ${w.money()} for the trip to ${w.place()}: Visa debit card ${pii('payment_card', paymentCard(w.rng))}, expires ${w.rng.int(1, 12)}/2${w.rng.int(6, 9)}.\n`,
    );
  }
  if (w.rng.chance(0.3)) d.add(t`Supplier refund due to IBAN ${pii('iban', iban(w.rng))}.\n`);
  d.put('\nPlease shred this sheet once the payments have been processed.\n\n');
};

export const schemeOfWork: DocumentKind = (d, w) => {
  d.put(
    `${w.subject()[0]!.toUpperCase()}${w.subject().slice(1)} — Year ${w.year()} scheme of work, ${w.rng.pick(['autumn', 'spring', 'summer'])} term\n\n`,
  );
  const lessons = w.rng.int(4, 8);
  for (let i = 1; i <= lessons; i++) {
    d.put(`Lesson ${i}\n\n`);
    paragraphs(d, w, CURRICULUM, w.rng.int(1, 3));
  }
};

/** How often each kind appears: a drive is mostly policies, letters, newsletters and email. */
export const KINDS: readonly (readonly [DocumentKind, number])[] = [
  [policy, 14],
  [schemeOfWork, 20],
  [newsletter, 12],
  [letterHome, 14],
  [staffEmail, 16],
  [minutes, 10],
  [pastoralLog, 3],
  [register, 2],
  [hrRecord, 1],
  [financeNote, 0.8],
];
