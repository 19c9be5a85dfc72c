import type { Io } from './io';

/** What every command's action gets from `main`. */
export interface CommandContext {
  readonly io: Io;
  /** The action's result; `main` returns it once commander is done. */
  setExitCode(code: number): void;
}
