/**
 * Google's JSON error shape (`{error:{code,message,errors:[{message,domain,reason}],status}}`), which
 * googleapis turns into a GaxiosError whose `response.data` a client reads the reason from.
 */
export class GoogleHttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly domain = 'global',
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
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export function googleErrorBody(status: number, reason: string, message: string, domain = 'global'): unknown {
  return {
    error: {
      code: status,
      message,
      errors: [{ message, domain, reason }],
      status: STATUS_TEXT[status] ?? 'UNKNOWN',
    },
  };
}

export const notFound = () => new GoogleHttpError(404, 'notFound', 'Requested entity was not found.');
export const invalidArgument = (message: string) => new GoogleHttpError(400, 'invalidArgument', message);
