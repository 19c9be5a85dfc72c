/** A Google-shaped API error a handler throws; the core turns it into `{error:{code,message,errors,status}}`. */
export class GoogleHttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly extra: {
      readonly location?: string;
      readonly locationType?: 'parameter' | 'header';
      readonly domain?: string;
      readonly headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'GoogleHttpError';
  }
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export function googleErrorBody(err: GoogleHttpError): unknown {
  const detail: Record<string, string> = {
    message: err.message,
    domain: err.extra.domain ?? 'global',
    reason: err.reason,
  };
  if (err.extra.location !== undefined) {
    detail.location = err.extra.location;
    detail.locationType = err.extra.locationType ?? 'parameter';
  }
  return {
    error: { code: err.status, message: err.message, errors: [detail], status: STATUS_TEXT[err.status] ?? 'UNKNOWN' },
  };
}

export const fileNotFound = (id: string) =>
  new GoogleHttpError(404, 'notFound', `File not found: ${id}.`, { location: 'fileId' });

export const invalidParameter = (name: string, message = `Invalid value for ${name}.`) =>
  new GoogleHttpError(400, 'invalidParameter', message, { location: name });

export const insufficientPermissions = (message = 'The user does not have sufficient permissions for this file.') =>
  new GoogleHttpError(403, 'insufficientFilePermissions', message);
