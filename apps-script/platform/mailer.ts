/** The core Mailer port over MailApp. Checks the day's quota first so a refusal names the cause. */
import type { MailMessage, Mailer } from '../../core/incidents';

export function mailAppMailer(senderName: string): Mailer {
  return {
    send(message: MailMessage): void {
      const recipients = message.to.length + (message.cc?.length ?? 0);
      if (recipients === 0) throw new Error('the message has no recipient');
      if (MailApp.getRemainingDailyQuota() < recipients) {
        throw new Error("MailApp's daily recipient quota is used up: the message was not sent");
      }
      MailApp.sendEmail({
        to: message.to.join(','),
        ...(message.cc && message.cc.length > 0 ? { cc: message.cc.join(',') } : {}),
        subject: message.subject,
        body: message.text,
        htmlBody: message.html,
        name: senderName,
      });
    },
  };
}
