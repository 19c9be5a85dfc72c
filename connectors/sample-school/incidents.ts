/**
 * A year of online safety incidents at the sample school (2025/26), for `sos demo`: about sixty reports
 * across every category, as the incident form or a Power Automate flow would send them, with the
 * actions and closures the DSL team records afterwards. Invented, seeded and the same on every run:
 * pupils are the sample school's, named with their year group, so nothing here is anyone's real data.
 * Two reports are malformed (a blank category, an unreadable pupils line) and one description starts
 * with "=", so the demo shows Needs Attention and the formula guard at work.
 */
import { daysBetween, localDateTimeToIso } from '../../core/incidents';
import { BULLYING } from './incidents/bullying';
import { COMMERCE } from './incidents/commerce';
import { CONDUCT } from './incidents/conduct';
import { CONTACT } from './incidents/contact';
import { CONTENT } from './incidents/content';
import type { Cast, Post, Role, Scenario } from './incidents/scenario';
import { STAFF_DOMAIN, staffByRole, type Pupil, type SchoolPeople, type Staff } from './people';
import { TERMS } from './profile';
import { Random } from './random';

/** The demo's "today": the daily chase and the Summer summary run on it, two days before term ends. */
export const DEMO_TODAY = '2026-07-20';
/** 08:00 school time on `DEMO_TODAY`. */
export const DEMO_NOW = '2026-07-20T08:00:00+01:00';
export const DEMO_TIME_ZONE = 'Europe/London';

export const SCENARIOS: readonly Scenario[] = [...BULLYING, ...CONTENT, ...CONTACT, ...CONDUCT, ...COMMERCE];

export interface SampleAction {
  readonly description: string;
  /** An address, or a post typed instead of one ("Head of Year 9"), which is chased through the DSL team. */
  readonly owner: string;
  readonly due: string;
  /** YYYY-MM-DD, or empty while open. */
  readonly done: string;
}

export interface SampleClosure {
  /** When the DSL closes it (ISO instant). */
  readonly at: string;
  /** What the closure form sends (`parseClosure`'s input). */
  readonly fields: {
    readonly closedBy: string;
    readonly outcome: string;
    readonly parentsInformed: boolean;
    readonly parentsNotInformedReason: string;
    readonly referrals: readonly { readonly agency: string; readonly reference: string; readonly date: string }[];
    readonly lessonsLearnt: string;
  };
}

export interface SampleIncident {
  /** The report as submitted. */
  readonly raw: Record<string, unknown>;
  readonly flaw?: Scenario['flaw'];
  /** The pupils named in the report: what must never leave the restricted log. */
  readonly pupilNames: readonly string[];
  readonly actions: readonly SampleAction[];
  readonly closure?: SampleClosure;
}

const YEAR_WORDS: Record<number, string> = { 7: 'Seven', 8: 'Eight', 9: 'Nine', 10: 'Ten', 11: 'Eleven' };

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The date itself if a weekday, else the nearest weekday in `direction` (1 forward, -1 back). */
function weekday(date: string, direction: 1 | -1): string {
  let day = date;
  while (!isWeekday(day)) day = addDays(day, direction);
  return day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A school-local wall-clock time as the ISO instant a form response carries. */
function at(date: string, hour: number, minute: number): string {
  const iso = localDateTimeToIso(`${date} ${pad(hour)}:${pad(minute)}`, DEMO_TIME_ZONE);
  if (!iso) throw new Error(`not a date-time: ${date} ${hour}:${minute}`);
  return iso;
}

/** School days of the year before the demo's today, term by term. */
function schoolDays(): string[][] {
  return TERMS.map((term) => {
    const days: string[] = [];
    for (let day: string = term.start; day <= term.end && day < DEMO_TODAY; day = addDays(day, 1)) {
      if (isWeekday(day)) days.push(day);
    }
    return days;
  });
}

/**
 * The day each scenario is reported. A late disclosure is reported in the first fortnight of a term,
 * so it concerns the term before: the summaries then show a late report, as real ones do.
 */
function reportDays(rng: Random, scenarios: readonly Scenario[]): string[] {
  const terms = schoolDays();
  const lateDays = [terms[2]!.slice(0, 10), terms[1]!.slice(0, 10)];
  const used = new Set<string>();
  const late = scenarios.map((scenario) => {
    if (!scenario.late) return undefined;
    const day = rng.pick(lateDays.shift() ?? terms[2]!);
    used.add(day);
    return day;
  });
  const pool = rng.sample(
    terms.flat().filter((day) => !used.has(day)),
    scenarios.filter((scenario) => !scenario.late).length,
  );
  pool.sort();
  return scenarios.map((_, index) => late[index] ?? pool.shift()!);
}

function title(staff: Staff): string {
  return `${staff.title} ${staff.surname}`;
}

function pupilsLine(rng: Random, pupils: readonly Pupil[], flaw: Scenario['flaw']): unknown {
  if (flaw !== 'unreadable-pupils' && rng.chance(0.35)) {
    return pupils.map((pupil) => ({ name: pupil.name, yearGroup: `Y${pupil.year}` }));
  }
  const lines = pupils.map((pupil, index) => {
    if (flaw === 'unreadable-pupils' && index === pupils.length - 1)
      return `${pupil.name}, Year ${YEAR_WORDS[pupil.year]}`;
    return rng.pick([
      `${pupil.name}, Y${pupil.year}`,
      `${pupil.name} (Year ${pupil.year})`,
      `${pupil.name}, ${pupil.year}`,
    ]);
  });
  return lines.join('\n');
}

/** The incidents of the sample school's 2025/26 year, in the order they were reported. */
export function sampleIncidentYear(people: SchoolPeople, seed: number): SampleIncident[] {
  const rng = new Random(seed).fork('incidents');
  const order = rng.shuffle(SCENARIOS);
  const days = reportDays(rng.fork('days'), order);
  const posts: Record<Post, string> = {
    dsl: staffByRole(people, 'Deputy Headteacher and Designated Safeguarding Lead').email,
    deputy: staffByRole(people, 'Assistant Headteacher (Pastoral)').email,
    head: staffByRole(people, 'Headteacher').email,
    it: staffByRole(people, 'IT Technician').email,
    pastoral: staffByRole(people, 'Pastoral Manager').email,
    office: staffByRole(people, 'Office Manager').email,
    data: staffByRole(people, 'Data Manager').email,
    senco: staffByRole(people, 'SENCO').email,
    dpo: `dpo@${STAFF_DOMAIN}`,
  };
  const classroom = people.staff.filter((s) => s.role.startsWith('Teacher of') || s.role === 'Teaching Assistant');

  const incidents = order.map((scenario, index): SampleIncident => {
    const pick = rng.fork(`incident-${index}`);
    const day = days[index]!;
    const teacher = pick.pick(classroom);
    const reporter = scenario.reporter ? posts[scenario.reporter] : teacher.email;
    const first = pick.pick(people.pupils);
    const classmates = pick.sample(
      people.pupils.filter((p) => p.year === first.year && p !== first),
      Math.max(0, scenario.pupils - 1),
    );
    const pupils = scenario.pupils > 0 ? [first, ...classmates] : [];
    const year = pupils[0]?.year ?? pick.int(7, 11);
    const colleague = pick.pick(classroom.filter((s) => s !== teacher));
    const cast: Cast = {
      a: pupils[0]?.name ?? '',
      b: pupils[1]?.name ?? '',
      c: pupils[2]?.name ?? '',
      fa: pupils[0]?.forename ?? '',
      fb: pupils[1]?.forename ?? '',
      fc: pupils[2]?.forename ?? '',
      year,
      colleague: title(colleague),
    };
    const address = (role: Role): string =>
      role === 'reporter' ? reporter : role === 'head-of-year' ? `Head of Year ${year}` : posts[role];

    const reportHour = pick.int(8, 16);
    const reportMinute = pick.int(reportHour === 8 ? 15 : 0, 59);
    const reportedAt = at(day, reportHour, reportMinute);
    const occurredAt = scenario.late
      ? at(addDays(day, -pick.int(21, 30)), pick.int(18, 21), pick.int(0, 59))
      : scenario.evening
        ? at(addDays(day, -1), pick.int(18, 22), pick.int(0, 59))
        : at(day, Math.max(8, reportHour - pick.int(1, 4)), pick.int(0, reportMinute));

    const story = scenario.story(cast);
    const raw: Record<string, unknown> = {
      reporter,
      reportedAt,
      occurredAt,
      location: scenario.location,
      ...(scenario.category ? { category: scenario.category } : {}),
      ...(scenario.category === 'staff-concern' ? { aboutHeadteacher: scenario.aboutHeadteacher ? 'Yes' : 'No' } : {}),
      adultInvolved: scenario.adultInvolved ?? 'no',
      immediateRisk: scenario.immediateRisk ?? 'no',
      ...(pupils.length > 0 ? { pupils: pupilsLine(pick, pupils, scenario.flaw) } : {}),
      ...(story.staff ? { staff: story.staff.join('\n') } : {}),
      ...(story.external ? { external: [...story.external] } : {}),
      description: story.description,
      evidenceLocation: story.evidenceLocation,
      actionTaken: story.actionTaken,
    };

    const actions = (scenario.flaw ? [] : (scenario.actions ?? [])).map((action): SampleAction => {
      const due = weekday(addDays(day, action.days), 1);
      // Most actions are done about when due; recent ones are likelier to be late, old ones rarely forgotten.
      const late = daysBetween(due, DEMO_TODAY);
      const done = !action.stillOpen && pick.chance(late > 42 ? 0.95 : late > 0 ? 0.6 : 0.3);
      const doneOn = late > 0 ? addDays(due, pick.int(-4, 2)) : addDays(day, pick.int(0, action.days));
      const clamped = doneOn < day ? day : doneOn >= DEMO_TODAY ? addDays(DEMO_TODAY, -1) : doneOn;
      return { description: action.what, owner: address(action.owner), due, done: done ? weekday(clamped, -1) : '' };
    });

    const finished = actions.reduce((last, action) => (action.done > last ? action.done : last), day);
    const closeOn = weekday(addDays(finished, pick.int(1, 12)), 1);
    const closable = scenario.closure && !scenario.flaw && actions.every((action) => action.done !== '');
    const closure: SampleClosure | undefined =
      closable && closeOn < DEMO_TODAY && pick.chance(0.9)
        ? {
            at: at(closeOn, 15, pick.int(0, 59)),
            fields: {
              closedBy: address(scenario.closure!.closedBy ?? 'dsl'),
              outcome: scenario.closure!.outcome,
              parentsInformed: scenario.closure!.parentsNotInformed === undefined,
              parentsNotInformedReason: scenario.closure!.parentsNotInformed ?? '',
              referrals: (scenario.closure!.referrals ?? []).map((referral) => ({
                agency: referral.agency,
                reference: referral.reference,
                date: addDays(day, pick.int(0, 1)),
              })),
              lessonsLearnt: scenario.closure!.lessonsLearnt,
            },
          }
        : undefined;

    return {
      raw,
      ...(scenario.flaw ? { flaw: scenario.flaw } : {}),
      pupilNames: pupils.map((pupil) => pupil.name),
      actions,
      ...(closure ? { closure } : {}),
    };
  });
  return incidents.sort((x, y) => Date.parse(String(x.raw.reportedAt)) - Date.parse(String(y.raw.reportedAt)));
}
