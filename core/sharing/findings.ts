/**
 * The finding reported for one exposed item: the CONTRACTS §5 jsonl line. Only the file's name and
 * owner go in, never its content: `sensitive` names types, not values.
 */
import { SENSITIVE_TYPES, type SensitiveType } from '../sensitive/types';
import { compareText, sortExposures } from './exposures';
import { exposureRisk } from './risk';
import type { ExposureFinding, ExposureId, SharedItem } from './types';

const KNOWN_TYPES: ReadonlySet<string> = new Set(SENSITIVE_TYPES);

/** Unique, in code-unit (alphabetical) order. */
export function sortSensitive(sensitive: Iterable<SensitiveType>): SensitiveType[] {
  return [...new Set(sensitive)].filter((type) => KNOWN_TYPES.has(type)).sort(compareText);
}

/**
 * `sensitive` undefined = content not scanned: the finding carries [] and the risk is judged as
 * unknown content (core/sharing/risk.ts).
 */
export function exposureFinding(
  item: SharedItem,
  exposures: readonly ExposureId[],
  sensitive: readonly SensitiveType[] | undefined,
): ExposureFinding {
  const exposure = sortExposures(exposures);
  const types = sensitive === undefined ? undefined : sortSensitive(sensitive);
  return {
    provider: item.provider,
    fileId: item.id,
    name: item.name,
    owner: item.owner.trim().toLowerCase(),
    exposure,
    sensitive: types ?? [],
    risk: exposureRisk(exposure, types),
  };
}

/** One jsonl line with the contract's keys in the contract's order. */
export function findingJsonLine(finding: ExposureFinding): string {
  return JSON.stringify({
    provider: finding.provider,
    fileId: finding.fileId,
    name: finding.name,
    owner: finding.owner,
    exposure: finding.exposure,
    sensitive: finding.sensitive,
    risk: finding.risk,
  });
}
