export interface LoggedRequest {
  readonly method: string;
  /** Path after the version segment, percent-decoded. */
  readonly path: string;
  /** The query string as sent, without `?` (still percent-encoded). */
  readonly query: string;
  /** The `Authorization` header as received, if any. */
  readonly authorization?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Status sent back (0 when the connection was dropped). */
  status: number;
  /** Set when an injected fault answered. */
  fault?: 'status' | 'drop';
  /** `Date.now()` when the request arrived. */
  readonly receivedAt: number;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): LoggedRequest {
    this.entries.push(entry);
    return entry;
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Requests with this method whose path matches. */
  find(method: string, path: RegExp | string): LoggedRequest[] {
    return this.entries.filter(
      (e) => e.method === method && (typeof path === 'string' ? e.path.includes(path) : path.test(e.path)),
    );
  }
}
