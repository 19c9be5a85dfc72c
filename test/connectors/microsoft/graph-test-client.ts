import { createGraph, type GraphApi } from '../../../connectors/microsoft/graph-client';
import { fetchTrusting, type GraphEmulator } from '../../emulators/graph';

export const TEST_TOKEN = 'test-token-1';

/**
 * The real Graph connector pointed at an emulator in this process. NODE_EXTRA_CA_CERTS is read only at
 * process start, so the emulator's certificate is trusted through the injected fetch instead.
 */
export function graphFor(emulator: GraphEmulator, options: { maxRetries?: number } = {}): GraphApi {
  return createGraph({
    baseUrl: emulator.baseUrl,
    accessToken: () => Promise.resolve(TEST_TOKEN),
    fetch: fetchTrusting(emulator.caPem),
    maxRetries: options.maxRetries,
  });
}
