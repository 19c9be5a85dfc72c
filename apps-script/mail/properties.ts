/**
 * The mail check's script properties. Kept apart from platform/properties.ts so the incident log's
 * keys stay as they are; every key starts with SOS_MAIL_ so people can tell them apart.
 */
import { parseAddress } from '../../core/people';

export const MAIL_PROPERTY = {
  /**
   * The monitoring mailbox's address, set by the DSL (Project Settings > Script properties). Only this
   * account may run the mail check, because GmailApp reads the mailbox of whoever runs the script.
   */
  monitor: 'SOS_MAIL_MONITOR',
  /** JSON: where the last slice stopped (see cursor.ts). */
  cursor: 'SOS_MAIL_CHECK_CURSOR',
} as const;

export type MailPropertyKey = (typeof MAIL_PROPERTY)[keyof typeof MAIL_PROPERTY];

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function readMailProperty(key: MailPropertyKey): string | undefined {
  const value = store().getProperty(key);
  return value === null || value.trim() === '' ? undefined : value;
}

export function writeMailProperty(key: MailPropertyKey, value: string): void {
  store().setProperty(key, value);
}

export class MailMonitorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailMonitorError';
  }
}

/** The monitoring mailbox, or undefined when the school has not turned the mail check on. */
export function monitorAccount(): string | undefined {
  const raw = readMailProperty(MAIL_PROPERTY.monitor);
  if (raw === undefined) return undefined;
  const address = parseAddress(raw)?.address;
  if (address === undefined) {
    throw new MailMonitorError(
      `script property ${MAIL_PROPERTY.monitor} is not an email address: fix it in Project Settings`,
    );
  }
  return address;
}
