import type { DirectoryEntry, People } from '../../core/people';
import type { ResolvedProfile } from '../../core/policy';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { InputError } from '../usage-error';

export interface PolicyAndDirectory {
  readonly profile: ResolvedProfile;
  readonly entries: readonly DirectoryEntry[];
  readonly people: People;
}

/**
 * The profile and the people directory a live mail monitor needs: a file that cannot be used is exit 2
 * with its reason; rows the directory skipped are warnings on stderr, prefixed with the command's name.
 */
export async function loadPolicyAndDirectory(
  files: { readonly policy: string; readonly directory: string },
  ctx: CommandContext,
  command: string,
): Promise<PolicyAndDirectory> {
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  const { loadDirectory } = await import('../../connectors/files/directory-loader');
  const { createPeople } = await import('../../core/people');
  let profile: ResolvedProfile;
  let loaded;
  try {
    profile = await loadProfile(inputPath(ctx.io, files.policy));
    loaded = await loadDirectory(inputPath(ctx.io, files.directory));
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  if (loaded.report !== '') {
    for (const line of loaded.report.split('\n')) await writeTo(ctx.io.stderr, `${command}: warning: ${line}\n`);
  }
  return { profile, entries: loaded.entries, people: createPeople(profile, loaded.entries) };
}
