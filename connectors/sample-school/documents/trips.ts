/** trips/: passports, medical information, emergency contacts, consent forms, minibus drivers; and itineraries. */
import { addressLine, nhsNumber, passportNumber, ukDate, utcDate } from '../identifiers';
import { STAFF_DOMAIN } from '../people';
import { type FamilyContext, pupilsWhere, schoolDay } from './context';
import { type Format, heading, ordinary, para, personal, type PlannedFile, table } from './doc';

export function tripDocuments(ctx: FamilyContext): PlannedFile[] {
  const paris = pupilsWhere(ctx, (p) => p.year === 9, 16);
  return [
    passports(ctx, paris),
    parisMedical(paris),
    parisContacts(paris),
    hostFamilies(ctx),
    ...consentForms(ctx),
    driverChecks(ctx),
    skiPassports(ctx),
    ...ordinaryTrips(ctx),
  ];
}

function passports(ctx: FamilyContext, pupils: ReturnType<typeof pupilsWhere>): PlannedFile {
  return personal('trips/Paris 2026/Passport details.xlsx', ['passport_number', 'date_of_birth'], {
    title: 'Paris 2026 - passport details',
    blocks: [
      table([
        ['Surname', 'Forename', 'Date of birth', 'Passport number', 'Passport expiry', 'Nationality'],
        ...pupils.map((p) => [
          p.surname,
          p.forename,
          p.born,
          passportNumber(ctx.rng),
          utcDate(ctx.rng.int(2027, 2034), ctx.rng.int(1, 12), ctx.rng.int(1, 28)),
          ctx.rng.pick(['British', 'British', 'British', 'Polish', 'Irish']),
        ]),
      ]),
    ],
  });
}

function parisMedical(pupils: ReturnType<typeof pupilsWhere>): PlannedFile {
  const notes = [
    'Asthma - brings own inhaler',
    'Nut allergy - two EpiPens, carried by group leader',
    'Travel sickness - takes medication before the coach',
    'Type 1 diabetes - insulin pump; check blood sugars at meals',
    'Coeliac - gluten free meals booked',
  ];
  return personal('trips/Paris 2026/Medical and dietary information.docx', ['health'], {
    title: 'Paris 2026 - medical and dietary information (group leaders only)',
    blocks: [
      table([
        ['Pupil', 'Form', 'Medical or dietary need'],
        ...pupils.slice(0, notes.length).map((p, i) => [p.name, p.form, notes[i]!]),
      ]),
    ],
  });
}

function parisContacts(pupils: ReturnType<typeof pupilsWhere>): PlannedFile {
  return personal('trips/Paris 2026/Emergency contacts.csv', ['phone_number'], {
    title: 'Paris 2026 - emergency contacts',
    blocks: [
      table([
        ['Pupil', 'Contact name', 'Relationship', 'Mobile'],
        ...pupils.map((p) => [p.name, p.parent.name, p.parent.relationship, p.parent.phone]),
      ]),
    ],
  });
}

function hostFamilies(ctx: FamilyContext): PlannedFile {
  const hosts = pupilsWhere(ctx, (p) => p.year === 10, 6);
  return personal(
    'trips/Berlin exchange 2026/UK host families.pdf',
    ['postal_address', 'phone_number', 'email_address'],
    {
      title: 'Berlin exchange 2026 - UK host families for the visiting pupils',
      blocks: [
        table([
          ['Host family', 'Home address', 'Phone', 'Email'],
          ...hosts.map((p) => [
            `${p.parent.name} (${p.name}, ${p.form})`,
            addressLine(p.address),
            p.parent.phone,
            p.parent.email,
          ]),
        ]),
      ],
    },
  );
}

function consentForms(ctx: FamilyContext): PlannedFile[] {
  const formats: Format[] = ['.pdf', '.docx'];
  const pupils = pupilsWhere(ctx, (p) => p.year === 7 && p.medical !== undefined, formats.length);
  return pupils.map((p, i) =>
    personal(
      `trips/Year 7 residential - Robinwood/Consent form - ${p.name}${formats[i]}`,
      ['nhs_number', 'date_of_birth', 'phone_number', 'health'],
      {
        title: 'Year 7 residential - Robinwood - consent and medical form',
        blocks: [
          para(`Pupil name: ${p.name}   Form: ${p.form}`),
          para(`Date of birth: ${ukDate(p.born)}`),
          para(`NHS number: ${nhsNumber(ctx.rng)}`),
          heading('Medical information'),
          para(`Please tell us about any medical conditions: ${p.forename} has ${p.medical!.toLowerCase()}.`),
          para(`Emergency contact: ${p.parent.name}, mobile ${p.parent.phone}`),
          para(
            `I give consent for ${p.forename} to take part in all activities and to receive emergency treatment if needed.`,
          ),
          para(`Signed: ${p.parent.name} (${p.parent.relationship.toLowerCase()})`),
        ],
      },
    ),
  );
}

function driverChecks(ctx: FamilyContext): PlannedFile {
  const drivers = ctx.people.staff.filter((s) => s.licence !== undefined);
  return personal('trips/Minibus/Driver licence checks 2025-26.xlsx', ['driving_licence', 'date_of_birth'], {
    title: 'Minibus drivers - licence checks 2025-26',
    blocks: [
      table([
        ['Driver', 'Date of birth', 'Driving licence number', 'D1 entitlement', 'Checked on'],
        ...drivers.map((s) => [
          s.name,
          s.born,
          s.licence!,
          'Yes',
          schoolDay(ctx.rng, utcDate(2025, 9, 3), utcDate(2025, 9, 30)),
        ]),
      ]),
    ],
  });
}

function skiPassports(ctx: FamilyContext): PlannedFile {
  const pupils = pupilsWhere(ctx, (p) => p.year >= 10, 3);
  return personal('trips/Ski trip 2026/Late passport details.odt', ['passport_number'], {
    title: 'Ski trip 2026 - passport details received late',
    blocks: pupils.map((p) =>
      para(
        `${p.name} (${p.form}): passport number ${passportNumber(ctx.rng)}, expires ${ukDate(utcDate(ctx.rng.int(2028, 2033), ctx.rng.int(1, 12), 15))}.`,
      ),
    ),
  });
}

function ordinaryTrips(ctx: FamilyContext): PlannedFile[] {
  return [
    ordinary('trips/Paris 2026/Itinerary.docx', {
      title: 'Paris 2026 - itinerary',
      blocks: [
        para('Day 1: Depart school 05:00, Eurostar from St Pancras, afternoon at the Eiffel Tower.'),
        para('Day 2: Louvre in the morning, river cruise in the afternoon, French café lunch.'),
        para('Day 3: Versailles, return to St Pancras, coach back to school for about 23:00.'),
      ],
    }),
    ordinary('trips/Paris 2026/Kit list.md', {
      title: 'Paris 2026 - kit list',
      blocks: [
        para('- Passport (checked in school the week before)'),
        para('- Euros in a purse or wallet, no more than 100'),
        para('- Comfortable shoes and a waterproof coat'),
        para('- Packed lunch for day 1'),
      ],
    }),
    ordinary('trips/Risk assessment template - day visits.pdf', {
      title: 'Risk assessment template - day visits',
      blocks: [
        para('Complete this form for every visit and send it to the educational visits coordinator two weeks before.'),
        table([
          ['Hazard', 'Who might be harmed', 'Control measures'],
          ['Road traffic', 'Pupils and staff', 'Cross at crossings; staff at front and back'],
          ['Getting lost', 'Pupils', 'Buddy system; meeting point; staff mobiles'],
          ['Medical emergency', 'Anyone', 'First aider on every visit; medical information taken'],
        ]),
      ],
    }),
    ordinary('trips/Year 7 residential - Robinwood/Letter to parents.html', {
      title: 'Year 7 residential at Robinwood - letter to parents',
      blocks: [
        para('Dear parents and carers,'),
        para(
          'We are delighted to offer every Year 7 pupil a place on our three-day residential to Robinwood in June. Activities include climbing, canoeing and a night line.',
        ),
        para(
          'The cost is £240, payable in instalments through the online payment system. Please speak to us in confidence if cost is a barrier.',
        ),
        para('Yours faithfully, Year 7 team'),
      ],
    }),
    ordinary(
      'trips/Coach booking confirmation - Robinwood.eml',
      {
        title: 'Coach booking confirmation - Robinwood',
        blocks: [
          para(
            'The coach for the Year 7 residential is confirmed: two 53-seat coaches, departing school at 08:30 on Monday 15 June and returning Wednesday 17 June at 15:30.',
          ),
          para('Trips office'),
        ],
      },
      {
        from: `trips@${STAFF_DOMAIN}`,
        to: `office@${STAFF_DOMAIN}`,
        date: schoolDay(ctx.rng, utcDate(2026, 1, 12), utcDate(2026, 1, 30)),
      },
    ),
    ordinary('trips/Trips calendar 2025-26.ods', {
      title: 'Trips calendar 2025-26',
      blocks: [
        table([
          ['Trip', 'Year group', 'Date'],
          ['Science museum', '8', utcDate(2025, 11, 13)],
          ['Paris', '9', utcDate(2026, 3, 18)],
          ['Robinwood', '7', utcDate(2026, 6, 15)],
          ['Geography fieldwork', '10', utcDate(2026, 6, 25)],
        ]),
      ],
    }),
  ];
}
