/**
 * Incident Log rows as SharePoint list fields, both ways, through core's row conversion so the list and
 * the Google sheet hold the same values. A list is not a spreadsheet: the apostrophe core puts before
 * text starting with = + - @ is taken off again, so the list shows what was written.
 */
import {
  incidentFromRow,
  incidentToRow,
  INCIDENT_COLUMNS,
  type Incident,
  type NeedsAttentionEntry,
} from '../../../core/incidents';
import { readText } from '../../../core/incidents/cells';
import type { FieldValues } from '../sharepoint-list';
import { INCIDENT_LOG_DEFINITION } from './lists';

const BOOLEAN_COLUMNS = new Set(INCIDENT_LOG_DEFINITION.columns.filter((c) => c.kind === 'boolean').map((c) => c.name));

export function incidentFields(incident: Incident): FieldValues {
  const row = incidentToRow(incident);
  const fields: Record<string, string | number | boolean | null> = { Title: incident.reference };
  INCIDENT_COLUMNS.forEach((key, i) => {
    const cell = row[i];
    if (BOOLEAN_COLUMNS.has(key)) fields[key] = typeof cell === 'boolean' ? cell : null;
    else fields[key] = typeof cell === 'string' ? readText(cell) : String(cell ?? '');
  });
  return fields;
}

/** Undefined for an item that is not a readable incident (hand-edited beyond repair). */
export function incidentFromFields(fields: Readonly<Record<string, unknown>>, timeZone: string): Incident | undefined {
  const result = incidentFromRow(
    INCIDENT_COLUMNS.map((key) => fields[key] ?? ''),
    timeZone,
  );
  return result.ok ? result.value : undefined;
}

/** SharePoint multi-line text holds 63,999 characters; a longer payload spans several items. */
export const PAYLOAD_PART_CHARS = 60_000;

/** The items that keep one report whole: the payload split in order, each part naming its place. */
export function needsAttentionItems(entry: NeedsAttentionEntry, reportId: string): FieldValues[] {
  const parts: string[] = [];
  for (let at = 0; at < entry.raw.length || parts.length === 0; at += PAYLOAD_PART_CHARS) {
    parts.push(entry.raw.slice(at, at + PAYLOAD_PART_CHARS));
  }
  const errors = entry.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
  return parts.map((raw, i) => ({
    Title: `Report received ${entry.receivedAt}${parts.length > 1 ? ` (part ${i + 1} of ${parts.length})` : ''}`,
    receivedAt: entry.receivedAt,
    source: entry.source,
    errors,
    raw,
    part: `${i + 1}/${parts.length}`,
    reportId,
  }));
}
