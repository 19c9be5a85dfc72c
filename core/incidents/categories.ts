/**
 * The incident categories, one list for the form, the log, triage and the governors' summary.
 * Groups follow the "4 Cs" of KCSIE (content, contact, conduct, commerce). The illegal-content kinds are
 * separate categories because their routes differ (IWF for child abuse images, counter-terrorism for
 * terrorist material) even though every one of them starts with "do not view, copy or forward".
 */
import type { Category, CategoryFlags, CategoryId } from './types';
import { CATEGORY_IDS } from './types';

const NONE: CategoryFlags = {
  illegal: false,
  sexual: false,
  staffConcern: false,
  dataBreach: false,
  safeguarding: false,
};

function flags(set: Partial<CategoryFlags>): CategoryFlags {
  return { ...NONE, ...set };
}

export const CATEGORIES: readonly Category[] = [
  {
    id: 'cyberbullying',
    label: 'Cyberbullying',
    help: 'Bullying, threats, humiliation or abuse online or by phone, of a pupil or of a member of staff.',
    group: 'conduct',
    flags: flags({ safeguarding: true }),
  },
  {
    id: 'inappropriate-content',
    label: 'Inappropriate content accessed',
    help: 'Pornography, violence, self-harm, hate or other harmful content that is not illegal, seen on purpose or by accident.',
    group: 'content',
    flags: flags({ safeguarding: true }),
  },
  {
    id: 'illegal-csam',
    label: 'Illegal content: child sexual abuse material',
    help: 'Indecent images or videos of anyone under 18 (not images a young person shared of themselves: use "Sharing nudes or semi-nudes"). Do not open, copy or forward them.',
    group: 'content',
    flags: flags({ illegal: true, sexual: true, safeguarding: true }),
  },
  {
    id: 'illegal-extreme-pornography',
    label: 'Illegal content: extreme pornography',
    help: 'Extreme pornographic images (Criminal Justice and Immigration Act 2008). Do not open, copy or forward them.',
    group: 'content',
    flags: flags({ illegal: true, sexual: true, safeguarding: true }),
  },
  {
    id: 'illegal-terrorist',
    label: 'Illegal content: terrorist material',
    help: 'Material that encourages or instructs terrorism, or criminally racist material. Do not copy or forward it.',
    group: 'content',
    flags: flags({ illegal: true, safeguarding: true }),
  },
  {
    id: 'filtering-bypass',
    label: 'Filtering or monitoring bypass',
    help: 'VPNs, proxy sites, hotspots or other ways round the school filtering or monitoring, tried or succeeded.',
    group: 'conduct',
    flags: flags({ safeguarding: true }),
  },
  {
    id: 'nudes-sharing',
    label: 'Sharing nudes or semi-nudes',
    help: 'A young person creating, sharing or being asked for nude or semi-nude images or videos (sometimes called sexting). Do not view, copy or forward the images.',
    group: 'conduct',
    flags: flags({ sexual: true, safeguarding: true }),
  },
  {
    id: 'grooming',
    label: 'Online contact or grooming concern',
    help: 'An adult or stranger contacting a child online in a way that worries you: building trust, secrecy, gifts, sexual talk, asking to meet.',
    group: 'contact',
    flags: flags({ sexual: true, safeguarding: true }),
  },
  {
    id: 'radicalisation',
    label: 'Radicalisation or extremism',
    help: 'A child being drawn into or expressing extremist views, or contact with extremist groups online.',
    group: 'contact',
    flags: flags({ safeguarding: true }),
  },
  {
    id: 'data-breach',
    label: 'Personal-data breach or loss',
    help: 'Personal data lost, sent to the wrong person, shared too widely or accessed without permission (a lost laptop, an email to the wrong parent, an open sharing link).',
    group: 'conduct',
    flags: flags({ dataBreach: true }),
  },
  {
    id: 'account-misuse',
    label: 'Account misuse, hacking or password sharing',
    help: "Using someone else's account, sharing passwords, hacking or trying to get into systems without permission.",
    group: 'conduct',
    flags: flags({}),
  },
  {
    id: 'device-misuse',
    label: 'Misuse of a phone or camera',
    help: 'Taking or sharing photos or videos without permission, or using a phone or smart watch against school rules.',
    group: 'conduct',
    flags: flags({}),
  },
  {
    id: 'staff-concern',
    label: 'Concern about a member of staff',
    help: 'Anything an adult who works or volunteers in school has done online or with technology that may harm a child or breach the staff code of conduct.',
    group: 'contact',
    flags: flags({ staffConcern: true, safeguarding: true }),
  },
  {
    id: 'scams-gambling',
    label: 'Scams, gambling or online commerce',
    help: 'Phishing, scams, online gambling, loot boxes or pressure to spend money.',
    group: 'commerce',
    flags: flags({}),
  },
  {
    id: 'copyright',
    label: 'Copyright or plagiarism',
    help: "Copying others' work without credit, or downloading or sharing material in breach of copyright or licences.",
    group: 'conduct',
    flags: flags({}),
  },
  {
    id: 'other',
    label: 'Other',
    help: 'Anything else about online safety. The DSL will decide how to handle it.',
    group: 'conduct',
    flags: flags({ safeguarding: true }),
  },
];

const BY_ID = new Map<string, Category>(CATEGORIES.map((category) => [category.id, category]));

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

export function categoryById(id: CategoryId): Category {
  const category = BY_ID.get(id);
  if (!category) throw new Error(`unknown incident category "${id}"`);
  return category;
}
