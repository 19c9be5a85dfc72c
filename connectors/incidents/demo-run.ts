/**
 * `sos demo`'s incident log step: the sample school's year of reports goes through the same core
 * workflows the Apps Script and Azure deployments run (record, alert, close, chase, termly summary),
 * against in-memory ports and stopped clocks, and what the sheets and mailboxes would then hold is
 * written to out/. The same seed gives the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  actionId,
  chaseOverdueActions,
  closeIncident,
  recordSubmission,
  sendTermSummary,
  type Action,
  type MailMessage,
} from '../../core/incidents';
import { parseProfile, type ResolvedProfile } from '../../core/policy';
import { DEFAULT_SEED } from '../sample-school/generate';
import { DEMO_NOW, sampleIncidentYear } from '../sample-school/incidents';
import { sampleProfile } from '../sample-school/profile';
import { samplePeople } from '../sample-school/sample-people';
import { actionsCsv, alertsText, incidentLogCsv, needsAttentionCsv, summaryPage } from './demo-files';
import { MemoryActions, MemoryChaseLog, MemoryIncidentStore, MemoryMailer, MemorySummaries, clockAt } from './memory';

export const DEMO_SOURCE = 'demo';
export const DEMO_TERM = 'Summer 2026';

/** Links in the emails point at the files beside alerts.txt, where a school's point at its restricted sheets. */
const LOG_LINK = 'incident-log.csv';
const ACTIONS_LINK = 'actions.csv';

const ALERTS_NOTE = [
  'Every email the incident log sent during the sample school\u2019s year, in order: alerts to the DSL team,',
  'Needs Attention notices, the daily chase of overdue actions and the governors\u2019 termly summary (its HTML',
  'is in termly-summary.html). By design they carry references, categories and counts, never names or what',
  'happened. Links point at the files beside this one; in a school they open the restricted sheets.',
].join('\n');

export interface DemoFile {
  /** File name inside the output folder. */
  readonly name: string;
  /** What it is, for the line the command prints. */
  readonly about: string;
  readonly content: string;
}

export interface IncidentDemoSummary {
  readonly incidentsLogged: number;
  readonly needsAttention: number;
  /** Emails sent the moment a report arrived: incident alerts and Needs Attention notices. */
  readonly alertsSent: number;
  readonly chasesSent: number;
  readonly actions: number;
  readonly overdueActions: number;
  readonly closed: number;
  readonly summarySent: boolean;
  /** Emails that failed or had no one to go to: none, unless the sample profile lost a contact. */
  readonly alertErrors: number;
}

export interface IncidentDemo {
  readonly summary: IncidentDemoSummary;
  readonly files: readonly DemoFile[];
}

function resolvedProfile(seed: number): ResolvedProfile {
  const parsed = parseProfile(sampleProfile(samplePeople(seed)));
  if (!parsed.ok) throw new Error('the sample school profile does not validate');
  return parsed.profile;
}

/** The whole run in memory: nothing is written. */
export async function buildIncidentDemo(seed = DEFAULT_SEED): Promise<IncidentDemo> {
  const profile = resolvedProfile(seed);
  const year = sampleIncidentYear(samplePeople(seed), seed);
  const store = new MemoryIncidentStore();
  const mailer = new MemoryMailer();
  const actions: Action[] = [];
  let alertErrors = 0;

  const logged: { reference: string; sample: (typeof year)[number] }[] = [];
  for (const sample of year) {
    // The form's response timestamp is when the platform runs the trigger, a few seconds later.
    const arrived = new Date(Date.parse(String(sample.raw.reportedAt)) + 5_000).toISOString();
    const outcome = await recordSubmission(sample.raw, {
      store,
      mailer,
      clock: clockAt(arrived),
      profile,
      logLink: LOG_LINK,
      source: DEMO_SOURCE,
    });
    if (outcome.alertError) alertErrors += 1;
    if (outcome.ok) logged.push({ reference: outcome.reference, sample });
  }
  const alertsSent = mailer.sent.length;

  for (const { reference, sample } of logged) {
    sample.actions.forEach((action, index) =>
      actions.push({ id: actionId(reference, index + 1), reference, ...action }),
    );
  }
  let closed = 0;
  for (const { reference, sample } of logged) {
    if (!sample.closure) continue;
    const incident = store.incidents.find((item) => item.reference === reference)!;
    const result = closeIncident(incident, sample.closure.fields, { actions, now: new Date(sample.closure.at) });
    // The sample is ours: a closure core refuses is a bug in it, not something to show.
    if (!result.ok) throw new Error(`sample closure of ${reference} refused: ${result.errors[0]?.message}`);
    store.update(result.incident);
    closed += 1;
  }

  const clock = clockAt(DEMO_NOW);
  const actionStore = new MemoryActions(actions);
  const chase = await chaseOverdueActions({
    actions: actionStore,
    chaseLog: new MemoryChaseLog(),
    mailer,
    clock,
    profile,
    link: ACTIONS_LINK,
  });
  const sentBeforeSummary = mailer.sent.length;
  const termly = await sendTermSummary({
    incidents: store,
    actions: actionStore,
    summaries: new MemorySummaries(),
    mailer,
    clock,
    profile,
    termName: DEMO_TERM,
  });
  const summaryMessage: MailMessage | undefined = termly.sent ? mailer.sent[sentBeforeSummary] : undefined;

  const files: DemoFile[] = [
    {
      name: 'incident-log.csv',
      about: 'the Incident Log, as the DSL team\u2019s restricted sheet holds it',
      content: incidentLogCsv(store.incidents),
    },
    {
      name: 'needs-attention.csv',
      about: 'reports that could not be logged automatically, kept whole',
      content: needsAttentionCsv(store.needsAttention),
    },
    { name: 'actions.csv', about: 'actions on incidents, with owner, due and done', content: actionsCsv(actions) },
    {
      name: 'alerts.txt',
      about: 'every email sent: alerts, chases, the summary (no names, no details)',
      content: alertsText(mailer.sent, ALERTS_NOTE),
    },
    ...(summaryMessage
      ? [
          {
            name: 'termly-summary.html',
            about: `the governors\u2019 ${DEMO_TERM} summary, as emailed`,
            content: summaryPage(summaryMessage),
          },
        ]
      : []),
  ];
  return {
    summary: {
      incidentsLogged: logged.length,
      needsAttention: store.needsAttention.length,
      alertsSent,
      chasesSent: chase.emails,
      actions: actions.length,
      overdueActions: chase.chased,
      closed,
      summarySent: termly.sent,
      alertErrors: alertErrors + chase.failures,
    },
    files,
  };
}

/** Runs the demo and writes its files into `outDir` (created if needed); returns their paths with the summary. */
export async function runIncidentDemo(
  outDir: string,
  options: { readonly seed?: number } = {},
): Promise<IncidentDemoSummary & { readonly written: readonly { readonly path: string; readonly about: string }[] }> {
  const demo = await buildIncidentDemo(options.seed ?? DEFAULT_SEED);
  const root = path.resolve(outDir);
  await mkdir(root, { recursive: true });
  const written: { path: string; about: string }[] = [];
  for (const file of demo.files) {
    const target = path.join(root, file.name);
    await writeFile(target, file.content, 'utf8');
    written.push({ path: target, about: file.about });
  }
  return { ...demo.summary, written };
}
