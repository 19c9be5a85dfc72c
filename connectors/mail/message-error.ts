/**
 * A message that cannot be checked (no headers, broken MIME, an unknown charset): the check reports
 * `reason` and goes on. Reasons are short and fixed, never a quote from the message.
 */
export class MessageError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MessageError';
  }
}

/** Why a message failed, safe to print: our own reasons as they are, anything else by its kind only. */
export function messageFailure(err: unknown): string {
  if (err instanceof MessageError) return err.reason;
  if (err instanceof RangeError) return 'message too large to process';
  const name = err instanceof Error ? err.name : typeof err;
  return `cannot be read (unexpected ${name})`;
}
