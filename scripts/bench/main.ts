/**
 * `npm run bench`: scanner throughput against two npm redactors on the same generated text, which of the
 * sixteen types each finds, and `sos scan`'s memory on a 1 GB folder. Started by scripts/bench.mjs.
 */
import { join } from 'node:path';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { measureCoverage } from './coverage';
import { generateCorpus, segmentsOf } from './corpus';
import { ensureFolder } from './folder';
import { describeMachine } from './machine';
import { measureMailThroughput, runCliMailCheck, sampleSchoolPolicy } from './mail';
import { ensureMailbox } from './mail-corpus';
import { renderMailMarkdown, renderMailTerminal, writeMailSection, type MailResults } from './mail-report';
import { runAuditBench } from './audit/audit-bench';
import { renderAuditMarkdown, renderAuditTerminal, writeAuditSection } from './audit/audit-report';
import { runCliScan } from './memory';
import { renderMarkdown, renderTerminal, type Results, writeSection } from './report';
import { measureThroughput } from './throughput';
import { loadTools } from './tools';

const USAGE = `usage: npm run bench [-- --quick] [-- --no-memory] [-- --write] [-- --runs N] [-- --mail-only | --no-mail] [-- --audit-only | --no-audit]

  --quick      4 MB corpus, no 1 GB folder; mail: 4 MB mbox, memory on a 50 MB mbox (if the CLI is built)
  --no-memory  the full corpus, but no 1 GB folder or 1 GB mbox
  --mail-only  only the mail benchmark (messages/s, and memory on a 1 GB mbox)
  --no-mail    no mail benchmark
  --audit-only only the sharing-audit benchmark (100,000 files, 50 ms latency; --quick: 10,000, none)
  --no-audit   no sharing-audit benchmark
  --write      put the figures into docs/BENCHMARKS.md (full runs only)
  --runs N     timed runs per tool (default 5; median reported)
`;

interface Options {
  quick: boolean;
  memory: boolean;
  write: boolean;
  runs: number;
  scan: boolean;
  mail: boolean;
  audit: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { quick: false, memory: true, write: false, runs: 5, scan: true, mail: true, audit: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') {
      o.quick = true;
      o.memory = false;
    } else if (a === '--no-memory') o.memory = false;
    else if (a === '--write') o.write = true;
    else if (a === '--mail-only') {
      o.scan = false;
      o.audit = false;
    } else if (a === '--no-mail') o.mail = false;
    else if (a === '--audit-only') {
      o.scan = false;
      o.mail = false;
    } else if (a === '--no-audit') o.audit = false;
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
  if (options.mail) await mailBench(options, root, machine);
  if (options.audit) await auditBench(options, root, machine);
  if (!options.scan) return;

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

/** Messages per second from a generated mbox, all rules on; `sos mail check`'s memory on a 1 GB mbox. */
async function mailBench(options: Options, root: string, machine: ReturnType<typeof describeMachine>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sos-bench-policy-'));
  try {
    const policy = sampleSchoolPolicy(dir);
    const box = ensureMailbox(options.quick ? 4e6 : 20e6, log);
    log(`mail: ${box.messages} messages, ${(box.bytes / 1e6).toFixed(1)} MB; ${options.runs} runs`);
    const throughput = await measureMailThroughput(box.path, box.bytes, policy, options.runs, log);
    let memory: MailResults['memory'];
    const built = existsSync(join(root, 'dist', 'cli', 'sos.js'));
    if (options.memory || (options.quick && built)) {
      const big = ensureMailbox(options.quick ? 50e6 : 1e9, log);
      log(`mail memory: sos mail check on ${(big.bytes / 1e6).toFixed(0)} MB, ${big.messages} messages`);
      memory = await runCliMailCheck(root, big, policy);
    } else if (options.quick) log('mail memory: skipped (the CLI is not built; run npm run build)');
    const results: MailResults = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      command: `npm run bench -- ${['--write', options.scan ? '' : '--mail-only', options.runs !== 5 ? `--runs ${options.runs}` : ''].filter(Boolean).join(' ')}`,
      machine,
      throughput,
      ...(memory ? { memory } : {}),
    };
    process.stdout.write('\n' + renderMailTerminal(results));
    if (options.write) {
      const file = join(root, 'docs', 'BENCHMARKS.md');
      await writeMailSection(file, renderMailMarkdown(results));
      log(`written to ${file}`);
    }
    if (memory && memory.exitCode !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `sos audit google` against the emulator: requests against the minimum, time, memory, incremental cost. */
async function auditBench(options: Options, root: string, machine: ReturnType<typeof describeMachine>): Promise<void> {
  if (!existsSync(join(root, 'dist', 'cli', 'sos.js'))) {
    log('audit: skipped (the CLI is not built; run npm run build)');
    return;
  }
  const files = options.quick ? 10_000 : 100_000;
  const latencyMs = options.quick ? 0 : 50;
  log(`audit: the sample school's tenant with ${files} files`);
  const bench = await runAuditBench(root, { files, latencyMs }, log);
  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    command: `npm run bench -- ${['--write', options.scan || options.mail ? '' : '--audit-only'].filter(Boolean).join(' ')}`,
    machine,
    bench,
  };
  process.stdout.write('\n' + renderAuditTerminal(results));
  if (options.write) {
    const file = join(root, 'docs', 'BENCHMARKS.md');
    await writeAuditSection(file, renderAuditMarkdown(results));
    log(`written to ${file}`);
  }
  if (bench.full.exitCode !== 0 || bench.incremental.exitCode !== 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
