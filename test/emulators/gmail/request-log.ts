export interface LoggedRequest {
  readonly method: string;
  /** Path after `gmail/v1/users/{userId}`, e.g. `/messages`, `/history`, `/profile`, `/messages/18c0...`. */
  readonly path: string;
  /** The userId segment as sent (`me` or an address), percent-decoded. */
  readonly userId: string;
  /** The mailbox the bearer token acts as, when it is a `test:<email>` token. */
  readonly mailbox?: string;
  readonly query: URLSearchParams;
  /** Status sent back (0 when the connection was dropped). */
  status: number;
  /** Set when an injected fault answered. */
  fault?: 'status' | 'drop';
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

  /** Requests whose path matches (a substring or RegExp), optionally for one mailbox only. */
  find(path: RegExp | string, mailbox?: string): LoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (typeof path === 'string' ? e.path.includes(path) : path.test(e.path)) &&
        (mailbox === undefined || e.mailbox === mailbox.toLowerCase()),
    );
  }
}
