import { triage } from '../../core/incidents';
import { COUNTER_LIST, INCIDENT_LOG_LIST, NEEDS_ATTENTION_LIST } from '../../connectors/microsoft/incidents/lists';
import { MAILBOX, SECRETS, SITE, startIntake, testProfile, validReport, type Harness } from './intake-harness';

let h: Harness;
afterEach(async () => {
  const done = h as Harness | undefined;
  h = undefined as unknown as Harness;
  if (!done) return;
  await done.close();
  // Whatever happened, nothing the reporter wrote reached the Function's log.
  for (const secret of SECRETS) expect(done.logs.join('\n')).not.toContain(secret);
});

const log = () => h.emulator.tenant.itemFields(SITE, INCIDENT_LOG_LIST);
const attention = () => h.emulator.tenant.itemFields(SITE, NEEDS_ATTENTION_LIST);
const counter = () => h.emulator.tenant.itemFields(SITE, COUNTER_LIST);
const mail = () => h.emulator.tenant.sentMail;

function mailText(m: { message: Record<string, unknown> }): string {
  return JSON.stringify(m.message);
}

describe('a valid report', () => {
  beforeEach(async () => (h = await startIntake()));

  it('is logged as a list item with its reference and fields, and answered 201 {reference}', async () => {
    const res = await h.invoke(validReport());

    expect(res.status).toBe(201);
    expect(res.jsonBody).toEqual({ reference: 'OS-2026-0001' });
    const items = log();
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({
      Title: 'OS-2026-0001',
      reference: 'OS-2026-0001',
      status: 'open',
      severity: 'medium',
      category: 'Cyberbullying',
      reporter: 'j.smith@example.sch.uk',
      reportedAt: '2026-03-04T13:45:00Z',
      occurredAt: '2026-03-04T12:10:00Z',
      location: 'On a school device or the school network',
      yearGroups: 'Y8, Y9',
      pupils: 'Alexandra Brownlow (Y8)\nSamuel Greenhalgh (Y9)',
      staff: 'Mr Tobias Whitfield',
      description: 'Alexandra received threatening messages in the class chat from an anonymous account.',
      aboutHeadteacher: false,
      adultInvolved: 'no',
      immediateRisk: 'no',
      caseManager: 'dsl',
      parentsInformed: null,
    });
    expect(counter()[0]).toMatchObject({ lastReference: 'OS-2026-0001' });
  });

  it('keeps text as text: a leading = is stored as typed, not as a formula-escaped value', async () => {
    await h.invoke(validReport({ actionTaken: '=HYPERLINK("x") pasted by mistake' }));
    expect(log()[0]!.actionTaken).toBe('=HYPERLINK("x") pasted by mistake');
  });

  it('alerts the triage recipients from the configured mailbox, without description or names', async () => {
    const res = await h.invoke(validReport());
    expect(res.status).toBe(201);

    const expected = triage(
      {
        category: 'cyberbullying',
        location: 'school-system',
        aboutHeadteacher: false,
        adultInvolved: 'no',
        immediateRisk: 'no',
      },
      testProfile().contacts,
    ).recipients;
    expect(expected).toContain('dsl@example.sch.uk');
    expect(mail()).toHaveLength(1);
    const sent = mail()[0]!;
    expect(sent.mailbox).toBe(MAILBOX);
    const to = (sent.message.toRecipients as Array<{ emailAddress: { address: string } }>).map(
      (r) => r.emailAddress.address,
    );
    expect(to).toEqual(expected);
    expect(String(sent.message.subject)).toContain('OS-2026-0001');
    for (const secret of SECRETS) expect(mailText(sent)).not.toContain(secret);
    // The link goes to the restricted list.
    expect(mailText(sent)).toContain('/Lists/IncidentLog');
  });

  it('routes a concern about the headteacher to the chair of governors', async () => {
    await h.invoke(validReport({ category: 'staff-concern', aboutHeadteacher: 'Yes' }));
    const to = (mail()[0]!.message.toRecipients as Array<{ emailAddress: { address: string } }>).map(
      (r) => r.emailAddress.address,
    );
    expect(to).toContain('chair@example.sch.uk');
    expect(to).not.toContain('head@example.sch.uk');
  });

  it('is retried after a 429 with Retry-After on item creation, and logged once', async () => {
    h.emulator.faults.add({ method: 'POST', path: `/lists/${h.lists.incidentLog}/items`, status: 429, retryAfter: 1 });

    const res = await h.invoke(validReport());

    expect(res.status).toBe(201);
    const posts = h.emulator.log.find('POST', `/lists/${h.lists.incidentLog}/items`);
    expect(posts.map((p) => p.status)).toEqual([429, 201]);
    expect(posts[1]!.headers['retry-attempt']).toBe('1');
    expect(log()).toHaveLength(1);
    expect(h.emulator.faults.pending()).toHaveLength(0);
  });

  it('still answers 201 when the alert cannot be sent, and logs why without content', async () => {
    h.emulator.faults.add({ path: `/users/${MAILBOX}/sendMail`, status: 500 });
    const res = await h.invoke(validReport());
    expect(res.status).toBe(201);
    expect(log()).toHaveLength(1);
    expect(h.logs.some((l) => l.startsWith('warning: incident intake: alert not sent'))).toBe(true);
  });
});

describe('references', () => {
  beforeEach(async () => (h = await startIntake()));

  it('are unique and consecutive for simultaneous submissions', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => h.invoke(validReport())));

    const references = results.map((r) => (r.jsonBody as { reference: string }).reference).sort();
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(references).toEqual(['0001', '0002', '0003', '0004', '0005', '0006'].map((n) => `OS-2026-${n}`));
    expect(
      log()
        .map((i) => i.reference)
        .sort(),
    ).toEqual(references);
    expect(counter()[0]).toMatchObject({ lastReference: 'OS-2026-0006' });
    // They really raced: the counter refused stale writes and the losers started again.
    const patches = h.emulator.log.find('PATCH', `/lists/${h.lists.counter}/items`);
    expect(patches.some((p) => p.status === 412)).toBe(true);
  });

  it('carry on from the highest in the log when the counter item was deleted', async () => {
    const list = h.emulator.tenant.list(SITE, INCIDENT_LOG_LIST)!;
    await h.invoke(validReport());
    list.items[0]!.fields.reference = 'OS-2025-0041';
    h.emulator.tenant.list(SITE, COUNTER_LIST)!.items.length = 0;

    const res = await h.invoke(validReport());
    expect(res.jsonBody).toEqual({ reference: 'OS-2026-0042' });
    expect(counter()).toHaveLength(1);
  });
});

describe('a bad report', () => {
  beforeEach(async () => (h = await startIntake()));

  it('gets a 400 naming the field, and is kept whole, as received, in Needs Attention', async () => {
    const body = JSON.stringify(validReport({ description: '   ' }), null, 1);

    const res = await h.invoke(body);

    expect(res.status).toBe(400);
    expect(res.jsonBody).toMatchObject({ error: 'invalid-report', field: 'description', kept: true });
    expect(String((res.jsonBody as { message: string }).message)).toMatch(/^description /);
    const kept = attention();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.raw).toBe(body);
    expect(kept[0]!.errors).toContain('description:');
    expect(kept[0]!.source).toBe('power-automate');
    expect(log()).toHaveLength(0);
    expect(counter()[0]!.lastReference).toBe('');
  });

  it('alerts the DSL team that something needs attention, with no content', async () => {
    await h.invoke(validReport({ category: 'not-a-category' }));
    expect(mail()).toHaveLength(1);
    const sent = mail()[0]!;
    const to = (sent.message.toRecipients as Array<{ emailAddress: { address: string } }>).map(
      (r) => r.emailAddress.address,
    );
    expect(to).toEqual(['dsl@example.sch.uk', 'deputy@example.sch.uk']);
    expect(String(sent.message.subject)).toMatch(/needs attention/);
    expect(mailText(sent)).toContain('category');
    for (const secret of SECRETS) expect(mailText(sent)).not.toContain(secret);
  });

  it('names a misspelt field and keeps what was under it', async () => {
    const report = validReport();
    delete report.evidenceLocation;
    report.evidenceLocaton = 'on the form tutor’s laptop';
    const res = await h.invoke(report);
    expect(res.status).toBe(400);
    expect(res.jsonBody).toMatchObject({ field: 'evidenceLocaton' });
    expect(attention()[0]!.raw).toContain('on the form tutor’s laptop');
  });

  it('that is not JSON gets a 400 for the body, and its text is kept', async () => {
    const body = '{"reporter": "j.smith@example.sch.uk", "description": "cut off';
    const res = await h.invoke(body);
    expect(res.status).toBe(400);
    expect(res.jsonBody).toMatchObject({ field: '(body)' });
    expect(attention()[0]!.raw).toBe(body);
  });

  it('longer than one SharePoint text field is kept across items, in order', async () => {
    const body = JSON.stringify(validReport({ description: 'x'.repeat(130_000) }));
    const res = await h.invoke(body);
    expect(res.status).toBe(400);
    const parts = attention();
    expect(parts.map((p) => p.part)).toEqual(['1/3', '2/3', '3/3']);
    expect(new Set(parts.map((p) => p.reportId)).size).toBe(1);
    expect(parts.map((p) => p.raw).join('')).toBe(body);
  });

  it('gets a 503 when even Needs Attention cannot be written, so the caller retries', async () => {
    h.emulator.faults.add({ method: 'POST', path: `/lists/${h.lists.needsAttention}/items`, status: 500 });
    const res = await h.invoke(validReport({ description: '' }));
    expect(res.status).toBe(503);
    expect(attention()).toHaveLength(0);
  });
});

describe('when SharePoint fails', () => {
  it('a valid report the log will not take is kept in Needs Attention under its reference (202)', async () => {
    h = await startIntake();
    h.emulator.faults.add({ method: 'POST', path: `/lists/${h.lists.incidentLog}/items`, status: 500 });
    const body = JSON.stringify(validReport());

    const res = await h.invoke(body);

    expect(res.status).toBe(202);
    expect(res.jsonBody).toEqual({ status: 'kept-for-attention', reference: 'OS-2026-0001' });
    expect(log()).toHaveLength(0);
    expect(attention()[0]!.raw).toBe(body);
    expect(attention()[0]!.errors).toContain('OS-2026-0001');
    expect(mail().map((m) => String(m.message.subject))).toEqual([expect.stringMatching(/needs attention/)]);
    // The number stays issued: the next report does not reuse it.
    expect((await h.invoke(validReport())).jsonBody).toEqual({ reference: 'OS-2026-0002' });
  });

  it('answers 503 and stores nothing when the lists were never set up', async () => {
    h = await startIntake({ setup: false });
    const res = await h.invoke(validReport());
    expect(res.status).toBe(503);
    expect(h.logs.join('\n')).toContain('sos setup microsoft incidents');
    expect(h.emulator.tenant.sentMail).toHaveLength(0);
  });

  it('refuses a body over 1 MB unread', async () => {
    h = await startIntake();
    const res = await h.invoke('x'.repeat(1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(attention()).toHaveLength(0);
  });
});
