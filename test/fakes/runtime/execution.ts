/** One run of a script function, as Apps Script counts them: its own user, auth mode and lock holdings. */
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

export interface ExecutionOptions {
  /** Effective user: the account the code runs as (a trigger's owner). Default: the world's user. */
  readonly user?: string;
  /** Active user: who is at the keyboard. Empty for triggers. Default: same as `user`. */
  readonly activeUser?: string;
  /** LIMITED for simple triggers such as onOpen: services that need authorisation refuse. */
  readonly authMode?: AuthMode;
  /** Id of the spreadsheet whose UI this run may use (menus, dialogs): set for onOpen and menu clicks. */
  readonly ui?: string;
  readonly triggerUid?: string;
  /** For messages only. */
  readonly label?: string;
}

export type ExecutionState = 'pending' | 'running' | 'suspended' | 'done' | 'failed';

export class Execution {
  state: ExecutionState = 'pending';
  /** Runs so far: more than one when it was suspended waiting for a lock and replayed. */
  attempts = 0;
  /** Mutating service calls in the current attempt. */
  effects = 0;
  /** Spreadsheet writes since the last SpreadsheetApp.flush(). */
  unflushedWrites = 0;
  /** Set when an attempt stopped at a busy lock: it may run again once the lock is free. */
  waitingForLock: string | undefined;
  result: unknown;
  error: unknown;

  constructor(
    readonly id: number,
    readonly functionName: string,
    readonly args: readonly unknown[],
    readonly options: ExecutionOptions,
  ) {}

  get label(): string {
    return this.options.label ?? `${this.functionName}#${this.id}`;
  }
}
