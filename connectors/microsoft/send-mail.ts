/**
 * Mail sent as a configured mailbox through Graph `sendMail` (202: queued by Exchange, not yet delivered).
 * The app's Mail.Send permission should be scoped to that one mailbox (RBAC for Applications), see
 * docs/microsoft-incidents.md.
 */
import type { GraphApi } from './graph-client';

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  /** Plain text; used when there is no html. */
  readonly text: string;
  readonly html?: string;
}

const recipients = (addresses: readonly string[] = []) => addresses.map((address) => ({ emailAddress: { address } }));

export async function sendMail(
  graph: GraphApi,
  mailbox: string,
  mail: OutgoingMail,
  options: { saveToSentItems?: boolean } = {},
): Promise<void> {
  if (mail.to.length === 0 && (mail.cc ?? []).length === 0) throw new Error('sendMail: no recipients');
  const html = mail.html !== undefined && mail.html !== '';
  await graph.client.api(`/users/${encodeURIComponent(mailbox)}/sendMail`).post({
    message: {
      subject: mail.subject,
      body: { contentType: html ? 'HTML' : 'Text', content: html ? mail.html : mail.text },
      toRecipients: recipients(mail.to),
      ccRecipients: recipients(mail.cc),
    },
    // The sending mailbox's Sent Items is the school's record of what was sent.
    saveToSentItems: options.saveToSentItems ?? true,
  });
}

/** The `Mailer` port (core/incidents and others) over Graph. */
export function graphMailer(graph: GraphApi, mailbox: string): { send(message: OutgoingMail): Promise<void> } {
  return { send: (message) => sendMail(graph, mailbox, message) };
}
