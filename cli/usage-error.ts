/**
 * Errors that end a command with exit code 2. `main` prints the message prefixed by the command's
 * name; messages name the bad value and never carry file contents.
 */

/** A mistake in how the command was called (bad flag value, missing path): a usage hint follows. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A bad input file the user gave (e.g. an invalid profile): the message is the whole story. */
export class InputError extends Error {
  override name = 'InputError';
}
