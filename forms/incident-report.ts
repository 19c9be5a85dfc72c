/**
 * The staff incident report form as data: `setup()` builds it with FormApp, the Microsoft side with
 * Microsoft Forms / Power Automate. Question ids are the Submission field names, so a response maps to
 * a submission by id alone (`rawFromFormAnswers`). The reporter is never asked: the platform collects
 * the signed-in address, and the form accepts only the school's domain.
 *
 * Pupils are one paragraph, "one pupil per line: name, year group", rather than N fixed slots: a
 * report may involve one pupil or a whole class, slots cap that and invite half-filled pairs, and a
 * line that cannot be read sends the whole report to Needs Attention (the DSL is told at once) instead
 * of losing anyone.
 */
import { ANSWER_CHOICES, CATEGORIES, LOCATION_CHOICES, type FormDefinition } from '../core/incidents';

export const EVIDENCE_WARNING =
  'Never attach, photograph, screenshot, copy or forward images that may be indecent images of a child or ' +
  'other illegal content, not even to the DSL: doing so is itself an offence. Say only where the evidence ' +
  'is (which device, account or web page, and who has it). Leave the device as it is.';

export const INCIDENT_REPORT_FORM: FormDefinition = {
  id: 'incident-report',
  title: 'Online safety incident report',
  description:
    'For staff and volunteers: report any online safety incident or concern. Your email address is recorded ' +
    'automatically. Only the Designated Safeguarding Lead team can see reports. ' +
    'If a child is in immediate danger, call 999 and tell the DSL in person now: do not wait to fill this in.\n\n' +
    EVIDENCE_WARNING,
  collectEmail: true,
  restrictToDomain: true,
  publishSummary: false,
  confirmation:
    'Thank you. Your report has been logged and the Designated Safeguarding Lead team has been alerted. ' +
    'Do not discuss the details by email.',
  questions: [
    {
      id: 'occurredAt',
      title: 'When did it happen?',
      help: 'Your best estimate. If it went on over a period, when it started.',
      type: 'date-time',
      required: true,
    },
    {
      id: 'location',
      title: 'Where did it happen?',
      type: 'choice',
      required: true,
      choices: LOCATION_CHOICES,
    },
    {
      id: 'category',
      title: 'What kind of incident is it?',
      help: 'Choose the closest. If several apply, choose the most serious; the DSL can change it.',
      type: 'choice',
      required: true,
      choices: CATEGORIES.map((category) => ({ value: category.id, label: category.label })),
    },
    {
      id: 'immediateRisk',
      title: 'Do you believe a child is at immediate risk of significant harm?',
      help: 'If yes, also tell the DSL in person now. Call 999 if a child is in immediate danger.',
      type: 'choice',
      required: true,
      choices: ANSWER_CHOICES,
    },
    {
      id: 'adultInvolved',
      title: 'Was an adult involved (for example asking for or sharing images, or contacting a child)?',
      type: 'choice',
      required: false,
      choices: ANSWER_CHOICES,
    },
    {
      id: 'aboutHeadteacher',
      title: 'If this is a concern about a member of staff: is it about the headteacher?',
      help: 'If yes, the chair of governors is alerted instead of the headteacher.',
      type: 'yes-no',
      required: false,
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      id: 'pupils',
      title: 'Pupils involved',
      help: 'One pupil per line: name, year group. For example "Alex Brown, Y8". Year groups: Nursery, Reception, Y1 to Y13, or "unknown".',
      type: 'paragraph',
      required: false,
    },
    {
      id: 'staff',
      title: 'Staff involved',
      help: 'One name per line. Include staff who were targeted.',
      type: 'paragraph',
      required: false,
    },
    {
      id: 'external',
      title: 'Other people involved',
      help: 'One per line, described: for example "parent of a Y8 pupil", "unknown adult on Instagram".',
      type: 'paragraph',
      required: false,
    },
    {
      id: 'description',
      title: 'What happened?',
      help: 'The facts as you know them, and what the child said in their own words. Do not investigate further yourself.',
      type: 'paragraph',
      required: true,
    },
    {
      id: 'evidenceLocation',
      title: 'Where is the evidence?',
      help: EVIDENCE_WARNING,
      type: 'paragraph',
      required: false,
    },
    {
      id: 'actionTaken',
      title: 'What action has been taken so far?',
      help: 'For example: device taken and locked away, parents called, account suspended.',
      type: 'paragraph',
      required: false,
    },
  ],
};
