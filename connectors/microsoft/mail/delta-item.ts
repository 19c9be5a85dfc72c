/**
 * One entry of a message delta page, checked at the boundary: a message (with only the fields we
 * `$select`) or a removal. Recipients are all a sync needs to decide whether to read a message at all.
 */
import { z } from 'zod';

const recipientSchema = z.looseObject({
  emailAddress: z.looseObject({ address: z.string().nullish() }).nullish(),
});

const removedSchema = z.looseObject({ id: z.string().min(1), '@removed': z.looseObject({}) });

const messageSchema = z.looseObject({
  id: z.string().min(1),
  receivedDateTime: z.string().nullish(),
  isDraft: z.boolean().nullish(),
  toRecipients: z.array(recipientSchema).nullish(),
  ccRecipients: z.array(recipientSchema).nullish(),
  bccRecipients: z.array(recipientSchema).nullish(),
});

/** What the sync selects: nothing about the content, which is read only for messages to pupils. */
export const DELTA_SELECT = 'id,receivedDateTime,isDraft,toRecipients,ccRecipients,bccRecipients';

export type DeltaItem =
  | { readonly kind: 'removed'; readonly id: string }
  | {
      readonly kind: 'message';
      readonly id: string;
      readonly receivedDateTime?: string;
      readonly isDraft: boolean;
      /** Lower-cased addresses of every recipient (To, Cc, Bcc). */
      readonly recipients: readonly string[];
    }
  | { readonly kind: 'invalid'; readonly id: string; readonly reason: string };

export function parseDeltaItem(raw: unknown): DeltaItem {
  const removed = removedSchema.safeParse(raw);
  if (removed.success) return { kind: 'removed', id: removed.data.id };
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    return {
      kind: 'invalid',
      id: typeof id === 'string' && id !== '' ? id : 'unknown',
      reason: `unexpected delta entry (${parsed.error.issues[0]?.path.join('.') || 'shape'})`,
    };
  }
  const m = parsed.data;
  const recipients = [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
    .map((r) => r.emailAddress?.address?.trim().toLowerCase())
    .filter((a): a is string => a !== undefined && a !== '');
  return {
    kind: 'message',
    id: m.id,
    ...(m.receivedDateTime ? { receivedDateTime: m.receivedDateTime } : {}),
    isDraft: m.isDraft === true,
    recipients,
  };
}

/**
 * Whether any recipient is a pupil: an address on a pupil domain (exactly, as core/people counts
 * domains: a subdomain or look-alike is not one), or one the directory lists as a pupil's.
 */
export function pupilRecipientTest(
  pupilDomains: readonly string[],
  pupilAddresses: readonly string[] = [],
): (recipients: readonly string[]) => boolean {
  const domains = new Set(pupilDomains.map((d) => d.trim().toLowerCase()));
  const addresses = new Set(pupilAddresses.map((a) => a.trim().toLowerCase()));
  return (recipients) => recipients.some((a) => addresses.has(a) || domains.has(a.slice(a.lastIndexOf('@') + 1)));
}
