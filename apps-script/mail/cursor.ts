/**
 * Where the mail check stopped, in one script property (Apps Script allows 9 KB a value). Finished
 * threads carry the `sos-checked` label, so the cursor only needs the thread a slice stopped inside:
 * its Gmail id and the ids of the messages already checked. The rest is for people reading it.
 */
import { z } from 'zod';
import { MAIL_PROPERTY, readMailProperty, writeMailProperty } from './properties';

const cursorSchema = z.object({
  thread: z.object({ id: z.string().min(1), done: z.array(z.string()) }).optional(),
  /** The last message checked: its Gmail id and when it was received (ISO 8601). */
  lastMessageId: z.string().optional(),
  lastMessageDate: z.string().optional(),
  lastSliceAt: z.string().optional(),
  /** Messages checked since the cursor was first written. */
  checked: z.number().int().nonnegative().default(0),
});

export type MailCursor = z.infer<typeof cursorSchema>;

/** Property values are limited to 9 KB; stay well under, whatever the ids look like. */
const MAX_BYTES = 8 * 1024;

export interface CursorPort {
  load(): MailCursor;
  save(cursor: MailCursor): void;
}

export function emptyCursor(): MailCursor {
  return { checked: 0 };
}

/**
 * The cursor as JSON under the limit: a very long thread keeps only its most recent checked ids (the
 * others are checked again next time, which changes nothing, as the Review sheet holds one row a message).
 */
export function serialiseCursor(cursor: MailCursor): string {
  let current = cursor;
  let text = JSON.stringify(current);
  while (text.length > MAX_BYTES && current.thread && current.thread.done.length > 0) {
    const done = current.thread.done;
    current = { ...current, thread: { id: current.thread.id, done: done.slice(Math.ceil(done.length / 2)) } };
    text = JSON.stringify(current);
  }
  return text;
}

export function parseCursor(text: string | undefined): MailCursor {
  if (text === undefined) return emptyCursor();
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a cursor edited by hand starts afresh rather than stopping the check
  }
  console.warn(`script property ${MAIL_PROPERTY.cursor} could not be read: the check starts afresh (nothing is lost)`);
  return emptyCursor();
}

export const propertyCursor: CursorPort = {
  load: () => parseCursor(readMailProperty(MAIL_PROPERTY.cursor)),
  save: (cursor) => writeMailProperty(MAIL_PROPERTY.cursor, serialiseCursor(cursor)),
};
