import { google } from 'googleapis';
import { GOOGLE_SCOPES, type GoogleConnection, type GoogleLimiter } from '../../connectors/google';
import type { OwnerNotice } from '../../core/sharing/owner-notice';

/** Sends a plain-text + HTML email as `from` through the Gmail API (domain-wide delegation, gmail.send). */
export async function sendGmail(
  connection: GoogleConnection,
  limiter: GoogleLimiter,
  from: string,
  notice: OwnerNotice,
): Promise<void> {
  const gmail = google.gmail({
    version: 'v1',
    auth: connection.clientFor(from, [GOOGLE_SCOPES.gmailSend]),
    ...(connection.rootUrl ? { rootUrl: connection.rootUrl } : {}),
    retry: false,
  });
  const boundary = `sos-${Date.now().toString(36)}`;
  const encodedSubject = `=?UTF-8?B?${Buffer.from(notice.subject, 'utf8').toString('base64')}?=`;
  const mime = [
    `From: ${from}`,
    `To: ${notice.to.join(', ')}`,
    `Subject: ${encodedSubject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(notice.text, 'utf8').toString('base64'),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(notice.html, 'utf8').toString('base64'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  await limiter.run(from, 'gmail.users.messages.send', () =>
    gmail.users.messages.send({ userId: 'me', requestBody: { raw: Buffer.from(mime).toString('base64url') } }),
  );
}
