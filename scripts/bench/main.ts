/**
 * `npm run bench`: scanner throughput against two npm redactors on the same generated text, which of the
 * sixteen types each finds, and `sos scan`'s memory on a 1 GB folder. Started by scripts/bench.mjs.
 */
import { join } from 'node:path';
import { measureCoverage } from './coverage';
import { generateCorpus, segmentsOf } from './corpus';
import { ensureFolder } from './folder';
import { describeMachine } from './machine';
import { runCliScan } from './memory';
import { renderMarkdown, renderTerminal, type Results, writeSection } from './report';
import { measureThroughput } from './throughput';
import { loadTools } from './tools';

const USAGE = `usage: npm run bench [-- --quick] [-- --no-memory] [-- --write] [-- --runs N]

  --quick      4 MB corpus, no 1 GB folder: a fast check
  --no-memory  the full corpus, but no 1 GB folder
  --write      put the figures into docs/BENCHMARKS.md (full runs only)
  --runs N     timed runs per tool (default 5; median reported)
`;

interface Options {
  quick: boolean;
  memory: boolean;
  write: boolean;
  runs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { quick: false, memory: true, write: false, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') {
      o.quick = true;
      o.memory = false;
    } else if (a === '--no-memory') o.memory = false;
    else if (a === '--write') o.write = true;
    else if (a === '--runs' && /^[1-9]\d*$/.test(argv[i + 1] ?? '')) o.runs = Number(argv[++i]);
    else {
      process.stderr.write(a === '--help' || a === '-h' ? USAGE : `bench: unknown option ${a}\n${USAGE}`);
      process.exit(a === '--help' || a === '-h' ? 0 : 2);
    }
  }
  if (o.write && !o.memory) {
    process.stderr.write('bench: --write needs a full run (the document shows the 1 GB figures too)\n');
    process.exit(2);
  }
  return o;
}

const log = (line: string) => process.stderr.write(line + '\n');

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = join(__dirname, '..', '..');
  const machine = describeMachine();
  log(`bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);

  const t0 = Date.now();
  const corpus = generateCorpus(options.quick ? 4e6 : 20e6);
  const segments = segmentsOf(corpus.text);
  const bytes = Buffer.byteLength(corpus.text);
  const planted = corpus.documents.reduce((n, d) => n + d.planted.length, 0);
  log(
    `corpus: ${(bytes / 1e6).toFixed(1)} MB, ${corpus.documents.length} documents, ${planted} planted values (${Date.now() - t0} ms)`,
  );

  const tools = loadTools();
  log('coverage: each tool on each document');
  const coverage = tools.map((t) => measureCoverage(t, corpus.documents));
  log(`throughput: ${options.runs} runs per tool over ${segments.length} segments`);
  const throughput = measureThroughput(tools, segments, bytes, options.runs, log);

  let memory: Results['memory'];
  if (options.memory) {
    log('memory: the 1 GB folder');
    const folder = ensureFolder(corpus.text, log);
    log(`  sos scan on ${folder.files} files, ${(folder.bytes / 1e6).toFixed(0)} MB`);
    const run = await runCliScan(root, folder.dir);
    memory = { files: folder.files, bytes: folder.bytes, run };
  }

  const results: Results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    command: `npm run bench -- ${['--write', options.runs !== 5 ? `--runs ${options.runs}` : ''].filter(Boolean).join(' ')}`,
    machine,
    corpus: { bytes, segments: segments.length, documents: corpus.documents.length, planted },
    runs: options.runs,
    tools: tools.map((t) => ({ name: t.name, version: t.version })),
    throughput,
    coverage,
    memory,
  };
  process.stdout.write('\n' + renderTerminal(results));
  if (options.write) {
    const file = join(root, 'docs', 'BENCHMARKS.md');
    await writeSection(file, renderMarkdown(results));
    log(`written to ${file}`);
  }
  if (memory && memory.run.exitCode !== 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
