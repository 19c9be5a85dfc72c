import type { Command } from 'commander';
import type { CommandContext } from '../command-context';
import { inputPath, writeTo } from '../io';
import { InputError } from '../usage-error';

/** `sos policy check FILE`: validate a school profile and show it with every default filled in. */
export function registerPolicyCheckCommand(policy: Command, ctx: CommandContext): void {
  policy
    .command('check')
    .summary('validate a policy profile and print it with defaults filled in')
    .description(
      'Validate a school policy profile (JSON, comments allowed). Prints the resolved profile, defaults ' +
        'included, as JSON; a bad file prints each problem with the field it concerns.',
    )
    .argument('<file>', 'the profile, e.g. policy.json')
    .addHelpText('after', '\nExit codes: 0 valid, 2 invalid or unreadable profile.\n')
    .action(async (file: string) => {
      ctx.setExitCode(await policyCheck(file, ctx));
    });
}

export async function policyCheck(file: string, ctx: CommandContext): Promise<number> {
  const { loadProfile } = await import('../../connectors/files/profile-loader');
  let profile: unknown;
  try {
    profile = await loadProfile(inputPath(ctx.io, file));
  } catch (err) {
    // The loader's messages already name the file and each problem; they never quote more than a field.
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  await writeTo(ctx.io.stdout, JSON.stringify(profile, null, 2) + '\n');
  return 0;
}
