import { releaseExtractors } from '../../connectors/files';
import { MessageError, messageFailure, readMailFiles, toMessage, type MailFile } from '../../connectors/mail';
import type { MailFlag, MailMessage } from '../../core/mail/message';
import type { MailCheckError } from '../../core/report/html/mail-report-model';

/** The checker as the command uses it (core/mail's createMailChecker returns one). */
export interface MessageChecker {
  check(msg: MailMessage): MailFlag | null;
}

export interface MailRunOptions {
  readonly maxMessageBytes: number;
}

export interface MailRunListener {
  /** A flagged message, with where it was found. */
  flag(flag: MailFlag, where: { source: string; index: number; inMbox: boolean }): Promise<void>;
  /** A message (or a whole file) that could not be checked. */
  error(error: MailCheckError): Promise<void>;
  /** Every message read or failed, once it is done (`bytes`: its size, for progress by bytes). */
  done?(step: { bytes: number; failed: boolean }): void;
}

export interface MailTally {
  messagesChecked: number;
  flagged: number;
  errors: number;
  skippedFiles: number;
  skippedByExtension: Record<string, number>;
}

/** Reads every message of the files, one at a time, and runs the checker on each. */
export async function runMailCheck(
  files: readonly MailFile[],
  checker: MessageChecker,
  options: MailRunOptions,
  listener: MailRunListener,
): Promise<MailTally> {
  const tally: MailTally = { messagesChecked: 0, flagged: 0, errors: 0, skippedFiles: 0, skippedByExtension: {} };
  const inMbox = new Map(files.map((f) => [f.display, f.kind === 'mbox']));
  try {
    for await (const item of readMailFiles(files, { maxMessageBytes: options.maxMessageBytes })) {
      if (item.kind === 'skipped') {
        tally.skippedFiles += 1;
        tally.skippedByExtension[item.ext] = (tally.skippedByExtension[item.ext] ?? 0) + 1;
        continue;
      }
      if (item.kind === 'error') {
        tally.errors += 1;
        await listener.error(withPosition(item.source, item.index, item.offset, item.error, inMbox));
        listener.done?.({ bytes: 0, failed: true });
        continue;
      }
      let flag: MailFlag | null;
      try {
        const msg = await toMessage(item.raw, item.envelope !== undefined ? { envelope: item.envelope } : {});
        flag = checkOne(checker, msg);
      } catch (err) {
        tally.errors += 1;
        await listener.error(withPosition(item.source, item.index, item.offset, messageFailure(err), inMbox));
        listener.done?.({ bytes: item.raw.length, failed: true });
        continue;
      }
      tally.messagesChecked += 1;
      if (flag) {
        tally.flagged += 1;
        await listener.flag(flag, { source: item.source, index: item.index, inMbox: inMbox.get(item.source) === true });
      }
      listener.done?.({ bytes: item.raw.length, failed: false });
    }
  } finally {
    // A PDF attachment starts a reader thread; once the check is over it must not hold the process open.
    await releaseExtractors();
  }
  return tally;
}

/** A rule that fails on one odd message is reported for that message; the check goes on. */
function checkOne(checker: MessageChecker, msg: MailMessage): MailFlag | null {
  try {
    return checker.check(msg);
  } catch (err) {
    const name = err instanceof Error ? err.name : typeof err;
    throw new MessageError(`the rules could not run on it (unexpected ${name})`);
  }
}

/** An .eml file is one message: its position adds nothing. */
function withPosition(
  source: string,
  index: number | undefined,
  offset: number | undefined,
  error: string,
  inMbox: Map<string, boolean>,
): MailCheckError {
  if (index === undefined || inMbox.get(source) !== true) return { source, error };
  return { source, index, ...(offset !== undefined ? { offset } : {}), error };
}
