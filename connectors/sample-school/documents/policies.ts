/**
 * policies/: the school's policies. They speak of medical conditions, SEN and child protection in
 * general terms and name no pupil, which is what a scanner must not flag.
 */
import type { Doc, Format, PlannedFile } from './doc';
import { heading, ordinary, para } from './doc';

const POLICIES: readonly [string, Format, readonly (readonly [string, readonly string[]])[]][] = [
  [
    'Safeguarding and child protection policy',
    '.docx',
    [
      [
        'Purpose',
        [
          'Everyone who comes into contact with children has a role to play in safeguarding. This policy follows Keeping Children Safe in Education 2025.',
        ],
      ],
      [
        'Recognising abuse',
        [
          'Staff are trained to recognise the signs of physical abuse, emotional abuse, sexual abuse and neglect, and know that children may not feel ready to tell anyone.',
          'All staff should be aware that children can be at risk of harm outside their families, including child criminal exploitation and county lines.',
        ],
      ],
      [
        'If a child discloses',
        [
          'If a child discloses abuse, staff listen, do not promise confidentiality, and record what was said in the child\u2019s own words on CPOMS the same day.',
          'Where a child is at risk of significant harm, the DSL makes a referral to children\u2019s social care without delay.',
        ],
      ],
      [
        'Looked-after children',
        [
          'The designated teacher works with the virtual school head to promote the education of looked-after and previously looked-after children.',
        ],
      ],
      [
        'Allegations against staff',
        [
          'Any allegation against a member of staff is reported to the headteacher, who consults the LADO within one working day.',
        ],
      ],
    ],
  ],
  [
    'Supporting pupils with medical conditions',
    '.docx',
    [
      [
        'Aims',
        [
          'Pupils with medical conditions are properly supported so that they have full access to education, including trips and PE.',
        ],
      ],
      [
        'Individual healthcare plans',
        [
          'Where a pupil has a long-term condition such as asthma, diabetes or epilepsy, the school agrees an individual healthcare plan with the family and the school nursing service.',
        ],
      ],
      [
        'Medicines',
        [
          'Medication is only given with written parental consent. Inhalers and adrenaline auto-injectors are kept with the pupil or in the medical room, never locked away.',
        ],
      ],
    ],
  ],
  [
    'SEND policy',
    '.odt',
    [
      [
        'Definition',
        [
          'A pupil has special educational needs if they have a learning difficulty or disability which calls for special educational provision.',
        ],
      ],
      [
        'The graduated approach',
        [
          'Teachers adapt their teaching for all learners. Where a pupil continues to make less than expected progress, the SENCO and family agree SEN support.',
        ],
      ],
      [
        'EHC plans',
        [
          'Where needs are complex, the school or parents may request an education, health and care needs assessment from the local authority.',
        ],
      ],
    ],
  ],
  [
    'Online safety policy',
    '.pdf',
    [
      [
        'Scope',
        ['This policy covers the use of technology in school and online behaviour that affects the school community.'],
      ],
      [
        'Filtering and monitoring',
        [
          'The school uses web filtering and monitoring. The DSL reviews monitoring reports weekly with the IT technician.',
        ],
      ],
      [
        'Staff conduct',
        [
          'Staff use school accounts for all communication with pupils and never share personal phone numbers or social media accounts with pupils.',
        ],
      ],
    ],
  ],
  [
    'Acceptable use agreement - pupils',
    '.md',
    [
      [
        'I will',
        [
          '- keep my password private',
          '- only use school devices for school work',
          '- tell a teacher if I see something online that upsets me',
        ],
      ],
      [
        'I will not',
        ['- share photos of other people without their permission', '- try to get round the school filter'],
      ],
    ],
  ],
  [
    'Data protection policy',
    '.html',
    [
      [
        'Principles',
        [
          'Personal data is processed lawfully, fairly and transparently, collected for specified purposes, and kept no longer than necessary.',
        ],
      ],
      [
        'Special category data',
        [
          'Health information, SEN information and safeguarding records are special category or sensitive data and are held with additional safeguards.',
        ],
      ],
      [
        'Breaches',
        [
          'Any suspected data breach is reported to the data protection officer immediately, and to the ICO within 72 hours where required.',
        ],
      ],
    ],
  ],
  [
    'Behaviour policy',
    '.docx',
    [
      [
        'Our expectations',
        [
          'Ready, respectful, safe. Staff recognise good behaviour consistently and follow the same steps when behaviour falls short.',
        ],
      ],
      ['Reasonable adjustments', ['Adjustments are made for pupils with SEND, in line with the Equality Act 2010.']],
    ],
  ],
  [
    'Attendance policy',
    '.docx',
    [
      [
        'Expectations',
        [
          'Pupils are expected to attend every day the school is open. Parents should phone the attendance line before 08:30 on each day of absence.',
        ],
      ],
      [
        'Support',
        [
          'Where attendance falls below 90%, the attendance officer works with the family to remove barriers, which may include health or wellbeing needs.',
        ],
      ],
    ],
  ],
  [
    'Anti-bullying policy',
    '.odt',
    [
      [
        'Definition',
        [
          'Bullying is repeated behaviour intended to hurt someone physically or emotionally, often aimed at groups because of race, religion, gender, sexual orientation or disability.',
        ],
      ],
      ['Reporting', ['Pupils can report bullying to any member of staff or through the online form.']],
    ],
  ],
  [
    'Intimate care policy',
    '.txt',
    [
      [
        'Principles',
        ['Intimate care is carried out by trained staff, with dignity and privacy respected, and recorded each time.'],
      ],
      ['Plans', ['Every child who needs intimate care has an agreed plan with the family.']],
    ],
  ],
  [
    'Whistleblowing policy',
    '.docx',
    [
      [
        'Raising a concern',
        [
          'Staff can raise concerns about malpractice with the headteacher, the chair of governors, or the NSPCC whistleblowing helpline.',
        ],
      ],
    ],
  ],
  [
    'Charging and remissions policy',
    '.odt',
    [
      [
        'Voluntary contributions',
        [
          'The school may ask for voluntary contributions for trips. No pupil is left out because their family cannot contribute.',
        ],
      ],
      [
        'Remissions',
        [
          'Families receiving certain benefits are not charged for board and lodging on residential visits that are part of the curriculum.',
        ],
      ],
    ],
  ],
  [
    'First aid policy',
    '.odt',
    [
      [
        'First aiders',
        ['There are at least four trained first aiders on site during the school day, listed in every classroom.'],
      ],
      [
        'Recording',
        ['All injuries are recorded in the accident book. Head injuries are reported to parents the same day.'],
      ],
    ],
  ],
  [
    'Complaints procedure',
    '.html',
    [
      ['Stage 1', ['Most concerns are resolved informally by talking to the class teacher or head of year.']],
      [
        'Stage 2',
        ['Formal complaints go to the headteacher in writing, and to a governors panel if still unresolved.'],
      ],
    ],
  ],
  [
    'Exams policy',
    '.md',
    [
      ['Entries', ['The exams officer makes all entries. Heads of department confirm tiers by the board deadline.']],
      [
        'Access arrangements',
        [
          'Access arrangements are based on evidence of need and on the candidate\u2019s normal way of working, as set out in the JCQ regulations.',
        ],
      ],
    ],
  ],
  [
    'Relationships and sex education policy',
    '.docx',
    [
      ['Content', ['RSE is taught in PSHE lessons, in line with statutory guidance, and is age-appropriate.']],
      [
        'Right to withdraw',
        ['Parents may ask to withdraw their child from sex education but not from relationships or health education.'],
      ],
    ],
  ],
  [
    'Staff code of conduct',
    '.pdf',
    [
      [
        'Professional boundaries',
        [
          'Staff do not give pupils personal contact details, do not meet pupils outside school activities, and do not follow pupils on social media.',
        ],
      ],
      ['Gifts', ['Staff do not give pupils gifts, except as part of an agreed reward system.']],
    ],
  ],
  [
    'Looked-after children policy',
    '.txt',
    [
      [
        'Designated teacher',
        ['The school has a designated teacher for looked-after and previously looked-after children.'],
      ],
      [
        'Personal education plans',
        ['Each looked-after child has a personal education plan, reviewed termly with the virtual school and carers.'],
      ],
    ],
  ],
  [
    'Privacy notice for pupils and parents',
    '.html',
    [
      [
        'What we collect',
        [
          'We collect names, contact details, attendance, assessment results, relevant medical information, special educational needs information and, where relevant, safeguarding information.',
        ],
      ],
      [
        'Who we share with',
        [
          'We share data with the local authority and the Department for Education where the law requires it, and with the NHS school nursing service.',
        ],
      ],
    ],
  ],
  [
    'Health and safety policy',
    '.odt',
    [
      [
        'Responsibilities',
        [
          'The trust board has overall responsibility; the headteacher manages day-to-day health and safety with the site manager.',
        ],
      ],
      ['Risk assessment', ['Risk assessments are reviewed annually and after any significant incident.']],
    ],
  ],
];

export function policyDocuments(): PlannedFile[] {
  const files = POLICIES.map(([title, format, sections]) =>
    ordinary(`policies/${title}${format}`, policyDoc(title, sections)),
  );
  // The safeguarding policy is also published on the website as a PDF.
  const [safeguarding] = POLICIES;
  files.push(ordinary(`policies/Published/${safeguarding![0]}.pdf`, policyDoc(safeguarding![0], safeguarding![2])));
  files.push(
    ordinary('policies/Policy review schedule.pptx', {
      title: 'Policy review schedule 2025-26',
      blocks: [
        heading('Autumn'),
        para('Safeguarding and child protection; behaviour; online safety; charging and remissions.'),
        heading('Spring'),
        para('SEND; supporting pupils with medical conditions; attendance; data protection.'),
        heading('Summer'),
        para('Anti-bullying; first aid; health and safety; exams.'),
      ],
    }),
  );
  return files;
}

function policyDoc(title: string, sections: readonly (readonly [string, readonly string[]])[]): Doc {
  return {
    title: `Oakfield Academy - ${title}`,
    blocks: [
      para('Approved by the governing board, autumn 2025. Next review: autumn 2026.'),
      ...sections.flatMap(([h, paragraphs]) => [heading(h), ...paragraphs.map(para)]),
    ],
  };
}
