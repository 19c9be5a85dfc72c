import { extname } from 'node:path';
import { extractBuffer } from '../../connectors/files';
import type { ContentScanner } from '../../core/jobs/sharing-audit-ports';
import { createFileScanner } from '../../core/sensitive/scanner';
import { confidenceRank, type SensitiveType } from '../../core/sensitive/types';
import { scopeOf } from '../../core/sharing/item-scope';
import type { SharingInventory } from '../../core/sharing/ports';

/**
 * Content of an exposed item -> the sensitive types in it, through the same extractors and scanner as
 * `sos scan` (medium confidence and above, as the scan reports by default). Only types leave here.
 */
export function googleContentScanner(inventory: SharingInventory, maxBytes: number): ContentScanner {
  return async (item) => {
    let content;
    try {
      content = await inventory.fetchContent(scopeOf(item), item, maxBytes);
    } catch (err) {
      return { error: err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err) };
    }
    if ('skipped' in content) return { error: content.skipped };
    const scanner = createFileScanner();
    try {
      for await (const segment of extractBuffer(Buffer.from(content.bytes), extname(content.fileName) || '.txt'))
        scanner.add(segment);
    } catch (err) {
      return { error: `cannot read its content (${err instanceof Error ? err.message : String(err)})` };
    }
    const types = new Set<SensitiveType>();
    for (const f of scanner.findings()) if (confidenceRank[f.confidence] >= confidenceRank.medium) types.add(f.type);
    return { types: [...types] };
  };
}
