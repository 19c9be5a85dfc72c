/**
 * The incident intake over HTTP: the same report the Google form sends, posted as JSON (by a Power
 * Automate flow on a Microsoft Form). core/incidents does the work (validate, number, triage, alert);
 * this adapts it to HTTP, SharePoint lists and Graph sendMail, and makes sure no report is lost:
 *  - 201 {reference}: logged, the alert sent (or its failure logged);
 *  - 400 {error, field, message}: the report is invalid; it is kept whole in Needs Attention and the
 *    DSL team told that something needs attention (no content);
 *  - 202 {status: "kept-for-attention"}: valid, but SharePoint would not take it into the log; kept
 *    in Needs Attention instead and the DSL team told;
 *  - 503: nothing could be stored; the caller should retry (Power Automate does by default).
 */
import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  dslTeam,
  needsAttentionEmail,
  parseSubmission,
  recordSubmission,
  type Clock,
  type FieldError,
  type IncidentStore,
  type NeedsAttentionEntry,
} from '../../../core/incidents';
import type { GraphApi } from '../../../connectors/microsoft/graph-client';
import {
  IncidentWriteError,
  resolveIncidentLists,
  SharePointIncidentStore,
  type IncidentListIds,
} from '../../../connectors/microsoft/incidents/incident-store';
import { graphMailer } from '../../../connectors/microsoft/send-mail';
import type { IncidentIntakeSettings } from '../settings';

/** A report is a page of answers; anything this large is not one and is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;
const SOURCE = 'power-automate';

export interface IncidentIntakeDeps {
  readonly settings: IncidentIntakeSettings;
  readonly graph: GraphApi;
  readonly clock?: Clock;
  /** Wait between attempts when another instance took a reference first; tests may shorten it. */
  readonly pause?: (attempt: number) => Promise<void>;
}

interface Ready {
  readonly lists: IncidentListIds;
  readonly store: SharePointIncidentStore;
}

export function createIncidentIntake(deps: IncidentIntakeDeps): HttpHandler {
  const clock = deps.clock ?? { now: () => new Date() };
  const { profile, siteId, mailbox } = deps.settings;
  const mailer = graphMailer(deps.graph, mailbox);
  let ready: Promise<Ready> | undefined;

  // Looked up on first use and kept for the life of the instance; a failure is retried next time.
  const environment = (): Promise<Ready> => {
    ready ??= resolveIncidentLists(deps.graph, siteId).then(
      (lists) => ({
        lists,
        store: new SharePointIncidentStore({
          graph: deps.graph,
          siteId,
          lists,
          timeZone: profile.school.timezone,
          pause: deps.pause,
        }),
      }),
      (err: unknown) => {
        ready = undefined;
        throw err;
      },
    );
    return ready;
  };

  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return tooLarge();
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLarge();
    const { payload, isJson } = parseBody(text);

    let env: Ready;
    try {
      env = await environment();
    } catch (err) {
      context.error(`incident intake: the SharePoint lists could not be reached: ${describe(err)}`);
      return unavailable();
    }

    const store = keepingBodyAsReceived(env.store, text);
    try {
      const outcome = await recordSubmission(payload, {
        store,
        mailer,
        clock,
        profile,
        logLink: env.lists.incidentLogUrl,
        source: SOURCE,
      });
      if (outcome.alertError) context.warn(`incident intake: alert not sent: ${outcome.alertError}`);
      if (!outcome.ok) {
        context.warn(`incident intake: invalid report kept in Needs Attention (${outcome.errors.length} problem(s))`);
        return invalidReport(isJson ? outcome.errors : [{ path: '(body)', message: 'must be a JSON object' }]);
      }
      context.log(`incident intake: logged ${outcome.reference} (${outcome.triage.severity})`);
      return { status: 201, jsonBody: { reference: outcome.reference } };
    } catch (err) {
      const cause = err instanceof IncidentWriteError ? ` (${describe(err.cause)})` : '';
      context.error(`incident intake: ${describe(err)}${cause}`);
      // An invalid report failed to reach Needs Attention: nothing is stored, so a retry duplicates nothing.
      if (!parseSubmission(payload).ok) return unavailable();
      return keepForAttention(err, text, store, env, context);
    }
  };

  /** A valid report the log would not take: keep it whole in Needs Attention and tell the DSL team. */
  async function keepForAttention(
    err: unknown,
    text: string,
    store: IncidentStore,
    env: Ready,
    context: InvocationContext,
  ): Promise<HttpResponseInit> {
    const reference = err instanceof IncidentWriteError ? err.reference : undefined;
    const errors: FieldError[] = [
      {
        path: '(log)',
        message: reference
          ? `was given reference ${reference} but could not be written to the Incident Log: log it by hand under that reference`
          : 'could not be written to the Incident Log (SharePoint did not accept it): log it by hand',
      },
    ];
    const entry: NeedsAttentionEntry = { receivedAt: clock.now().toISOString(), source: SOURCE, errors, raw: text };
    try {
      await store.appendNeedsAttention(entry);
    } catch (again) {
      context.error(`incident intake: Needs Attention could not be written either: ${describe(again)}`);
      return unavailable();
    }
    const team = dslTeam(profile.contacts);
    const to = team.length > 0 ? team : profile.contacts.headteacher ? [profile.contacts.headteacher] : [];
    try {
      if (to.length > 0) {
        await mailer.send(
          needsAttentionEmail(entry, {
            to,
            schoolName: profile.school.name,
            link: env.lists.needsAttentionUrl,
            timeZone: profile.school.timezone,
          }),
        );
      }
    } catch (mailErr) {
      context.warn(`incident intake: alert not sent: ${describe(mailErr)}`);
    }
    return { status: 202, jsonBody: { status: 'kept-for-attention', ...(reference ? { reference } : {}) } };
  }
}

function parseBody(text: string): { payload: unknown; isJson: boolean } {
  try {
    return { payload: JSON.parse(text) as unknown, isJson: true };
  } catch {
    // Kept as text: core reports it as not a report, and Needs Attention keeps it as received.
    return { payload: text, isJson: false };
  }
}

/** Needs Attention keeps the body exactly as it arrived, not a re-serialisation of what was parsed. */
function keepingBodyAsReceived(store: IncidentStore, text: string): IncidentStore {
  return {
    withLock: (work) => store.withLock(work),
    lastReference: () => store.lastReference(),
    append: (incident) => store.append(incident),
    list: () => store.list(),
    update: (incident) => store.update(incident),
    appendNeedsAttention: (entry) => store.appendNeedsAttention({ ...entry, raw: text }),
  };
}

function invalidReport(errors: readonly FieldError[]): HttpResponseInit {
  const first = errors[0] ?? { path: '(report)', message: 'is not a valid incident report' };
  return {
    status: 400,
    jsonBody: {
      error: 'invalid-report',
      field: first.path,
      message: `${first.path} ${first.message}`,
      errors: errors.map((e) => ({ field: e.path, message: e.message })),
      kept: true,
    },
  };
}

function tooLarge(): HttpResponseInit {
  return {
    status: 413,
    jsonBody: { error: 'too-large', field: '(body)', message: `the report must be under ${MAX_BODY_BYTES} bytes` },
  };
}

function unavailable(): HttpResponseInit {
  return {
    status: 503,
    headers: { 'Retry-After': '30' },
    jsonBody: { error: 'unavailable', message: 'the incident log could not be written; nothing was stored: try again' },
  };
}

/** One line for the Function log: the error's kind and status, never a payload. */
export function describe(err: unknown): string {
  const e = err as { name?: unknown; statusCode?: unknown; code?: unknown; message?: unknown } | null;
  const parts = [
    typeof e?.name === 'string' ? e.name : 'Error',
    typeof e?.statusCode === 'number' ? `HTTP ${e.statusCode}` : undefined,
    typeof e?.code === 'string' ? e.code : undefined,
    typeof e?.message === 'string' ? e.message.split('\n')[0]!.slice(0, 200) : undefined,
  ];
  return parts.filter((p) => p !== undefined).join(': ');
}
