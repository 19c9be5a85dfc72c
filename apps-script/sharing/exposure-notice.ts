/**
 * The email asking an owner to check files the audit found shared outside the policy. Apps Script mode
 * removes nothing (that is `sos audit google --fix`), so this asks rather than reports a removal. It
 * names files, links and who can reach them, never what a file contains.
 */
import type { MailMessage } from '../../core/incidents';
import { escapeHtml } from '../../core/report/html/escape';
import { POLICY_CLAUSE } from '../../core/sharing/owner-notice';
import type { ExposureId } from '../../core/sharing/types';
import { EXPOSURE_IDS } from '../../core/sharing/types';

export interface NoticeFile {
  readonly name: string;
  readonly link: string;
  readonly exposure: readonly ExposureId[];
}

export interface NoticeOptions {
  readonly schoolName: string;
  readonly itContact?: string;
}

const MEANING: Readonly<Record<ExposureId, string>> = {
  'anyone-public': 'public on the web: anyone can find it in a search',
  'anyone-with-link': 'anyone with the link can open it, without signing in',
  'domain-link': 'anyone with a school account who has the link can open it',
  'external-user': 'shared with an account outside the school',
};

/** Stored exposure text ("anyone-with-link, external-user") back to ids; anything else is dropped. */
export function exposureIds(text: string): ExposureId[] {
  const parts = new Set(text.split(',').map((part) => part.trim()));
  return EXPOSURE_IDS.filter((id) => parts.has(id));
}

function displayName(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim() || '(untitled)';
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

export function exposureNotice(owner: string, files: readonly NoticeFile[], options: NoticeOptions): MailMessage {
  const sorted = [...files].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  const count = sorted.length;
  const subject = `${options.schoolName}: please check the sharing of ${
    count === 1 ? 'one of your files' : `${count} of your files`
  }`;
  const contact = options.itContact ? `the IT team (${options.itContact})` : 'the IT team';
  const intro = `${options.schoolName}'s regular check of file sharing found ${
    count === 1 ? 'a file' : 'files'
  } you own that more people can reach than the online safety policy expects:`;
  const lines = sorted.map((file) => ({
    name: displayName(file.name),
    link: file.link,
    what: file.exposure.map((id) => MEANING[id]).join('; and '),
  }));
  const ask =
    'Please open each one and, unless it really must be shared this way, choose Share > General access > ' +
    '"Restricted" and remove people outside the school who no longer need it.';
  const why = `Why: the policy asks us all to "${POLICY_CLAUSE}".`;
  const help = `If a file needs to stay shared (for example a page on the school website), or you are not sure, contact ${contact}.`;
  const text = [
    'Hello,',
    '',
    intro,
    '',
    ...lines.map((line) => `- "${line.name}": ${line.what}.\n  ${line.link}`),
    '',
    ask,
    '',
    why,
    '',
    help,
    '',
    'Thank you.',
  ].join('\n');
  const html =
    '<p>Hello,</p>' +
    `<p>${escapeHtml(intro)}</p>` +
    `<ul>${lines
      .map(
        (line) =>
          `<li><a href="${escapeHtml(line.link)}"><strong>${escapeHtml(line.name)}</strong></a>: ${escapeHtml(line.what)}.</li>`,
      )
      .join('')}</ul>` +
    `<p>${escapeHtml(ask)}</p><p>${escapeHtml(why)}</p><p>${escapeHtml(help)}</p><p>Thank you.</p>`;
  return { to: [owner], subject, text, html };
}
