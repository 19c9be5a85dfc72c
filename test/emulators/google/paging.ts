/**
 * Page tokens. A listing's matches are fixed when its first page is asked for (as a search snapshot),
 * and each token names a place in that snapshot, so a token stays valid when it is retried after a fault
 * or reused by a resumed job. Items gone since are skipped, which gives the partial pages Drive documents;
 * `partialPages` makes them on purpose (a half page, then an empty one) so clients loop on the token only.
 */
import { GoogleHttpError } from './errors';

interface Snapshot {
  readonly signature: string;
  readonly ids: readonly string[];
}

const MAX_SNAPSHOTS = 500;

export class Pager {
  private readonly snapshots = new Map<number, Snapshot>();
  private counter = 0;

  constructor(private readonly partialPages: () => boolean) {}

  /**
   * One page of a listing: `compute` runs only for the first page; `resolve` turns an id into the item
   * (undefined = gone since, skipped).
   */
  page<T>(
    request: { signature: string; pageToken: string | null; pageSize: number },
    compute: () => readonly string[],
    resolve: (id: string) => T | undefined,
  ): { items: T[]; nextPageToken?: string } {
    let snapshotId: number;
    let offset = 0;
    let pageNo = 0;
    if (request.pageToken === null || request.pageToken === '') {
      this.counter += 1;
      snapshotId = this.counter;
      this.snapshots.set(snapshotId, { signature: request.signature, ids: compute() });
      if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value as number);
    } else {
      [snapshotId, offset, pageNo] = decodeToken(request.pageToken);
    }
    const snapshot = this.snapshots.get(snapshotId);
    if (!snapshot || snapshot.signature !== request.signature) throw invalidToken();
    let take = request.pageSize;
    if (this.partialPages()) {
      if (pageNo % 3 === 1) take = Math.max(1, Math.floor(request.pageSize / 2));
      if (pageNo % 3 === 2) take = 0;
    }
    const end = Math.min(snapshot.ids.length, offset + take);
    const items: T[] = [];
    for (let i = offset; i < end; i++) {
      const item = resolve(snapshot.ids[i] as string);
      if (item !== undefined) items.push(item);
    }
    if (end >= snapshot.ids.length) return { items };
    return { items, nextPageToken: encodeToken([snapshotId, end, pageNo + 1]) };
  }
}

/** Offset tokens for short lists computed fresh each time (permissions, drives, users). */
export function offsetPage<T>(
  all: readonly T[],
  pageToken: string | null,
  pageSize: number,
): { items: T[]; nextPageToken?: string } {
  let offset = 0;
  if (pageToken !== null && pageToken !== '') {
    const m = /^o(\d+)$/.exec(Buffer.from(pageToken, 'base64url').toString());
    if (!m) throw invalidToken();
    offset = Number(m[1]);
  }
  const items = all.slice(offset, offset + pageSize);
  if (offset + pageSize >= all.length) return { items };
  return { items, nextPageToken: Buffer.from(`o${offset + pageSize}`).toString('base64url') };
}

function encodeToken(parts: readonly number[]): string {
  return Buffer.from(`s${parts.join('.')}`).toString('base64url');
}

function decodeToken(token: string): [number, number, number] {
  const m = /^s(\d+)\.(\d+)\.(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m) throw invalidToken();
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function invalidToken(): GoogleHttpError {
  return new GoogleHttpError(400, 'invalid', 'Invalid Value', { location: 'pageToken' });
}

/** `pageSize`/`maxResults`: an integer in range, or Google's 400 naming the parameter. */
export function pageSizeParam(query: URLSearchParams, name: string, def: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new GoogleHttpError(400, 'invalid', `Invalid value '${raw}'. Values must be within the range: [1, ${max}]`, {
      location: name,
    });
  }
  return n;
}
