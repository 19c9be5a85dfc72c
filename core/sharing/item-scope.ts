import type { AuditScope } from './ports';
import type { SharedItem } from './types';

/** Whose drive an item is on: its shared drive, or its owner's My Drive (what fetching or fixing it acts as). */
export function scopeOf(item: SharedItem): AuditScope {
  return item.driveId !== undefined
    ? { kind: 'drive', id: item.driveId, name: '' }
    : { kind: 'user', email: item.owner };
}
