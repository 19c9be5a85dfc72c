/**
 * Owners are emailed once a pass is complete, one message per owner listing their open findings not yet
 * told, within MailApp's daily recipient quota. The Audit sheet is the queue: "Owner told" is written
 * right after each message, so what the quota (or the slice's time) leaves is sent by a later slice,
 * and nobody is told twice about the same exposure. A reserve of the quota is left for safeguarding
 * alerts, which must never be crowded out by audit mail.
 */
import type { MailMessage } from '../../core/incidents';
import type { AuditSheet } from './audit-sheet';
import { AUDIT_STATUS } from './audit-templates';
import { exposureIds, exposureNotice, type NoticeOptions } from './exposure-notice';

/** Recipients a day kept for incident alerts and chases. */
export const QUOTA_RESERVE = 20;

export interface NoticeMailer {
  remainingQuota(): number;
  send(message: MailMessage): void;
}

export function mailAppNoticeMailer(senderName: string): NoticeMailer {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: (message) =>
      MailApp.sendEmail({
        to: message.to.join(','),
        subject: message.subject,
        body: message.text,
        htmlBody: message.html,
        name: senderName,
      }),
  };
}

export interface NoticeOutcome {
  readonly sent: number;
  /** Owners still waiting (quota or time ran out). */
  readonly waiting: number;
}

export function sendOwnerNotices(
  sheet: AuditSheet,
  mailer: NoticeMailer,
  options: NoticeOptions & { readonly hasTime: () => boolean; readonly sent?: () => void; readonly now: () => Date },
): NoticeOutcome {
  const byOwner = new Map<
    string,
    { fileIds: string[]; files: { name: string; link: string; exposure: ReturnType<typeof exposureIds> }[] }
  >();
  for (const row of sheet.rows()) {
    // Shared-drive findings are for IT: a drive has organisers, not one owner to ask.
    if (row.status !== AUDIT_STATUS.open || row.ownerTold !== undefined || !row.scope.startsWith('user:')) continue;
    if (!row.owner.includes('@')) continue;
    const entry = byOwner.get(row.owner) ?? { fileIds: [], files: [] };
    entry.fileIds.push(row.fileId);
    entry.files.push({ name: row.file, link: row.link, exposure: exposureIds(row.exposure) });
    byOwner.set(row.owner, entry);
  }
  const owners = [...byOwner.keys()].sort();
  let sent = 0;
  for (const owner of owners) {
    if (!options.hasTime() || mailer.remainingQuota() - QUOTA_RESERVE < 1) break;
    const entry = byOwner.get(owner)!;
    mailer.send(exposureNotice(owner, entry.files, options));
    sheet.markTold(entry.fileIds, options.now());
    sent += 1;
    options.sent?.();
  }
  return { sent, waiting: owners.length - sent };
}
