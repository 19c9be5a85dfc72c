import type { Command } from 'commander';
import type { CommandContext } from '../command-context';

// Placeholder while the capability is being written; replaced by the real command.
export function registerMailMonitorMicrosoftCommand(parent: Command, ctx: CommandContext): void {
  void parent;
  void ctx;
}
