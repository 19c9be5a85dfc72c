import { googleConnection } from '../../../../connectors/google/auth';
import { gmailMailSource, type GmailMailSourceOptions } from '../../../../connectors/google/gmail';
import { createGoogleLimiter, type GoogleLimiter } from '../../../../connectors/google/limiter';
import { memoryCursorStore } from '../../../../connectors/state/cursor-store';
import type { FetchedMail, MailSyncResult } from '../../../../core/mail/source';
import { startGmailEmulator, type GmailEmulator } from '../../../emulators/gmail';

export const STAFF = 'j.smith@example.sch.uk';
export const STAFF2 = 'b.jones@example.sch.uk';
export const PUPIL = '23abrown@pupils.example.sch.uk';
export const PUPIL2 = '24cgreen@pupils.example.sch.uk';
export const PUPIL_DOMAIN = 'pupils.example.sch.uk';
export const NOW = Date.UTC(2025, 0, 20, 12, 0);
export const DAY = 86_400_000;

let counter = 0;

/** A plain message; each call has its own Message-ID unless one is given. */
export function mail(headers: Record<string, string>, body = 'See you in class.'): string {
  counter += 1;
  const all = {
    'Message-ID': `<m${counter}.${Date.now()}@example.sch.uk>`,
    Date: new Date(NOW).toUTCString(),
    ...headers,
  };
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  return [...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}

/** Readable headers, but MIME the parser refuses: multipart with no boundary. */
export function brokenMail(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return [...lines, 'Content-Type: multipart/mixed', '', 'no parts here', ''].join('\r\n');
}

export interface Harness {
  readonly emulator: GmailEmulator;
  readonly cursors: ReturnType<typeof memoryCursorStore>;
  readonly limiter: GoogleLimiter;
  /** Every wait the limiter asked for (ms): no test really sleeps. */
  readonly sleeps: number[];
  sync(options?: Partial<GmailMailSourceOptions>, sink?: (m: FetchedMail) => Promise<void>): Promise<Run>;
}

export interface Run {
  readonly result: MailSyncResult;
  readonly offered: FetchedMail[];
}

export async function startHarness(mailboxes: readonly string[] = [STAFF, STAFF2]): Promise<Harness> {
  const emulator = await startGmailEmulator({ mailboxes, now: () => NOW });
  const sleeps: number[] = [];
  let clock = NOW;
  const limiter = createGoogleLimiter({
    baseDelayMs: 50,
    maxRetries: 4,
    random: () => 0.5,
    clock: {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    },
  });
  const connection = googleConnection({
    env: { SOS_ACCESS_TOKEN: 'test:{user}', SOS_GOOGLE_API_ROOT: emulator.rootUrl },
  });
  const cursors = memoryCursorStore();
  return {
    emulator,
    cursors,
    limiter,
    sleeps,
    async sync(options = {}, sink) {
      const offered: FetchedMail[] = [];
      const source = gmailMailSource({
        connection,
        mailboxes: [STAFF, STAFF2],
        pupilDomains: [PUPIL_DOMAIN],
        limiter,
        ...options,
      });
      const result = await source.sync(cursors, async (m) => {
        offered.push(m);
        await sink?.(m);
      });
      return { result, offered };
    },
  };
}

/** How often each (mailbox, Gmail id) was offered. */
export function offerCounts(offered: readonly FetchedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of offered)
    counts.set(`${m.mailbox} ${m.sourceId}`, (counts.get(`${m.mailbox} ${m.sourceId}`) ?? 0) + 1);
  return counts;
}

export function subjects(offered: readonly FetchedMail[], mailbox = STAFF): string[] {
  return offered
    .filter((m) => m.mailbox === mailbox)
    .map((m) => (m.kind === 'message' ? m.message.subject : `error:${m.sourceId}`))
    .sort();
}
