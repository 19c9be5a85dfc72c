/**
 * `sos audit google undo`: puts back links that `--fix --yes` removed, from the fix log (the grant as it
 * was). A dry run unless --yes, like the fix itself.
 */
import {
  createGoogleLimiter,
  googleConnection,
  GoogleCredentialsError,
  googleSharingInventory,
} from '../../connectors/google';
import { openStateDb } from '../../connectors/state/database';
import { sqliteFixLog } from '../../connectors/state/fix-log';
import type { CommandContext } from '../command-context';
import { inputPath } from '../io';
import { alignColumns } from '../text-table';
import { InputError, UsageError } from '../usage-error';
import { describeGrant } from './apply-fix';

export interface RawUndoOptions {
  run?: string;
  state: string;
  admin?: string;
  key?: string;
  yes?: boolean;
}

export async function undoGoogleFix(raw: RawUndoOptions, ctx: CommandContext): Promise<number> {
  const runId = raw.run === undefined ? undefined : Number(raw.run);
  if (runId !== undefined && !(Number.isInteger(runId) && runId > 0))
    throw new UsageError(`--run: "${raw.run}" is not a run number`);
  const db = openStateDb(inputPath(ctx.io, raw.state));
  try {
    const log = sqliteFixLog(db);
    const run = runId ?? log.latestRunId();
    if (run === undefined) {
      ctx.io.stderr.write('audit google undo: no removals are logged in this state file\n');
      return 0;
    }
    const entries = log.list({ runId: run });
    if (entries.length === 0) {
      ctx.io.stderr.write(`audit google undo: run ${run} removed nothing that is not already restored\n`);
      return 0;
    }
    const rows = entries.map((e) => [
      e.name,
      e.owner,
      describeGrant(e.grant),
      e.removedAt.slice(0, 16).replace('T', ' '),
    ]);
    if (!raw.yes) {
      ctx.io.stdout.write(`Would put back (dry run: add --yes) from run ${run}:\n`);
      ctx.io.stdout.write(alignColumns(['ITEM', 'OWNER', 'LINK', 'REMOVED'], rows));
      return 0;
    }
    const admin = raw.admin?.trim().toLowerCase();
    if (!admin) throw new UsageError('--admin EMAIL is needed to put links back');
    let connection;
    try {
      connection = googleConnection(raw.key !== undefined ? { keyFile: inputPath(ctx.io, raw.key) } : {});
    } catch (err) {
      if (err instanceof GoogleCredentialsError) throw new InputError(err.message);
      throw err;
    }
    const inventory = googleSharingInventory({
      connection,
      admin,
      limiter: createGoogleLimiter(),
      schoolDomains: [...new Set(entries.map((e) => e.owner.split('@')[1] ?? '').filter(Boolean))],
    });
    let restored = 0;
    for (const e of entries) {
      try {
        await inventory.restoreGrant(e.scope, e.itemId, e.grant);
        log.markRestored(e.id, new Date());
        restored += 1;
      } catch (err) {
        ctx.io.stderr.write(
          `audit google undo: could not put back the link on "${e.name}": ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`,
        );
      }
    }
    ctx.io.stderr.write(`audit google undo: put back ${restored} of ${entries.length} links from run ${run}\n`);
    return restored === entries.length ? 0 : 1;
  } finally {
    db.close();
  }
}
