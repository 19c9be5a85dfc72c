/**
 * Reads the school profile named by `--policy FILE`. Everything about what the profile means is in
 * core/policy; this only reads the file and turns failures into messages that name it.
 */
import { promises as fs } from 'node:fs';
import { formatProfileErrors, parseProfileText, type ResolvedProfile } from '../../core/policy';

/** A profile that cannot be used: `message` has one line per problem; the command exits with 2. */
export class ProfileFileError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ProfileFileError';
  }
}

/** A profile is a page of settings; anything this big is the wrong file. */
const MAX_PROFILE_BYTES = 1024 * 1024;

export async function loadProfile(file: string): Promise<ResolvedProfile> {
  const text = await readText(file);
  const result = parseProfileText(text);
  if (!result.ok) throw new ProfileFileError(formatProfileErrors(result.errors, file));
  return result.profile;
}

async function readText(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new ProfileFileError(`${file}: is a folder; give the profile's file name`);
    if (stat.size > MAX_PROFILE_BYTES)
      throw new ProfileFileError(`${file}: is too large to be a school profile (over 1 MB)`);
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ProfileFileError) throw error;
    throw new ProfileFileError(`${file}: cannot read the file (${describeFsError(error)})`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'unknown error';
}
