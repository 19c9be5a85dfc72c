/** finance/: refunds, card payments, free school meals checks, bank details; and budgets and price lists. */
import {
  accountNumber,
  addressLine,
  cardExpiry,
  cardNumber,
  foreignIban,
  niNumber,
  sortCode,
  ukDate,
  utcDate,
} from '../identifiers';
import { STAFF_DOMAIN, staffByRole } from '../people';
import { AUTUMN_END, AUTUMN_START, type FamilyContext, pupilsWhere, schoolDay, titled } from './context';
import { ordinary, para, personal, type PlannedFile, table } from './doc';

export function financeDocuments(ctx: FamilyContext): PlannedFile[] {
  return [
    refunds(ctx),
    cardLog(ctx),
    phonePayment(ctx),
    fsmChecks(ctx),
    exchangeIban(ctx),
    staffExpenses(ctx),
    musicDirectDebits(ctx),
    ...ordinaryFinance(ctx),
  ];
}

function refunds(ctx: FamilyContext): PlannedFile {
  const reasons = [
    'Ski trip cancelled',
    'Overpayment - dinner money',
    'Theatre trip withdrawn',
    'Music lessons stopped',
  ];
  const pupils = pupilsWhere(ctx, () => true, reasons.length);
  return personal('finance/Parent refunds - autumn 2025.xlsx', ['bank_account'], {
    title: 'Parent refunds - autumn 2025',
    blocks: [
      table([
        ['Parent', 'Pupil', 'Reason', 'Amount', 'Sort code', 'Account number', 'Paid'],
        ...pupils.map((p, i) => [
          p.parent.name,
          p.name,
          reasons[i]!,
          ctx.rng.int(20, 300),
          sortCode(ctx.rng),
          accountNumber(ctx.rng),
          schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END),
        ]),
      ]),
    ],
  });
}

function cardLog(ctx: FamilyContext): PlannedFile {
  const items = ['Paris trip deposit', 'Year 11 prom ticket', 'Music exam fee', 'Revision guides'];
  const pupils = pupilsWhere(ctx, () => true, items.length);
  return personal('finance/Card payments taken by phone.txt', ['payment_card'], {
    title: 'Card payments taken by phone (to be keyed into the terminal, then this file deleted)',
    blocks: [
      table([
        ['Date', 'Parent', 'Pupil', 'Item', 'Card number', 'Expiry'],
        ...pupils.map((p, i) => [
          ukDate(schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END)),
          p.parent.name,
          p.name,
          items[i]!,
          cardNumber(ctx.rng),
          cardExpiry(ctx.rng),
        ]),
      ]),
    ],
  });
}

function phonePayment(ctx: FamilyContext): PlannedFile {
  const p = pupilsWhere(ctx, (x) => x.year === 9, 1)[0]!;
  return personal('finance/Trip payment taken by phone - note.odt', ['payment_card'], {
    title: 'Note of trip payment taken by phone',
    blocks: [
      para(
        `${p.parent.title} ${p.parent.name} rang on ${ukDate(schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END))} to pay the Paris deposit for ${p.forename} (${p.form}).`,
      ),
      para(`Visa debit card number ${cardNumber(ctx.rng)}, expiry ${cardExpiry(ctx.rng)}. Amount £150.00.`),
      para('Payment to be processed by the finance officer in the morning.'),
    ],
  });
}

function fsmChecks(ctx: FamilyContext): PlannedFile {
  const pupils = pupilsWhere(ctx, (p) => p.year === 7, 8);
  return personal('finance/Free school meals eligibility checks.csv', ['ni_number', 'date_of_birth'], {
    title: 'Free school meals eligibility checks',
    blocks: [
      table([
        ['Parent surname', 'Parent forename', 'Parent date of birth', 'Parent NI number', 'Pupil', 'Form', 'Result'],
        ...pupils.map((p) => {
          const [forename = '', ...rest] = p.parent.name.split(' ');
          const born = utcDate(ctx.rng.int(1975, 1992), ctx.rng.int(1, 12), ctx.rng.int(1, 28));
          return [
            rest.join(' '),
            forename,
            ukDate(born),
            niNumber(ctx.rng),
            p.name,
            p.form,
            ctx.rng.pick(['Eligible', 'Not eligible', 'Eligible']),
          ];
        }),
      ]),
    ],
  });
}

function exchangeIban(ctx: FamilyContext): PlannedFile {
  const trips = staffByRole(ctx.people, 'Teacher of French');
  const iban = foreignIban(ctx.rng);
  return personal(
    'finance/Bank details for host family reimbursement.eml',
    ['iban', 'email_address'],
    {
      title: 'RE: Bank details for host family reimbursement',
      blocks: [
        para('Hello,'),
        para(
          `Please pay the host family reimbursement for the exchange (EUR 180) to Mme Camille Laurent, IBAN ${iban}.`,
        ),
        para('She hosted two of our pupils in October. The invoice is attached to the trip file.'),
        para(`Thanks,\n${trips.name}`),
      ],
    },
    {
      from: `${trips.name} <${trips.email}>`,
      to: `finance@${STAFF_DOMAIN}`,
      date: schoolDay(ctx.rng, AUTUMN_START, AUTUMN_END),
    },
  );
}

function staffExpenses(ctx: FamilyContext): PlannedFile {
  const claims = [
    'Mileage - county netball',
    'Art materials',
    'Train fare - exam board training',
    'Food tech ingredients',
  ];
  const staff = ctx.rng.sample(ctx.people.staff.slice(12), claims.length);
  return personal('finance/Staff expense claims - October.ods', ['bank_account'], {
    title: 'Staff expense claims - October',
    blocks: [
      table([
        ['Staff member', 'Claim', 'Amount', 'Sort code', 'Account number', 'Approved by'],
        ...staff.map((s, i) => [
          s.name,
          claims[i]!,
          ctx.rng.int(12, 90),
          s.sortCode,
          s.account,
          titled(staffByRole(ctx.people, 'School Business Manager')),
        ]),
      ]),
    ],
  });
}

function musicDirectDebits(ctx: FamilyContext): PlannedFile {
  const pupils = pupilsWhere(ctx, () => true, 5);
  return personal('finance/Music tuition direct debits.pdf', ['bank_account', 'postal_address'], {
    title: 'Music tuition direct debit mandates - spring 2026',
    blocks: [
      table([
        ['Payer', 'Address', 'Sort code', 'Account number', 'Instrument'],
        ...pupils.map((p) => [
          p.parent.name,
          addressLine(p.address),
          sortCode(ctx.rng),
          accountNumber(ctx.rng),
          ctx.rng.pick(['Violin', 'Guitar', 'Drums', 'Flute']),
        ]),
      ]),
    ],
  });
}

function ordinaryFinance(ctx: FamilyContext): PlannedFile[] {
  const lines = [
    'Teaching staff',
    'Support staff',
    'Premises',
    'Learning resources',
    'ICT',
    'Catering',
    'Energy',
    'Exam fees',
  ];
  const months = ['Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
  return [
    ordinary('finance/Budget summary 2025-26.xlsx', {
      title: 'Budget summary 2025-26',
      blocks: [
        table(
          [
            ['Budget line', 'Budget (£)', 'Spent to date (£)'],
            ...lines.map((l) => [l, ctx.rng.int(20, 3000) * 1000, ctx.rng.int(10, 1500) * 1000]),
          ],
          'Summary',
        ),
      ],
    }),
    ordinary('finance/Trip and activity price list.pdf', {
      title: 'Trip and activity price list 2025-26',
      blocks: [
        table([
          ['Activity', 'Year', 'Price'],
          ['Paris residential', '9', '£495'],
          ['Robinwood residential', '7', '£240'],
          ['Theatre trip', '10', '£28'],
          ['Ski trip', '10-11', '£1,150'],
        ]),
      ],
    }),
    ordinary('finance/Tuck shop stock.ods', {
      title: 'Tuck shop stock',
      blocks: [
        table([
          ['Item', 'In stock', 'Price (p)'],
          ['Water', 48, 60],
          ['Fruit pot', 30, 80],
          ['Cereal bar', 64, 50],
          ['Toast', 0, 30],
        ]),
      ],
    }),
    ordinary('finance/Purchase order procedure.docx', {
      title: 'Purchase order procedure',
      blocks: [
        para('All orders over £50 need a purchase order raised on the finance system before the goods are ordered.'),
        para('Orders over £5,000 need three quotes; orders over £25,000 go to the trust for approval.'),
        para('Invoices are sent to the finance office, never paid by staff personally.'),
      ],
    }),
    ordinary('finance/Catering income by month.tsv', {
      title: 'Catering income by month',
      blocks: [
        table([
          ['Month', 'Cash (£)', 'Online (£)'],
          ...months.map((m) => [m, ctx.rng.int(300, 900), ctx.rng.int(8000, 14000)]),
        ]),
      ],
    }),
    ordinary('finance/Benchmarking - spend per pupil.csv', {
      title: 'Benchmarking',
      blocks: [
        table([
          ['Category', 'Oakfield (£ per pupil)', 'Similar schools median (£ per pupil)'],
          ...lines.map((l) => [l, ctx.rng.int(40, 4000), ctx.rng.int(40, 4000)]),
        ]),
      ],
    }),
    ordinary('finance/Financial regulations summary.md', {
      title: 'Financial regulations summary',
      blocks: [
        para('The trust financial handbook applies. This summary covers what staff most often need.'),
        para('- Petty cash is limited to £100 and reconciled monthly.'),
        para('- School bank cards are held by the business manager and never lent.'),
        para('- Gifts and hospitality over £25 are declared in the register.'),
      ],
    }),
  ];
}
