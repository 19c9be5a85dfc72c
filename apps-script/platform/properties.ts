/**
 * Script properties: where setup keeps the ids of what it created, so a second run adopts them
 * instead of making copies. One key per thing; every key starts with SOS_ so people can tell ours apart.
 */
export const PROPERTY = {
  profile: 'SOS_PROFILE',
  incidentLogId: 'SOS_INCIDENT_LOG_ID',
  incidentFormId: 'SOS_INCIDENT_FORM_ID',
  /** JSON: form item id -> question id, so renaming a question on the form does not break the mapping. */
  incidentFormItems: 'SOS_INCIDENT_FORM_ITEMS',
  /** The highest incident reference issued, kept outside the rows (see IncidentStore.lastReference). */
  lastIncidentReference: 'SOS_INCIDENT_LAST_REFERENCE',
} as const;

export type PropertyKey = (typeof PROPERTY)[keyof typeof PROPERTY];

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function readProperty(key: PropertyKey): string | undefined {
  const value = store().getProperty(key);
  return value === null || value === '' ? undefined : value;
}

export function writeProperty(key: PropertyKey, value: string): void {
  store().setProperty(key, value);
}
