/** Conduct: what pupils (and sometimes staff) do online, from filter workarounds to lost data. */
import type { Scenario } from './scenario';

const FILTERING: readonly Scenario[] = [
  {
    category: 'filtering-bypass',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description: `${c.a} was using a web proxy site on a classroom PC to reach games and video sites.`,
      evidenceLocation: 'Filtering log for the PC; proxy address noted by IT',
      actionTaken: 'Proxy blocked.',
    }),
    actions: [{ what: 'Ask the filtering provider to add the proxy family', owner: 'it', days: 7 }],
    closure: { outcome: 'Proxy category blocked; pupil warned.', lessonsLearnt: 'none' },
  },
  {
    category: 'filtering-bypass',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description:
        `Several Year ${c.year} pupils, including ${c.a}, are using a VPN app on their phones to get round the ` +
        `school Wi-Fi filter. ${c.b} has been showing others how to install it.`,
      evidenceLocation: 'Wi-Fi logs show VPN traffic from pupil devices',
      actionTaken: 'Pupil Wi-Fi now blocks known VPN services.',
    }),
    actions: [{ what: 'Letter to Year group parents about VPN apps', owner: 'office', days: 7 }],
    closure: {
      outcome: 'VPNs blocked on the pupil network; letter sent home.',
      lessonsLearnt: 'Check for VPN traffic in the weekly filter report.',
    },
  },
  {
    category: 'filtering-bypass',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description: `${c.a} installed a browser extension on a Chromebook that hides browsing from the monitoring software.`,
      evidenceLocation: 'Chromebook held by IT; extension name recorded',
      actionTaken: 'Extension removed; extensions now allow-listed only.',
    }),
    closure: { outcome: 'Sanction; extension policy changed.', lessonsLearnt: 'Allow-list extensions from the start.' },
  },
  {
    category: 'filtering-bypass',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `Pupils in the library connected school laptops to a hotspot from ${c.a}'s phone to get unfiltered internet. ` +
        `${c.b} was using it to watch streams.`,
      evidenceLocation: 'Laptop network logs',
      actionTaken: 'Laptops now refuse to join networks other than the school\u2019s.',
    }),
    actions: [{ what: 'Lock laptop Wi-Fi settings for pupil accounts', owner: 'it', days: 10 }],
    closure: { outcome: 'Settings locked; pupils warned.', lessonsLearnt: 'none' },
  },
  {
    category: 'filtering-bypass',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description: `Monitoring alerts show ${c.a} trying translation-site workarounds to reach blocked social media.`,
      evidenceLocation: 'Monitoring console alerts',
      actionTaken: 'Translation proxy feature blocked.',
    }),
  },
  {
    category: 'filtering-bypass',
    location: 'school-system',
    pupils: 0,
    reporter: 'it',
    story: (c) => ({
      description:
        `The morning filter report shows that the Year ${c.year} computer room had no filtering for about 40 ` +
        'minutes yesterday after a network switch was reset.',
      evidenceLocation: 'Filter report and switch logs, kept by IT',
      actionTaken: 'Switch configuration restored; room checked against the test sites.',
    }),
    actions: [
      { what: 'Check the browsing history of the 40 minutes for harmful content', owner: 'it', days: 3 },
      { what: 'Add a filter check after any network change to the IT checklist', owner: 'it', days: 14 },
    ],
    closure: {
      outcome: 'Nothing harmful found in the 40 minutes; checklist updated.',
      lessonsLearnt: 'Filtering is tested after every network change, not once a term.',
      parentsNotInformed: 'No pupil was affected: no harmful browsing in the period.',
    },
  },
];

const NUDES: readonly Scenario[] = [
  {
    category: 'nudes-sharing',
    location: 'outside-school',
    pupils: 2,
    late: true,
    adultInvolved: 'no',
    immediateRisk: 'no',
    story: (c) => ({
      description:
        `${c.a} disclosed that a semi-nude image ${c.fa} sent to ${c.b} has been shared with others in Year ` +
        `${c.year}. The image has not been viewed by staff.`,
      evidenceLocation: 'Believed to be on pupils\u2019 own phones; not viewed or searched for',
      actionTaken: 'DSL spoke to the pupil; followed the UKCIS guidance; parents informed.',
    }),
    actions: [
      { what: 'Help the pupil use Report Remove', owner: 'dsl', days: 2 },
      { what: 'Speak to the pupils the image was shared with', owner: 'deputy', days: 3 },
    ],
    closure: {
      outcome: 'Image reported through Report Remove; pupils who shared it sanctioned; support in place.',
      lessonsLearnt: 'Year group RSHE lesson on consent and image sharing brought forward.',
    },
  },
  {
    category: 'nudes-sharing',
    location: 'personal-device-in-school',
    pupils: 1,
    adultInvolved: 'no',
    story: (c) => ({
      description:
        `${c.a} was seen showing a nude image on their phone to friends in the changing rooms; it is believed to be ` +
        `of a pupil in Year ${c.year}. Staff did not look at the image.`,
      evidenceLocation: `${c.fa}'s phone, switched off and held by the DSL without being viewed`,
      actionTaken: 'Phone secured; DSL informed at once.',
      staff: [c.colleague],
    }),
    actions: [{ what: 'Identify and support the pupil in the image', owner: 'dsl', days: 2 }],
    closure: {
      outcome: 'Handled in school under the UKCIS guidance; image deleted with parents present.',
      lessonsLearnt: 'Changing-room phone rule restated to all PE staff.',
    },
  },
  {
    category: 'nudes-sharing',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    adultInvolved: 'yes',
    immediateRisk: 'not-sure',
    story: (c) => ({
      description:
        `${c.a} told the school nurse that an adult met online asked for images in exchange for gift cards, and ` +
        `that ${c.fa} has sent one.`,
      evidenceLocation: 'On the pupil\u2019s phone; not viewed by staff',
      actionTaken: 'DSL informed; police called; the parent came into school.',
      external: ['adult on Snapchat, name not known'],
    }),
    actions: [{ what: 'Follow up with the police officer in charge', owner: 'dsl', days: 7 }],
    closure: {
      outcome: 'Police investigation; the account was traced; the pupil has counselling.',
      lessonsLearnt: 'Sextortion warning sent to all parents.',
      referrals: [
        { agency: 'police', reference: 'Police ref. PR-2602-0955' },
        { agency: 'ceop', reference: 'CEOP-4512' },
      ],
    },
  },
];

const DATA: readonly Scenario[] = [
  {
    category: 'data-breach',
    location: 'school-system',
    pupils: 0,
    reporter: 'office',
    story: (c) => ({
      description:
        `A spreadsheet of Year ${c.year} pupils' special educational needs was emailed to a parent in error ` +
        'instead of a trip letter. The parent has confirmed they deleted it.',
      evidenceLocation: 'Sent email in the office mailbox',
      actionTaken: 'Recall attempted; the parent phoned and confirmed deletion in writing.',
      staff: [c.colleague],
    }),
    actions: [
      { what: 'Decide whether the breach must be reported to the ICO', owner: 'dpo', days: 2 },
      { what: 'Turn on the external-recipient warning for the office mailbox', owner: 'it', days: 7 },
    ],
    closure: {
      outcome:
        'DPO judged the risk low after deletion was confirmed: not reportable to the ICO. Recorded in the breach log.',
      lessonsLearnt: 'Attachments with pupil data are sent from the MIS, not by email.',
      parentsNotInformed: 'DPO assessed the risk to the pupils as low after confirmed deletion.',
      closedBy: 'dpo',
    },
  },
  {
    category: 'data-breach',
    location: 'not-known',
    pupils: 0,
    story: () => ({
      description:
        'A teacher\u2019s laptop with marked assessments on it was left on a train. The laptop is encrypted.',
      evidenceLocation: 'Lost property report made to the train company',
      actionTaken: 'Laptop disabled and wiped remotely by IT.',
    }),
    actions: [{ what: 'Confirm the remote wipe completed', owner: 'it', days: 2 }],
    closure: {
      outcome: 'Wipe confirmed; the data was encrypted, so not reportable.',
      lessonsLearnt: 'none',
      parentsNotInformed: 'Encrypted device wiped: no risk to pupils.',
      closedBy: 'dpo',
    },
  },
  {
    category: 'data-breach',
    location: 'school-system',
    pupils: 0,
    reporter: 'data',
    story: (c) => ({
      description:
        `Year ${c.year} reports were shared through a Drive link set to "anyone with the link". Found during the ` +
        'sharing audit.',
      evidenceLocation: 'Drive audit log; the folder is in the data manager\u2019s drive',
      actionTaken: 'Link access removed the same day.',
    }),
    actions: [
      { what: 'Check the access log for views from outside the school', owner: 'data', days: 3 },
      { what: 'Decide whether the breach must be reported to the ICO', owner: 'dpo', days: 3 },
    ],
    closure: {
      outcome: 'No access from outside the school in the log; not reportable.',
      lessonsLearnt: 'Weekly sharing audit now runs automatically.',
      parentsNotInformed: 'The access log shows nobody outside the school opened the reports.',
      closedBy: 'dpo',
    },
  },
  {
    category: 'data-breach',
    location: 'not-known',
    pupils: 0,
    reporter: 'office',
    story: () => ({
      description:
        'A printed class list with pupils\u2019 medical needs was found in a corridor by a visitor and handed to reception.',
      evidenceLocation: 'The list is in the office safe',
      actionTaken: 'List secured; staff asked who printed it.',
    }),
    actions: [{ what: 'Remind staff about printing sensitive lists', owner: 'office', days: 5 }],
  },
];

const ACCOUNTS: readonly Scenario[] = [
  {
    category: 'account-misuse',
    location: 'school-system',
    pupils: 2,
    story: (c) => ({
      description:
        `${c.a} signed in to ${c.b}'s school account with a password seen over their shoulder and deleted ` +
        `${c.fb}'s homework.`,
      evidenceLocation: 'Sign-in log in the admin console',
      actionTaken: 'Password reset; homework restored from the drive\u2019s bin.',
    }),
    actions: [{ what: 'Lesson for the class on keeping passwords private', owner: 'reporter', days: 10 }],
    closure: { outcome: 'Sanction; work restored.', lessonsLearnt: 'none' },
  },
  {
    category: 'account-misuse',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description: `${c.a} shared their password with friends so they could do ${c.fa}'s online homework quizzes.`,
      evidenceLocation: 'Sign-ins from several devices at once in the admin console',
      actionTaken: 'Password reset.',
    }),
    closure: { outcome: 'Pupil spoken to; quizzes reset.', lessonsLearnt: 'none' },
  },
  {
    category: 'account-misuse',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description:
        `A supply teacher left their account signed in on the classroom PC; ${c.a} used it to send an email to ` +
        'the whole year group.',
      evidenceLocation: 'Sent email in the supply account; the PC\u2019s sign-in log',
      actionTaken: 'Account signed out everywhere; the email recalled.',
    }),
    actions: [{ what: 'Set classroom PCs to lock after 5 minutes idle', owner: 'it', days: 14 }],
    closure: {
      outcome: 'Pupil sanctioned; screen lock policy applied.',
      lessonsLearnt: 'Supply staff induction now covers locking screens.',
    },
  },
  {
    category: 'account-misuse',
    location: 'school-system',
    pupils: 1,
    reporter: 'it',
    story: (c) => ({
      description:
        `${c.a}'s school account sent phishing emails to other pupils. It was probably taken over after ${c.fa} ` +
        'used the same password on a gaming site.',
      evidenceLocation: 'Admin console alerts and the sent messages',
      actionTaken: 'Account locked, password reset, messages purged from inboxes.',
    }),
    actions: [{ what: 'Turn on two-step sign-in for pupils in Years 10 and 11', owner: 'it', days: 30 }],
  },
  {
    category: 'account-misuse',
    location: 'school-system',
    pupils: 0,
    reporter: 'it',
    story: (c) => ({
      description: `Sign-ins from abroad were blocked on ${c.colleague}'s account by two-step verification.`,
      evidenceLocation: 'Sign-in log in the admin console',
      actionTaken: 'Password reset with the member of staff.',
      staff: [c.colleague],
    }),
    closure: {
      outcome: 'No access gained; password changed.',
      lessonsLearnt: 'Two-step verification worked as intended.',
      parentsNotInformed: 'No pupil was involved.',
    },
  },
];

const DEVICES: readonly Scenario[] = [
  {
    category: 'device-misuse',
    location: 'personal-device-in-school',
    pupils: 1,
    story: (c) => ({
      description:
        `${c.a} took a photo of ${c.colleague} during a lesson without consent and posted it on Snapchat with a ` +
        'rude caption.',
      evidenceLocation: 'Screenshot of the post, shown to the Head of Year by another pupil',
      actionTaken: 'Pupil asked to delete the post; phone confiscated for the day.',
      staff: [c.colleague],
    }),
    actions: [{ what: 'Check in with the member of staff', owner: 'deputy', days: 2 }],
    closure: { outcome: 'Post deleted; sanction applied.', lessonsLearnt: 'none' },
  },
  {
    category: 'device-misuse',
    location: 'personal-device-in-school',
    pupils: 3,
    story: (c) => ({
      description: `${c.a} filmed a fight between ${c.b} and ${c.c} on the field, and the video was posted on TikTok.`,
      evidenceLocation: 'Video online; the link is on the pastoral record',
      actionTaken: 'Video reported to the platform; all three pupils spoken to.',
    }),
    actions: [{ what: 'Check the video has been taken down', owner: 'pastoral', days: 3 }],
    closure: { outcome: 'Video removed; sanctions for the fight and the filming.', lessonsLearnt: 'none' },
  },
  {
    category: 'device-misuse',
    location: 'personal-device-in-school',
    pupils: 1,
    story: (c) => ({
      description: `${c.a} used their phone to photograph another pupil's answers during a mock exam.`,
      evidenceLocation: 'Phone seen by the invigilator; nothing copied',
      actionTaken: 'Reported to the exams officer.',
    }),
    closure: { outcome: 'Mock paper disqualified; pupil spoken to.', lessonsLearnt: 'none' },
  },
  {
    category: 'device-misuse',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description: `${c.a} used a class-set iPad to AirDrop a rude image to other devices in the room.`,
      evidenceLocation: 'iPad held by IT',
      actionTaken: 'AirDrop turned off on the class set.',
    }),
    actions: [{ what: 'Turn off AirDrop on every class iPad', owner: 'it', days: 7 }],
  },
];

const OTHER: readonly Scenario[] = [
  {
    category: 'copyright',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description: `${c.a} submitted a coursework essay that was produced with an AI tool and copied word for word.`,
      evidenceLocation: 'The essay and the similarity report, with the exams officer',
      actionTaken: 'Exams officer informed; malpractice procedure followed.',
    }),
    closure: { outcome: 'Essay rewritten under supervision.', lessonsLearnt: 'AI use guidance given to Year 10.' },
  },
  {
    category: 'copyright',
    location: 'school-system',
    pupils: 1,
    story: (c) => ({
      description: `${c.a} uploaded copies of paid revision guides to a shared drive and sent the link to the year group.`,
      evidenceLocation: 'The shared folder in the pupil\u2019s drive',
      actionTaken: 'Folder unshared.',
    }),
    actions: [{ what: 'Delete the copied guides', owner: 'it', days: 3 }],
    closure: { outcome: 'Copies deleted; pupil spoken to about copyright.', lessonsLearnt: 'none' },
  },
  {
    category: 'copyright',
    location: 'school-system',
    pupils: 0,
    story: () => ({
      description: 'Pupils streamed a film from a pirate site on a classroom screen during a wet break.',
      evidenceLocation: 'Filtering log',
      actionTaken: 'Site blocked.',
    }),
  },
  {
    category: 'other',
    location: 'outside-school',
    pupils: 1,
    evening: true,
    immediateRisk: 'not-sure',
    story: (c) => ({
      description:
        `${c.a} appeared in a late-night TikTok livestream from their bedroom and gave out their school and ` +
        'street when viewers asked.',
      evidenceLocation: 'Seen live by an older sibling of a classmate; no recording held',
      actionTaken: 'Parent called the same morning.',
    }),
    actions: [{ what: 'Go through live-streaming settings with the pupil and parent', owner: 'pastoral', days: 7 }],
    closure: {
      outcome: 'Live streaming turned off on the account; family given advice.',
      lessonsLearnt: 'Live-streaming added to the Year 7 online safety lessons.',
    },
  },
  {
    category: 'other',
    location: 'personal-device-in-school',
    pupils: 2,
    story: (c) => ({
      description: `${c.a} said they are being pushed by ${c.b} to do a dangerous viral "challenge" seen on social media.`,
      evidenceLocation: 'Nothing held',
      actionTaken: 'Both pupils spoken to.',
    }),
    actions: [{ what: 'Warning about the challenge in the parent bulletin', owner: 'office', days: 5 }],
    closure: { outcome: 'Bulletin sent; no one was hurt.', lessonsLearnt: 'none' },
  },
  {
    category: 'other',
    location: 'outside-school',
    pupils: 1,
    late: true,
    story: (c) => ({
      description:
        `An Instagram page using the school logo has been posting photos of pupils taken in school without consent. ` +
        `${c.a} is believed to run it.`,
      evidenceLocation: 'The page is public; its address is on the pastoral record',
      actionTaken: 'Page reported for impersonating the school.',
    }),
    actions: [{ what: 'Ask the platform to remove the page', owner: 'office', days: 7 }],
  },
];

/** A report sent with the category left blank: it goes to Needs Attention, not the log. */
const UNCATEGORISED: Scenario = {
  category: undefined,
  location: 'personal-device-in-school',
  pupils: 1,
  flaw: 'no-category',
  story: (c) => ({
    description:
      `Found ${c.a} crying in the toilets. ${c.fa} says someone posted something about them online but would not ` +
      'say what or where.',
    evidenceLocation: 'Nothing seen yet',
    actionTaken: 'Took the pupil to the pastoral base.',
  }),
};

export const CONDUCT: readonly Scenario[] = [
  ...FILTERING,
  ...NUDES,
  ...DATA,
  ...ACCOUNTS,
  ...DEVICES,
  ...OTHER,
  UNCATEGORISED,
];
