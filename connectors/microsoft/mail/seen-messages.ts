/**
 * What a mailbox's sync has already handed to the sink, kept beside its delta link. A delta link that
 * expires (410) forces a full read of the folder; this record lets that read start where the last
 * complete round ended, less an overlap, and skip the messages it already offered: nothing is missed and
 * nothing is offered twice.
 *
 * - `through`: the latest receivedDateTime of any message of the last complete round (the watermark).
 * - `offered`: messages given to the sink, by id, with their receivedDateTime; pruned to the overlap.
 */
import { z } from 'zod';

/**
 * Sent Items are written when Exchange has submitted a message, so items can appear a little out of
 * order; a day's overlap covers that with room to spare, and holds at most a day of staff–pupil mail.
 */
export const RESYNC_OVERLAP_MS = 24 * 3600_000;

const seenSchema = z.object({
  v: z.literal(1),
  through: z.string().optional(),
  offered: z.record(z.string(), z.string()),
});

export class SeenMessages {
  private constructor(
    private through: string | undefined,
    private readonly offered: Map<string, string>,
  ) {}

  static empty(): SeenMessages {
    return new SeenMessages(undefined, new Map());
  }

  /** A stored record; an unreadable one counts as none (the next round rebuilds it). */
  static parse(text: string | undefined): SeenMessages {
    if (text === undefined) return SeenMessages.empty();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return SeenMessages.empty();
    }
    const parsed = seenSchema.safeParse(json);
    if (!parsed.success) return SeenMessages.empty();
    return new SeenMessages(parsed.data.through, new Map(Object.entries(parsed.data.offered)));
  }

  has(id: string): boolean {
    return this.offered.has(id);
  }

  add(id: string, receivedDateTime: string): void {
    this.offered.set(id, receivedDateTime);
  }

  /**
   * Where a full read starts: the overlap before the watermark, or undefined when there is none (the
   * first sync, which reads the lookback period instead).
   */
  resyncFrom(): Date | undefined {
    if (this.through === undefined) return undefined;
    const at = Date.parse(this.through);
    return Number.isNaN(at) ? undefined : new Date(at - RESYNC_OVERLAP_MS);
  }

  /** A round finished: the watermark moves on and what is older than the overlap is forgotten. */
  completeRound(latestReceived: string | undefined): void {
    const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);
    if (latestReceived !== undefined && (this.through === undefined || later(latestReceived, this.through))) {
      this.through = latestReceived;
    }
    const from = this.resyncFrom();
    if (from === undefined) return;
    for (const [id, received] of this.offered) {
      const at = Date.parse(received);
      if (!Number.isNaN(at) && at < from.getTime()) this.offered.delete(id);
    }
  }

  serialize(): string {
    return JSON.stringify({
      v: 1,
      ...(this.through !== undefined ? { through: this.through } : {}),
      offered: Object.fromEntries(this.offered),
    });
  }
}
