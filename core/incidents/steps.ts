/**
 * The mandatory steps triage can require, each with the policy clause or national guidance it
 * implements, quoted. The text goes into alerts and the log, so it is short, imperative and contains
 * nothing about any particular incident.
 */
import type { Citation, MandatoryStep, StepId } from './types';

const POLICY_MISUSE = 'Online safety policy: Responding to incidents of misuse';
const POLICY_REPORTING = 'Online safety policy: Reporting incidents, abuse and inappropriate material';
const POLICY_RESPONSE = 'Online safety policy: School response to incidents of concern';
const POLICY_ILLEGAL = 'Online safety policy: Responding to incidents of misuse (illegal activity)';
const POLICY_CONTACTS = 'Online safety policy: Useful links';
const POLICY_ROLES = 'Online safety policy: Roles and responsibilities';
const POLICY_EDUCATION = 'Online safety policy: Education of pupils';
const POLICY_FILTERING = 'Online safety policy: Filtering and monitoring';
const POLICY_INCIDENTS = 'Online safety policy: Online safety incidents';
const KCSIE = 'Keeping children safe in education (DfE)';
const KCSIE_PART4 = 'Keeping children safe in education (DfE), Part four: allegations against staff';
const UKCIS = 'UKCIS, Sharing nudes and semi-nudes: advice for education settings';
const UK_GDPR = 'UK GDPR, Article 33';
const PREVENT = 'Counter-Terrorism and Security Act 2015, section 26 (the Prevent duty)';
const LADO_PROCEDURES = 'Local safeguarding partnership procedures for allegations (LADO referral)';

function cite(source: string, quote: string): Citation {
  return { source, quote };
}

const STEP_LIST: readonly MandatoryStep[] = [
  {
    id: 'do-not-view-copy-forward-delete',
    text: 'Do not view, copy, print, screenshot, forward or delete the images or content, and do not ask anyone to send them to you.',
    cites: [
      cite(
        POLICY_MISUSE,
        'If content being reviewed includes images of Child abuse then the monitoring should be halted and referred to the Police immediately.',
      ),
      cite(
        POLICY_MISUSE,
        'These may be printed, signed and attached to the form (except in the case of images of child sexual abuse – see below)',
      ),
      cite(
        UKCIS,
        'Never view, copy, print, share, store or save the imagery yourself, or ask a child to share or download – this is illegal',
      ),
    ],
  },
  {
    id: 'isolate-device',
    text: 'Isolate the device as it is: do not switch it off, log out or change anything; keep it secure for the police.',
    cites: [
      cite(
        POLICY_MISUSE,
        'Isolate the computer in question as best you can. Any change to its state may hinder a later police investigation.',
      ),
    ],
  },
  {
    id: 'do-not-investigate',
    text: 'Do not investigate yourself or question those involved in detail: record what you were told and pass it to the DSL at once.',
    cites: [
      cite(
        POLICY_ILLEGAL,
        'The Curriculum Leader for ICT and Designated Safeguarding Lead will be informed immediately of any apparent or actual misuse which appears to involve illegal activity',
      ),
      cite(
        POLICY_REPORTING,
        'the pupil or adult must report the incident immediately to the first available member of staff, the DSL, the headteacher or DPO',
      ),
    ],
  },
  {
    id: 'two-senior-staff',
    text: 'Involve at least two senior members of staff in handling it, using a designated device not used by pupils.',
    cites: [
      cite(
        POLICY_MISUSE,
        'Have more than one senior member of staff / volunteer involved in this process. This is vital to protect individuals if accusations are subsequently reported.',
      ),
      cite(
        POLICY_MISUSE,
        'Conduct the procedure using a designated computer that will not be used by young people and if necessary can be taken off site by the police should the need arise.',
      ),
    ],
  },
  {
    id: 'refer-police',
    text: 'Refer to the police immediately (999 if a child is in immediate danger, otherwise 101) and record the crime reference.',
    cites: [
      cite(
        POLICY_MISUSE,
        'If content being reviewed includes images of Child abuse then the monitoring should be halted and referred to the Police immediately.',
      ),
      cite(POLICY_REPORTING, 'where judged necessary, the DSL will refer details to social care or the police.'),
    ],
  },
  {
    id: 'report-iwf',
    text: 'Report the web address (never the image itself) to the Internet Watch Foundation at report.iwf.org.uk, as the police advise.',
    cites: [
      cite(POLICY_CONTACTS, 'Internet Watch Foundation (IWF): www.iwf.org.uk'),
      cite(
        POLICY_FILTERING,
        'Any material that the school believes is illegal will be reported to appropriate agencies.',
      ),
    ],
  },
  {
    id: 'report-ceop',
    text: 'Report online sexual abuse or grooming to CEOP (ceop.police.uk) as well as the police.',
    cites: [
      cite(POLICY_CONTACTS, 'CEOP (Child Exploitation and Online Protection Centre): Childline: www.ceop.police.uk'),
      cite(POLICY_MISUSE, "Other instances to report to the police would include: incidents of 'grooming' behaviour"),
    ],
  },
  {
    id: 'counter-terrorism-police',
    text: 'Report terrorist material to the police (gov.uk/report-terrorism, or 999 if there is immediate danger).',
    cites: [
      cite(
        POLICY_MISUSE,
        'Other instances to report to the police would include: ... promotion of terrorism or extremism',
      ),
    ],
  },
  {
    id: 'ukcis-nudes-route',
    text: 'DSL follows the UKCIS nudes route: initial review meeting, talk to the young people, inform parents unless that puts a child at risk; refer to police or social care if an adult is involved, there is coercion or threat, or a child is under 13.',
    cites: [
      cite(
        UKCIS,
        'This advice does not apply to adults sharing nudes or semi-nudes of under 18-year olds. This is a form of child sexual abuse and must be referred to the police as a matter of urgency.',
      ),
      cite(
        UKCIS,
        'All such incidents should be immediately reported to the Designated Safeguarding Lead (DSL) or equivalent and managed in line with your setting’s child protection policies.',
      ),
      cite(
        POLICY_ROLES,
        'will be trained in online safety issues and be aware of the potential for harm to arise from: ... sharing of images including sexting',
      ),
    ],
  },
  {
    id: 'refer-prevent',
    text: 'DSL considers a Prevent referral to the local authority (Channel); call 999 if there is immediate danger.',
    cites: [
      cite(
        POLICY_EDUCATION,
        'Pupils should be supported in building resilience to radicalisation by providing a safe environment for debating controversial issues',
      ),
      cite(
        PREVENT,
        'A specified authority must, in the exercise of its functions, have due regard to the need to prevent people from being drawn into terrorism.',
      ),
    ],
  },
  {
    id: 'lado-one-working-day',
    text: 'The case manager consults the LADO within one working day, before any investigation and before the member of staff is told.',
    cites: [
      cite(
        KCSIE_PART4,
        'the case manager should discuss with the LADO, the nature, content and context of the allegation, and agree a course of action.',
      ),
      cite(LADO_PROCEDURES, 'within one working day'),
      cite(
        POLICY_ROLES,
        'should be aware of the procedures to be followed in the event of a serious online safety allegation being made against a member of staff.',
      ),
    ],
  },
  {
    id: 'head-case-manager',
    text: 'The headteacher is the case manager.',
    cites: [
      cite(
        KCSIE_PART4,
        'A “case manager” will lead any investigation. This will be either the headteacher or principal, or, where the headteacher is the subject of an allegation, the chair of governors',
      ),
    ],
  },
  {
    id: 'chair-case-manager',
    text: 'The concern is about the headteacher: the chair of governors is the case manager, and the headteacher is not alerted.',
    cites: [
      cite(
        KCSIE_PART4,
        'A “case manager” will lead any investigation. This will be either the headteacher or principal, or, where the headteacher is the subject of an allegation, the chair of governors',
      ),
    ],
  },
  {
    id: 'inform-dpo',
    text: 'Tell the data protection officer now and contain the breach (recall the email, remove the sharing link, recover the device).',
    cites: [
      cite(
        POLICY_REPORTING,
        'the pupil or adult must report the incident immediately to the first available member of staff, the DSL, the headteacher or DPO',
      ),
      cite(
        POLICY_INCIDENTS,
        'The schools will decide if parents/carers need to be informed if there is a risk that child data has been lost.',
      ),
    ],
  },
  {
    id: 'ico-72-hours',
    text: 'The DPO decides whether the breach must be reported to the ICO; if so, report within 72 hours of the school becoming aware of it.',
    cites: [
      cite(
        UK_GDPR,
        'the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the Commissioner',
      ),
    ],
  },
  {
    id: 'refer-mash',
    text: "If a child is at risk of significant harm the DSL refers to children's social care (MASH) the same day; call 999 if a child is in immediate danger.",
    cites: [
      cite(
        POLICY_REPORTING,
        'Where such an incident may lead to significant harm, safeguarding procedures should be followed.',
      ),
      cite(
        KCSIE,
        'Where the school or college identify a child has been harmed, that there may be an immediate risk of harm to a child or if the situation is an emergency, they should contact children’s social care and as appropriate the police immediately',
      ),
    ],
  },
  {
    id: 'preserve-evidence',
    text: 'Keep the evidence where it is and record web addresses, account names and times; never keep copies of sexual images.',
    cites: [
      cite(
        POLICY_MISUSE,
        'Record the URL of any site containing the alleged misuse and describe the nature of the content causing concern.',
      ),
      cite(
        POLICY_RESPONSE,
        'This may include examining school system logs, identifying and interviewing possible witnesses and contacting the service provider',
      ),
    ],
  },
  {
    id: 'secure-accounts',
    text: 'IT resets the affected passwords, checks sign-in logs and removes access that should not exist.',
    cites: [
      cite(
        POLICY_FILTERING,
        'will not allow other users to use their credentials and will immediately report any suspicion or evidence that there has been a breach of security.',
      ),
    ],
  },
  {
    id: 'review-filtering',
    text: 'IT and the DSL review filtering and monitoring for the gap that was used and report it to the filtering provider.',
    cites: [
      cite(
        POLICY_FILTERING,
        'The school has a clear procedure for reporting breaches and attempted breaches of filtering.',
      ),
      cite(
        KCSIE,
        'The designated safeguarding lead should take lead responsibility for safeguarding and child protection (including online safety and understanding the filtering and monitoring systems and processes in place).',
      ),
    ],
  },
  {
    id: 'report-harmful-content',
    text: 'Report harmful content to the platform; if it is not removed, to Report Harmful Content (reportharmfulcontent.com).',
    cites: [
      cite(
        POLICY_FILTERING,
        'If staff or pupils discover unsuitable sites, the URL will be reported to the School online safety Coordinator who then records the incident and escalate the concern as appropriate.',
      ),
    ],
  },
  {
    id: 'record-and-review',
    text: 'Record the actions taken, with owners and due dates, and close the incident with its outcome and lessons learnt.',
    cites: [
      cite(
        POLICY_RESPONSE,
        'All online safety complaints and incidents are recorded by the school, including any actions taken and the dates of resolution.',
      ),
      cite(POLICY_INCIDENTS, 'All breaches of this policy must be reported and all reported incidents will be logged.'),
    ],
  },
];

export const STEPS: Readonly<Record<StepId, MandatoryStep>> = Object.fromEntries(
  STEP_LIST.map((step) => [step.id, step]),
) as Record<StepId, MandatoryStep>;

export function stepById(id: StepId): MandatoryStep {
  return STEPS[id];
}
