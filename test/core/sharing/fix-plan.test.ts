import { withoutAllowed } from '../../../core/sharing/allowances';
import { exposuresOf } from '../../../core/sharing/exposures';
import { exposureFinding } from '../../../core/sharing/findings';
import { planFixes, type FixCandidate, type FixOptions } from '../../../core/sharing/fix-plan';
import type { SensitiveType } from '../../../core/sensitive/types';
import type { SharedItem } from '../../../core/sharing/types';
import { anyoneLink, anyonePublic, CONTEXT, domainGrant, folder, item, userGrant } from './helpers';

function candidate(it: SharedItem, sensitive?: SensitiveType[], allowedPublic = false): FixCandidate {
  const exposures = withoutAllowed(exposuresOf(it, CONTEXT), allowedPublic);
  return {
    item: it,
    finding: exposureFinding(it, exposures.exposures, sensitive),
    causes: exposures.causes,
    ...(allowedPublic ? { allowedPublic } : {}),
  };
}

const ALL: FixOptions = { minRisk: 'low', fixDomainLinks: false };
const summary = (plan: ReturnType<typeof planFixes>) =>
  plan.removals.map((removal) => `${removal.item.id}/${removal.grant.id}`);

describe('planFixes', () => {
  const mixed = item({
    id: 'f1',
    grants: [
      anyonePublic('pub'),
      anyoneLink('link'),
      domainGrant('oakfield.sch.uk', 'dom'),
      userGrant('x@gmail.com', 'ext'),
    ],
  });

  it('removes anyone links but never external shares, and domain links only when asked', () => {
    expect(summary(planFixes([candidate(mixed)], ALL))).toEqual(['f1/link', 'f1/pub']);
    expect(summary(planFixes([candidate(mixed)], { ...ALL, fixDomainLinks: true }))).toEqual([
      'f1/dom',
      'f1/link',
      'f1/pub',
    ]);
  });

  it('keeps each grant exactly as it was, for undo', () => {
    const expiring = item({
      id: 'f2',
      grants: [anyoneLink('link', { role: 'writer', expiresAt: '2026-01-01T00:00:00Z' })],
    });
    const [removal] = planFixes([candidate(expiring)], ALL).removals;
    expect(removal?.grant).toEqual(expiring.grants[0]);
    expect(removal?.item).toBe(expiring);
    expect(removal?.exposure).toBe('anyone-with-link');
    expect(removal?.fixes).toEqual(['f2']);
  });

  it('fixes only findings at or above the risk level', () => {
    const clean = candidate(item({ id: 'clean', grants: [anyoneLink('l')] }), []); // low
    const health = candidate(item({ id: 'health', grants: [anyoneLink('l')] }), ['health']); // critical
    const unscanned = candidate(item({ id: 'unscanned', grants: [anyoneLink('l')] })); // medium
    expect(summary(planFixes([clean, health, unscanned], { ...ALL, minRisk: 'medium' }))).toEqual([
      'health/l',
      'unscanned/l',
    ]);
    expect(summary(planFixes([clean, health, unscanned], { ...ALL, minRisk: 'critical' }))).toEqual(['health/l']);
    expect(summary(planFixes([clean, health, unscanned], ALL))).toEqual(['health/l', 'unscanned/l', 'clean/l']);
  });

  it('leaves links in allowed public folders alone', () => {
    const published = candidate(item({ id: 'p', grants: [anyonePublic('pub'), userGrant('x@gmail.com')] }), [], true);
    expect(published.causes.map((c) => c.exposure)).toEqual(['external-user']);
    expect(planFixes([published], ALL)).toEqual({ removals: [], notFixable: [] });
  });

  it('removes an inherited link on the folder it comes from, once, for all its files', () => {
    const shared = folder('fold', 'Trip photos', [anyoneLink('link')]);
    const a = item({ id: 'a', parents: ['fold'], grants: [anyoneLink('link', { inheritedFrom: 'fold' })] });
    const b = item({ id: 'b', parents: ['fold'], grants: [anyoneLink('link', { inheritedFrom: 'fold' })] });
    const plan = planFixes([candidate(b, ['health']), candidate(shared, []), candidate(a)], ALL);
    expect(plan.notFixable).toEqual([]);
    expect(plan.removals).toHaveLength(1);
    expect(plan.removals[0]?.item.id).toBe('fold');
    expect(plan.removals[0]?.grant).toEqual(shared.grants[1]);
    expect(plan.removals[0]?.risk).toBe('critical');
    expect(plan.removals[0]?.fixes).toEqual(['a', 'b', 'fold']);
  });

  it('removes the folder’s link when a file inside is risky enough, even if the folder alone is not', () => {
    const shared = folder('fold', 'Trip', [anyoneLink('link')]);
    const file = item({ id: 'a', grants: [anyoneLink('link', { inheritedFrom: 'fold' })] });
    const plan = planFixes([candidate(shared, []), candidate(file, ['upn'])], { ...ALL, minRisk: 'high' });
    expect(summary(plan)).toEqual(['fold/link']);
    expect(plan.removals[0]?.fixes).toEqual(['a']);
  });

  it('follows a chain of inheritance to where the link is set', () => {
    const top = folder('top', 'Top', [anyoneLink('link')]);
    const mid = folder('mid', 'Mid', [anyoneLink('link', { inheritedFrom: 'top' })]);
    const file = item({ id: 'f', grants: [anyoneLink('link', { inheritedFrom: 'mid' })] });
    expect(summary(planFixes([candidate(file), candidate(mid)], ALL))).toEqual([]);
    expect(summary(planFixes([candidate(file), candidate(mid), candidate(top)], ALL))).toEqual(['top/link']);
  });

  it('matches the folder’s link by kind when the ids differ', () => {
    const shared = folder('fold', 'F', [anyoneLink('folder-link-id')]);
    const file = item({ id: 'f', grants: [anyoneLink('file-view-id', { inheritedFrom: 'fold' })] });
    expect(summary(planFixes([candidate(file), candidate(shared)], ALL))).toEqual(['fold/folder-link-id']);
  });

  it('says why an inherited link cannot be fixed from here', () => {
    const file = item({ id: 'f', name: 'Plan.docx', grants: [anyoneLink('link', { inheritedFrom: 'elsewhere' })] });
    const plan = planFixes([candidate(file)], ALL);
    expect(plan.removals).toEqual([]);
    expect(plan.notFixable).toEqual([
      {
        itemId: 'f',
        itemName: 'Plan.docx',
        grantId: 'link',
        exposure: 'anyone-with-link',
        inheritedFrom: 'elsewhere',
        reason: expect.stringContaining('folder elsewhere, which this audit did not list'),
      },
    ]);

    const gone = folder('fold', 'F', [userGrant('a@oakfield.sch.uk')]);
    const orphan = item({ id: 'g', grants: [anyoneLink('link', { inheritedFrom: 'fold' })] });
    const second = planFixes([candidate(orphan), candidate(gone)], ALL);
    expect(second.notFixable[0]?.reason).toContain('no longer shows it');
  });

  it('refuses to remove an inherited link from an allowed public folder', () => {
    const published = folder('web', 'Website', [anyonePublic('pub')]);
    const file = item({ id: 'f', grants: [anyonePublic('pub', { inheritedFrom: 'web' })] });
    const plan = planFixes([candidate(file, ['health']), candidate(published, [], true)], ALL);
    expect(plan.removals).toEqual([]);
    expect(plan.notFixable[0]?.reason).toContain('allowed public folder');
  });

  it('does not loop on a cycle of inheritance', () => {
    const a = folder('a', 'A', [anyoneLink('link', { inheritedFrom: 'b' })]);
    const b = folder('b', 'B', [anyoneLink('link', { inheritedFrom: 'a' })]);
    const plan = planFixes([candidate(a), candidate(b)], ALL);
    expect(plan.removals).toEqual([]);
    expect(plan.notFixable.length).toBeGreaterThan(0);
  });

  it('is deterministic: worst first, then by id, whatever the input order', () => {
    const items = [
      candidate(item({ id: 'z', grants: [anyoneLink('l')] }), ['health']),
      candidate(item({ id: 'a', grants: [anyoneLink('l')] })),
      candidate(item({ id: 'm', grants: [anyonePublic('p'), anyoneLink('l')] }), ['upn']),
    ];
    const forward = planFixes(items, ALL);
    const backward = planFixes([...items].reverse(), ALL);
    expect(summary(forward)).toEqual(['m/l', 'm/p', 'z/l', 'a/l']);
    expect(backward).toEqual(forward);
  });
});
