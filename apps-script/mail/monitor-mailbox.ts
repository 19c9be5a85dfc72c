/**
 * The monitoring mailbox as the check reads it. A finished thread gets the `sos-checked` label; Gmail
 * keeps labels per message, so a reply arriving later is unlabelled and brings its thread back into
 * the search. Spam and trash are searched too (a routed copy filtered as spam must still be checked),
 * but not mail this account sent itself (the digests) or chats.
 */
export const CHECKED_LABEL = 'sos-checked';

/** Threads fetched per search; processed ones drop out of the next search, so it always starts at 0. */
export const PAGE_SIZE = 50;

export const UNCHECKED_QUERY = `in:anywhere -in:sent -in:chats -in:drafts -label:${CHECKED_LABEL}`;

type GmailThread = GoogleAppsScript.Gmail.GmailThread;

export interface MonitorMailbox {
  /** Threads with a message not yet checked, newest first, from `start`. */
  unchecked(start: number, max: number): GmailThread[];
  /** A thread by its Gmail id (the one a slice stopped inside), or null when it is gone. */
  thread(id: string): GmailThread | null;
  markChecked(thread: GmailThread): void;
}

export function gmailMonitorMailbox(): MonitorMailbox {
  let label: GoogleAppsScript.Gmail.GmailLabel | undefined;
  const checkedLabel = () => {
    // createLabel returns the existing label when there is one: looked up first to spare a write.
    label ??= GmailApp.getUserLabelByName(CHECKED_LABEL) ?? GmailApp.createLabel(CHECKED_LABEL);
    return label;
  };
  return {
    unchecked: (start, max) => GmailApp.search(UNCHECKED_QUERY, start, max),
    thread: (id) => GmailApp.getThreadById(id),
    markChecked: (thread) => {
      thread.addLabel(checkedLabel());
    },
  };
}
