import type { Command } from 'commander';
import { isSiteId, SITE_ID_HINT } from '../../connectors/microsoft/site-id';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { InputError, UsageError } from '../usage-error';

interface RawOptions {
  site: string;
  policy?: string;
}

export interface SetupMicrosoftIncidentsOptions {
  readonly siteId: string;
  readonly policy?: string;
}

/** What tests replace: the environment the Graph client is made from, and the fetch it uses. */
export interface SetupDeps {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

/** `sos setup microsoft incidents`: the SharePoint lists behind the incident log's Function app. */
export function registerSetupMicrosoftIncidentsCommand(
  microsoft: Command,
  ctx: CommandContext,
  deps: SetupDeps = {},
): void {
  microsoft
    .command('incidents')
    .summary('create (or adopt) the SharePoint lists of the incident log')
    .description(
      'Create, or adopt when they exist, the Incident Log, Actions and Needs Attention lists (and the ' +
        'reference counter) on a SharePoint site, adding any missing columns. Safe to run again. Signs in ' +
        'with SOS_TENANT_ID, SOS_CLIENT_ID and SOS_CLIENT_SECRET (or SOS_CLIENT_CERTIFICATE_PATH), or uses ' +
        'SOS_ACCESS_TOKEN; SOS_GRAPH_BASE_URL replaces the Graph endpoint.',
    )
    .requiredOption('--site <site-id>', 'the site id, e.g. contoso.sharepoint.com,<site guid>,<web guid>')
    .option('--policy <file>', 'school profile: warns about contacts the alerts will need but it lacks')
    .addHelpText(
      'after',
      `
Exit codes: 0 lists ready, 1 fatal error, 2 usage, profile or sign-in settings error.

Find the site id with Graph Explorer: GET https://graph.microsoft.com/v1.0/sites/<host>:/sites/<name>?$select=id

Example:
  sos setup microsoft incidents --site contoso.sharepoint.com,2c712604-1370-44e7-a1f5-426573fda80a,2d2244c3-251a-49ea-93a8-39e1c3a060fe --policy policy.json
`,
    )
    .action(async (raw: RawOptions) => {
      const options = validateOptions(raw);
      ctx.setExitCode(await setupMicrosoftIncidents(options, ctx, deps));
    });
}

export function validateOptions(raw: RawOptions): SetupMicrosoftIncidentsOptions {
  const siteId = raw.site.trim();
  if (!isSiteId(siteId)) throw new UsageError(`--site: must be ${SITE_ID_HINT}`);
  return { siteId, policy: raw.policy };
}

export async function setupMicrosoftIncidents(
  options: SetupMicrosoftIncidentsOptions,
  ctx: CommandContext,
  deps: SetupDeps = {},
): Promise<number> {
  // Loaded on use: `sos --help` needs neither msal nor the Graph client.
  const { createGraphFromEnv } = await import('../../connectors/microsoft/graph-client');
  const { GraphCredentialsError } = await import('../../connectors/microsoft/credentials');
  const { ensureIncidentLists } = await import('../../connectors/microsoft/incidents/setup');
  const out = (line: string) => writeTo(ctx.io.stdout, `${line}\n`);

  const missing = options.policy !== undefined ? await missingContacts(inputPath(ctx.io, options.policy)) : [];

  let graph;
  try {
    graph = createGraphFromEnv(deps.env ?? process.env, { fetch: deps.fetch });
  } catch (err) {
    if (err instanceof GraphCredentialsError) throw new InputError(err.message);
    throw err;
  }

  try {
    await graph.client.api(`/sites/${encodeURIComponent(options.siteId)}?$select=id,webUrl`).get();
  } catch (err) {
    const status = (err as { statusCode?: unknown }).statusCode;
    if (status === 404 || status === 400)
      throw new UsageError(`--site: no SharePoint site has that id (HTTP ${status})`);
    if (status === 401 || status === 403) {
      throw new InputError(
        `Graph refused access to the site (HTTP ${status}): grant the app Sites.Selected on it (see docs/microsoft-incidents.md)`,
      );
    }
    throw err;
  }

  const result = await ensureIncidentLists(graph, options.siteId);
  for (const { list, created, columnsAdded } of result.lists) {
    if (created) await out(`created  "${list.displayName}" with ${columnsAdded.length} columns  ${list.webUrl}`);
    else if (columnsAdded.length > 0) {
      await out(
        `adopted  "${list.displayName}", added ${columnsAdded.length} missing columns: ${columnsAdded.join(', ')}`,
      );
    } else await out(`adopted  "${list.displayName}" (already complete)  ${list.webUrl}`);
  }
  await out(`last reference issued: ${result.lastReference ?? 'none yet'}`);
  for (const role of missing) {
    ctx.io.stderr.write(
      `warning: the profile has no contacts.${role} address; alerts that need it will not reach anyone\n`,
    );
  }
  ctx.io.stderr.write(
    "The lists inherit the site's permissions: only the DSL team should be able to open the site " +
      '(docs/microsoft-incidents.md, step 1). Now lower the app to the "write" role on the site (step 2).\n',
  );
  return 0;
}

/** Contacts some category's alert or case route would need but the profile lacks. */
async function missingContacts(file: string): Promise<string[]> {
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  const { CATEGORY_IDS, triage } = await import('../../core/incidents');
  let profile;
  try {
    profile = await loadProfile(file);
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const missing = new Set<string>();
  for (const category of CATEGORY_IDS) {
    for (const aboutHeadteacher of [false, true]) {
      const result = triage(
        { category, location: 'school-system', aboutHeadteacher, adultInvolved: 'yes', immediateRisk: 'yes' },
        profile.contacts,
      );
      for (const role of result.missingContacts) missing.add(role);
    }
  }
  return [...missing];
}
