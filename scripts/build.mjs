// Builds the `sos` command (and, as capabilities add them, the Apps Script bundle) with esbuild.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/cli', { recursive: true });
await build({
  entryPoints: ['cli/sos.ts'],
  outfile: 'dist/cli/sos.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// The PDF worker runs pdf.js (ESM) in a worker thread, so it ships as a plain module beside the bundle.
cpSync('connectors/files/pdf/pdf-worker.mjs', 'dist/cli/pdf-worker.mjs');

// The Apps Script project (CONTRACTS §6): dist/apps-script, pushed by `npm run deploy:google`.
const { buildAppsScript } = await import('./build-apps-script.mjs');
await buildAppsScript();
