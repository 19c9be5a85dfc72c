/**
 * Errors the fakes throw where Apps Script throws, worded like Apps Script ("Exception: ...") so a
 * script's error handling meets the same text it would meet for real.
 */
export class AppsScriptError extends Error {
  constructor(message: string) {
    super(message.startsWith('Exception: ') ? message : `Exception: ${message}`);
    this.name = 'Exception';
  }
}

/** A mistake in how a test drives the fakes, not something a script could cause or catch usefully. */
export class FakeHarnessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeHarnessError';
  }
}
