/**
 * Public types and ports of the incident log (REQUIREMENTS "Incident log"). Both platforms build on these:
 * Apps Script (FormApp/SpreadsheetApp/MailApp adapters) and Azure Functions (Power Automate JSON,
 * SharePoint list, Graph sendMail). Names here are published: change them only with everyone who uses them.
 */
import type { ResolvedProfile, Term } from '../policy';

export type { Term } from '../policy';

/** Ports may be implemented synchronously (Apps Script) or asynchronously (Graph); core always awaits. */
export type Awaitable<T> = T | Promise<T>;

/* ------------------------------------------------------------------ categories */

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The "4 Cs" of online risk (KCSIE para 135): content, contact, conduct, commerce. */
export const FOUR_CS = ['content', 'contact', 'conduct', 'commerce'] as const;
export type FourC = (typeof FOUR_CS)[number];

export const CATEGORY_IDS = [
  'cyberbullying',
  'inappropriate-content',
  'illegal-csam',
  'illegal-extreme-pornography',
  'illegal-terrorist',
  'filtering-bypass',
  'nudes-sharing',
  'grooming',
  'radicalisation',
  'data-breach',
  'account-misuse',
  'device-misuse',
  'staff-concern',
  'scams-gambling',
  'copyright',
  'other',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryFlags {
  /** Possessing or distributing the content is a crime: the illegal-content route applies. */
  readonly illegal: boolean;
  /** Sexual content or contact involving a child. */
  readonly sexual: boolean;
  /** A concern about the conduct of an adult working in the school (LADO route). */
  readonly staffConcern: boolean;
  /** Personal data lost or disclosed (DPO / ICO route). */
  readonly dataBreach: boolean;
  /** A child-protection matter: the DSL and deputies are alerted at once. */
  readonly safeguarding: boolean;
}

export interface Category {
  readonly id: CategoryId;
  /** As shown on the form and in alerts. */
  readonly label: string;
  /** Form help text: what belongs here, in words a teacher recognises. */
  readonly help: string;
  readonly group: FourC;
  readonly flags: CategoryFlags;
}

/* ------------------------------------------------------------------ submission */

export const YEAR_GROUPS = [
  'Nursery',
  'Reception',
  'Y1',
  'Y2',
  'Y3',
  'Y4',
  'Y5',
  'Y6',
  'Y7',
  'Y8',
  'Y9',
  'Y10',
  'Y11',
  'Y12',
  'Y13',
  'Unknown',
] as const;
export type YearGroup = (typeof YEAR_GROUPS)[number];

export const LOCATIONS = ['school-system', 'personal-device-in-school', 'outside-school', 'not-known'] as const;
/** Where it happened: school device or network, a personal device in school, or outside school. */
export type Location = (typeof LOCATIONS)[number];

export const ANSWERS = ['yes', 'no', 'not-sure'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface Pupil {
  readonly name: string;
  readonly yearGroup: YearGroup;
}

/**
 * One incident report as both platforms send it. Apps Script maps FormResponse items to this by
 * question id (`forms/incident-report.ts`, see `rawFromFormAnswers`); Power Automate posts it as JSON.
 * Instants are ISO 8601 strings with a zone offset ("2026-03-04T13:45:00Z" or "...+01:00").
 */
export interface Submission {
  /** The signed-in account that submitted; collected by the platform, never typed by the reporter. */
  readonly reporter: string;
  /** When the report was made (the form response timestamp). */
  readonly reportedAt: string;
  /** When the incident happened, as best the reporter knows. */
  readonly occurredAt: string;
  readonly location: Location;
  readonly category: CategoryId;
  /** Only meaningful for `staff-concern`: the chair of governors, not the head, then manages the case. */
  readonly aboutHeadteacher: boolean;
  /** Was an adult involved (nudes sharing, grooming)? "yes" sends it to the police route. */
  readonly adultInvolved: Answer;
  /** Does the reporter believe a child is at immediate risk of significant harm? */
  readonly immediateRisk: Answer;
  readonly pupils: readonly Pupil[];
  /** Names of staff involved (as victims, witnesses or subjects). */
  readonly staff: readonly string[];
  /** External people involved, described (e.g. "parent of a Y8 pupil", "unknown adult on Instagram"). */
  readonly external: readonly string[];
  readonly description: string;
  /** Where the evidence is (device, account, URL held by whom), never the content itself. */
  readonly evidenceLocation: string;
  readonly actionTaken: string;
}

/** A field path such as "pupils.2.yearGroup" and a message that never repeats the submitted value. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type SubmissionResult =
  | { readonly ok: true; readonly submission: Submission }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/* ------------------------------------------------------------------ triage */

export type ContactRole =
  'dsl' | 'deputyDsl' | 'headteacher' | 'chairOfGovernors' | 'dpo' | 'it' | 'office' | 'governors' | 'lado';

export type CaseManagerRole = 'dsl' | 'headteacher' | 'chairOfGovernors' | 'dpo';

export interface Citation {
  /** The policy or guidance document, e.g. "School online safety policy" or "UKCIS, Sharing nudes (2024)". */
  readonly source: string;
  /** The clause it implements, quoted. */
  readonly quote: string;
}

export const STEP_IDS = [
  'do-not-view-copy-forward-delete',
  'isolate-device',
  'do-not-investigate',
  'two-senior-staff',
  'refer-police',
  'report-iwf',
  'report-ceop',
  'counter-terrorism-police',
  'ukcis-nudes-route',
  'refer-prevent',
  'lado-one-working-day',
  'head-case-manager',
  'chair-case-manager',
  'inform-dpo',
  'ico-72-hours',
  'refer-mash',
  'preserve-evidence',
  'secure-accounts',
  'review-filtering',
  'report-harmful-content',
  'record-and-review',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface MandatoryStep {
  readonly id: StepId;
  /** Imperative, short, safe to put in an email. */
  readonly text: string;
  readonly cites: readonly Citation[];
}

export interface CaseManager {
  readonly role: CaseManagerRole;
  /** Undefined when the profile has no address for that role (see `Triage.missingContacts`). */
  readonly address: string | undefined;
}

export interface Triage {
  readonly severity: Severity;
  /** Who is alerted at once, de-duplicated, lower-case. */
  readonly recipients: readonly string[];
  /** The roles alerted, in order, for the log and for tests. */
  readonly recipientRoles: readonly ContactRole[];
  readonly caseManager: CaseManager;
  readonly steps: readonly MandatoryStep[];
  /** Roles the rules call for that the profile lacks an address for: setup should warn about these. */
  readonly missingContacts: readonly ContactRole[];
}

/** What triage looks at: the category and the answers that change the route, never the free text. */
export type TriageInput = Pick<
  Submission,
  'category' | 'location' | 'aboutHeadteacher' | 'adultInvolved' | 'immediateRisk'
>;

/** The profile's contacts section, as triage and alerts need it. */
export type Contacts = ResolvedProfile['contacts'];

/* ------------------------------------------------------------------ the log */

export type IncidentStatus = 'open' | 'closed';

export const AGENCIES = [
  'police',
  'ceop',
  'iwf',
  'children-social-care',
  'lado',
  'prevent',
  'ico',
  'report-harmful-content',
  'other',
] as const;
export type Agency = (typeof AGENCIES)[number];

export interface Referral {
  readonly agency: Agency;
  /** The agency's own reference (crime number, MASH reference...). May be empty when none was given. */
  readonly reference: string;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export interface Closure {
  /** ISO instant. */
  readonly closedAt: string;
  readonly closedBy: string;
  readonly outcome: string;
  readonly parentsInformed: boolean;
  /** Required when parents were not informed: recording why is the point. */
  readonly parentsNotInformedReason: string;
  readonly referrals: readonly Referral[];
  readonly lessonsLearnt: string;
}

/** One row of the Incident Log. */
export interface Incident extends Submission {
  /** "OS-2026-0042". */
  readonly reference: string;
  readonly status: IncidentStatus;
  readonly severity: Severity;
  readonly caseManager: CaseManagerRole;
  /** Addresses alerted at submission. */
  readonly alerted: readonly string[];
  readonly steps: readonly StepId[];
  /** Present once closed. */
  readonly closure?: Closure;
}

/** A spreadsheet or list cell as core writes it (see `incidentToRow`, `actionToRow`, `summaryRow`). */
export type CellValue = string | number | boolean;

/** A row read back: the model, or errors naming the column (by key) and never quoting the cell. */
export type RowResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** A submission that failed validation, kept whole so nothing reported is lost. */
export interface NeedsAttentionEntry {
  /** ISO instant it arrived. */
  readonly receivedAt: string;
  /** "google-form", "power-automate"... */
  readonly source: string;
  readonly errors: readonly FieldError[];
  /** The raw payload as JSON text. Goes only to the restricted Needs Attention sheet. */
  readonly raw: string;
}

/* ------------------------------------------------------------------ actions */

export interface Action {
  /** "OS-2026-0042/1": the incident reference and the action's number within it. */
  readonly id: string;
  readonly reference: string;
  readonly description: string;
  /** Email address of whoever must do it. */
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly due: string;
  /** YYYY-MM-DD, empty while open. */
  readonly done: string;
}

/** One chase sent: the action and the school-local date it was chased on. */
export interface ChaseRecord {
  readonly actionId: string;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export interface OverdueAction {
  readonly action: Action;
  readonly daysOverdue: number;
}

/* ------------------------------------------------------------------ summaries */

/** A term and the days whose incidents it counts: holidays belong to the term that follows them. */
export interface TermPeriod {
  readonly term: Term;
  /** YYYY-MM-DD, inclusive: the day after the previous term ended (or the term's start, for the first). */
  readonly from: string;
  /** YYYY-MM-DD, inclusive: the term's last day. */
  readonly to: string;
}

export interface Change {
  readonly current: number;
  readonly previous: number;
  readonly change: number;
}

export interface TermSummary {
  readonly term: TermPeriod;
  readonly previousTerm: TermPeriod | undefined;
  /** ISO instant the summary was computed. */
  readonly generatedAt: string;
  /** Incidents that occurred in the term (however late reported). */
  readonly total: Change;
  readonly byCategory: Readonly<Record<CategoryId, Change>>;
  /** Incidents per year group involved: an incident with pupils in two year groups counts in both. */
  readonly byYearGroup: Readonly<Record<YearGroup | 'none', number>>;
  readonly byLocation: Readonly<Record<Location, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Of this term's incidents: reported after the term ended (so missing from an earlier summary). */
  readonly reportedAfterTerm: number;
  /** Reported during this term about events in an earlier term (counted in their own term). */
  readonly lateReportsReceived: number;
  readonly closed: number;
  readonly open: number;
  /** Calendar days from report to closure, over this term's closed incidents; undefined when none. */
  readonly daysToClose: { readonly median: number | undefined; readonly mean: number | undefined };
  /** Actions not done at generation time, across the whole log, and how many of those are overdue. */
  readonly openActions: number;
  readonly overdueActions: number;
}

export interface SummaryInput {
  readonly incidents: readonly Incident[];
  readonly actions: readonly Action[];
  /** All terms of the profile (`calendar.terms`). */
  readonly terms: readonly Term[];
  /** The term to summarise, by name. */
  readonly termName: string;
  readonly timeZone: string;
  readonly now: Date;
}

/* ------------------------------------------------------------------ mail and ports */

export interface MailMessage {
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  send(message: MailMessage): Awaitable<void>;
}

export interface Clock {
  now(): Date;
}

/**
 * The Incident Log and its Needs Attention sheet (a restricted spreadsheet, or a SharePoint list).
 * `withLock` must hold a lock across the awaited work (LockService script lock; a blob lease), so that
 * simultaneous submissions get distinct, gapless references:
 *   async withLock(work) { lock.waitLock(30000); try { return await work(); } finally { lock.releaseLock(); } }
 */
export interface IncidentStore {
  withLock<T>(work: () => Promise<T>): Promise<T>;
  /**
   * The highest reference ever issued. Keep it outside the rows too (document properties, a table),
   * so a sorted or deleted row can never make a number be issued twice.
   */
  lastReference(): Awaitable<string | undefined>;
  /** Appends the row and records `incident.reference` as the last reference issued. */
  append(incident: Incident): Awaitable<void>;
  list(): Awaitable<readonly Incident[]>;
  /** Replaces the row with the same reference. */
  update(incident: Incident): Awaitable<void>;
  appendNeedsAttention(entry: NeedsAttentionEntry): Awaitable<void>;
}

export interface ActionStore {
  list(): Awaitable<readonly Action[]>;
}

/** Which chases were sent, so a second run on the same day sends nothing twice. */
export interface ChaseLog {
  chasedOn(date: string): Awaitable<readonly ChaseRecord[]>;
  record(records: readonly ChaseRecord[]): Awaitable<void>;
}

/** The Summaries sheet. */
export interface SummaryStore {
  /** Names of the terms already summarised. */
  summarisedTerms(): Awaitable<readonly string[]>;
  append(row: readonly CellValue[]): Awaitable<void>;
}

/* ------------------------------------------------------------------ forms and sheets as data */

export type QuestionType = 'text' | 'paragraph' | 'date-time' | 'choice' | 'checkbox' | 'yes-no' | 'section';

export interface Choice {
  /** The value sent in a Submission. */
  readonly value: string;
  /** What the form shows (and what Google Forms returns in a response). */
  readonly label: string;
}

export interface Question {
  /** The Submission field it fills; for sections, a stable id of its own. */
  readonly id: string;
  readonly title: string;
  readonly help?: string;
  readonly type: QuestionType;
  readonly required: boolean;
  readonly choices?: readonly Choice[];
}

export interface FormDefinition {
  /** Stable id, used to store the created form's id ("incident-report"). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The reporter's address is collected by the platform, not typed. */
  readonly collectEmail: boolean;
  /** Only accounts in the school's domain may respond. */
  readonly restrictToDomain: boolean;
  /** No "see previous responses", no response summary: reports are confidential. */
  readonly publishSummary: boolean;
  readonly confirmation: string;
  readonly questions: readonly Question[];
}

export type ColumnType = 'text' | 'longtext' | 'email' | 'date' | 'datetime' | 'number' | 'boolean' | 'choice';

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly type: ColumnType;
  /** Pixels. */
  readonly width: number;
  /** Allowed values (a dropdown). `strict`: reject others rather than warn. */
  readonly validation?: { readonly list: readonly string[]; readonly strict: boolean };
  /** A header note explaining the column. */
  readonly note?: string;
}

export interface ConditionalFormat {
  readonly id: string;
  /** A1 range without the sheet name, e.g. "A2:G". */
  readonly range: string;
  /** A custom formula relative to the range's top-left cell, as Sheets and Excel take it. */
  readonly formula: string;
  readonly format: { readonly background?: string; readonly fontColor?: string; readonly bold?: boolean };
  readonly description: string;
}

/** Who may edit (and, for the whole spreadsheet, open) it. 'dsl-team' is the DSL and deputies. */
export type Editors = 'dsl-team' | 'script-only';

export interface SheetTemplate {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly protection: { readonly editors: Editors; readonly description: string };
  readonly conditionalFormats: readonly ConditionalFormat[];
}

export interface SpreadsheetTemplate {
  readonly id: string;
  readonly title: string;
  /** Who may open the file at all. Reporters never can: they submit through the form only. */
  readonly access: Editors;
  readonly sheets: readonly SheetTemplate[];
}
