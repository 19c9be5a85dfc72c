import {
  INCIDENT_COLUMNS,
  createIncident,
  incidentFromRow,
  incidentToRow,
  needsAttentionToRow,
  triage,
  type Incident,
} from '../../../core/incidents';
import { profile, submission } from './helpers';

const contacts = profile().contacts;

function incident(overrides: Partial<Incident> = {}): Incident {
  const sub = submission({
    pupils: [
      { name: 'Alex Brown', yearGroup: 'Y8' },
      { name: 'Sam (Sammy) Lee', yearGroup: 'Reception' },
      { name: 'Kim', yearGroup: 'Y8' },
    ],
    staff: ['Ms Green'],
    external: ['=HYPERLINK("https://evil.example","click")'],
    description: 'Line one\nLine two',
  });
  return { ...createIncident(sub, 'OS-2026-0001', triage(sub, contacts)), ...overrides };
}

describe('incident rows', () => {
  it('has one cell per column', () => {
    expect(incidentToRow(incident())).toHaveLength(INCIDENT_COLUMNS.length);
  });

  it('neutralises formula injection in every text cell', () => {
    const row = incidentToRow(incident({ description: '@SUM(A1)', actionTaken: '+1', evidenceLocation: '-2' }));
    const at = (key: (typeof INCIDENT_COLUMNS)[number]) => row[INCIDENT_COLUMNS.indexOf(key)];
    expect(at('external')).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(at('description')).toBe("'@SUM(A1)");
    expect(at('actionTaken')).toBe("'+1");
    expect(at('evidenceLocation')).toBe("'-2");
    for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes year groups without names, in school order', () => {
    const row = incidentToRow(incident());
    expect(row[INCIDENT_COLUMNS.indexOf('yearGroups')]).toBe('Reception, Y8');
  });

  it('reads back what it wrote, open and closed', () => {
    const open = incident();
    const read = incidentFromRow(incidentToRow(open), 'Europe/London');
    expect(read).toEqual({ ok: true, value: open });

    const closed = incident({
      status: 'closed',
      closure: {
        closedAt: '2026-03-20T10:00:00.000Z',
        closedBy: 'dsl@example.sch.uk',
        outcome: 'Resolved with restorative meeting',
        parentsInformed: false,
        parentsNotInformedReason: 'Would place the child at risk',
        referrals: [{ agency: 'police', reference: 'CR/123/26', date: '2026-03-05' }],
        lessonsLearnt: 'none',
      },
    });
    expect(incidentFromRow(incidentToRow(closed), 'Europe/London')).toEqual({ ok: true, value: closed });
  });

  it('reads cells as Apps Script returns them (Dates, checkboxes, labels typed by hand)', () => {
    const row: unknown[] = [...incidentToRow(incident())];
    row[INCIDENT_COLUMNS.indexOf('reportedAt')] = new Date('2026-03-04T14:00:00Z');
    row[INCIDENT_COLUMNS.indexOf('category')] = 'cyberbullying';
    row[INCIDENT_COLUMNS.indexOf('aboutHeadteacher')] = 'TRUE';
    const read = incidentFromRow(row, 'Europe/London');
    expect(read.ok && read.value.reportedAt).toBe('2026-03-04T14:00:00.000Z');
    expect(read.ok && read.value.aboutHeadteacher).toBe(true);
  });

  it('names the columns it cannot read, without quoting them', () => {
    const row: unknown[] = [...incidentToRow(incident())];
    row[INCIDENT_COLUMNS.indexOf('category')] = 'Secret Nonsense';
    row[INCIDENT_COLUMNS.indexOf('status')] = 'maybe';
    const read = incidentFromRow(row, 'Europe/London');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((error) => error.path)).toEqual(['status', 'category']);
    expect(JSON.stringify(read.errors)).not.toContain('Secret');
  });
});

describe('needs attention rows', () => {
  it('keeps the raw report whole and neutralises it', () => {
    const raw = '=cmd|"/c calc"!A1';
    const row = needsAttentionToRow({
      receivedAt: '2026-03-04T14:00:00Z',
      source: 'power-automate',
      errors: [{ path: 'category', message: 'must be one of the incident categories' }],
      raw,
    });
    expect(row).toEqual([
      '2026-03-04T14:00:00Z',
      'power-automate',
      'category: must be one of the incident categories',
      `'${raw}`,
      '',
      '',
    ]);
  });
});
