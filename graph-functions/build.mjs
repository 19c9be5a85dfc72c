// Builds the Function app into graph-functions/dist: one bundle per function file, with core/ and
// connectors/ inside it, so the folder deploys on its own (`func azure functionapp publish <app>` run in
// graph-functions/ after `npm install --omit=dev` there). @azure/functions stays a real dependency:
// the Functions host expects to find the package itself.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const functions = join(here, 'src', 'functions');
rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: readdirSync(functions)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(functions, f)),
  outdir: join(here, 'dist', 'src', 'functions'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@azure/functions'],
  sourcemap: true,
  logLevel: 'warning',
});
