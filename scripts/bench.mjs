// `npm run bench`: bundles the benchmark (scripts/bench/, TypeScript) with esbuild and runs it with V8
// single-threaded, so every figure is one core's work. Full runs rebuild the CLI first: the memory check
// runs `bin/sos.js` as a user would. Options: --quick, --no-memory, --write, --runs N (scripts/bench/main.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outfile = join(root, 'dist', 'bench', 'main.js');

await build({
  entryPoints: [join(root, 'scripts', 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

if (!['--quick', '--no-memory', '--help', '-h'].some((a) => args.includes(a))) {
  const cli = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (cli.status !== 0) {
    process.stderr.write('bench: `npm run build` failed, so the memory check cannot run the CLI\n');
    process.exit(1);
  }
}

// --expose-gc lets each timed run start from a collected heap.
const run = spawnSync(process.execPath, ['--single-threaded', '--expose-gc', outfile, ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
