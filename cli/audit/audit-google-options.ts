import { loadProfile, ProfileFileError } from '../../connectors/files/profile-loader';
import type { ResolvedProfile } from '../../core/policy';
import { RISK_LEVELS, type RiskLevel } from '../../core/sharing/types';
import type { CommandContext } from '../command-context';
import { inputPath } from '../io';
import { defaultFormat, oneOf, positiveNumber } from '../option-values';
import { InputError, UsageError } from '../usage-error';
import { AUDIT_FORMATS, type AuditFormat } from './formatter';

export interface RawAuditGoogleOptions {
  policy?: string;
  admin?: string;
  format?: string;
  out?: string;
  scanContent?: boolean;
  fix?: boolean;
  yes?: boolean;
  fixMinRisk: string;
  fixDomainLinks?: boolean;
  notify: boolean;
  notifyFrom?: string;
  full?: boolean;
  fullEvery: string;
  state: string;
  key?: string;
  maxContentMb: string;
  concurrency: string;
  quiet?: boolean;
}

export interface AuditGoogleOptions {
  readonly profile?: ResolvedProfile;
  readonly admin: string;
  readonly format: AuditFormat;
  readonly out?: string;
  readonly scanContent: boolean;
  readonly fix?: {
    readonly apply: boolean;
    readonly minRisk: RiskLevel;
    readonly domainLinks: boolean;
    readonly notifyFrom?: string;
  };
  readonly full: boolean;
  readonly fullEveryDays: number;
  readonly stateFile: string;
  readonly keyFile?: string;
  readonly maxContentBytes: number;
  readonly concurrency: number;
  readonly quiet: boolean;
  /** Where SOS_GOOGLE_API_ROOT and SOS_ACCESS_TOKEN are read (default process.env): the demo's emulator. */
  readonly env?: NodeJS.ProcessEnv;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every flag checked before any call to Google; a bad one is named (exit 2). */
export async function validateAuditGoogleOptions(
  raw: RawAuditGoogleOptions,
  ctx: CommandContext,
): Promise<AuditGoogleOptions> {
  const format =
    raw.format !== undefined
      ? oneOf('--format', raw.format, AUDIT_FORMATS)
      : defaultFormat(raw.out, ctx.io.stdoutIsTTY);
  const minRisk = oneOf('--fix-min-risk', raw.fixMinRisk, RISK_LEVELS);
  if (raw.yes && !raw.fix) throw new UsageError('--yes only confirms --fix: add --fix to remove links');
  const fullEveryDays = positiveNumber('--full-every', raw.fullEvery);
  const maxContentBytes = Math.floor(positiveNumber('--max-content-mb', raw.maxContentMb) * 1024 * 1024);
  const concurrency = Math.floor(positiveNumber('--concurrency', raw.concurrency));
  if (concurrency > 32) throw new UsageError(`--concurrency: "${raw.concurrency}" is more than 32`);

  let profile: ResolvedProfile | undefined;
  if (raw.policy !== undefined) {
    try {
      profile = await loadProfile(inputPath(ctx.io, raw.policy));
    } catch (err) {
      if (err instanceof ProfileFileError) throw new InputError(err.message);
      throw err;
    }
  }
  const admin = (raw.admin ?? profile?.contacts.googleAdmin)?.trim().toLowerCase();
  if (admin === undefined || admin === '')
    throw new UsageError(
      '--admin EMAIL is needed (or contacts.googleAdmin in the profile): the Workspace administrator',
    );
  if (!EMAIL.test(admin)) throw new UsageError(`--admin: "${admin}" is not an email address`);
  const notifyFrom = raw.notifyFrom?.trim().toLowerCase();
  if (notifyFrom !== undefined && !EMAIL.test(notifyFrom))
    throw new UsageError(`--notify-from: "${raw.notifyFrom}" is not an email address`);

  return {
    ...(profile ? { profile } : {}),
    admin,
    format,
    ...(raw.out !== undefined ? { out: raw.out } : {}),
    scanContent: raw.scanContent === true,
    ...(raw.fix
      ? {
          fix: {
            apply: raw.yes === true,
            minRisk,
            domainLinks: raw.fixDomainLinks === true || profile?.sharing.fixDomainLinks === true,
            ...(raw.notify ? { notifyFrom: notifyFrom ?? admin } : {}),
          },
        }
      : {}),
    // A fix is planned on a full, fresh picture of every link, never on a partial one.
    full: raw.full === true || raw.fix === true,
    fullEveryDays,
    stateFile: inputPath(ctx.io, raw.state),
    ...(raw.key !== undefined ? { keyFile: inputPath(ctx.io, raw.key) } : {}),
    maxContentBytes,
    concurrency,
    quiet: raw.quiet === true,
  };
}
