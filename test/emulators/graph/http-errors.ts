/** A Graph-shaped error a route throws; the server turns it into `{error:{code,message,innerError}}`. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

export const notFound = (what: string) => new GraphHttpError(404, 'itemNotFound', `${what} was not found.`);
export const badRequest = (message: string) => new GraphHttpError(400, 'invalidRequest', message);

export function graphErrorBody(code: string, message: string, requestId: string): unknown {
  return {
    error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': requestId } },
  };
}
