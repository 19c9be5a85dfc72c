/** Scanning speed: every tool over the same segments, interleaved run by run so load on the machine hits all alike. */
import type { Tool } from './tools';

export interface Run {
  readonly wallMs: number;
  /** CPU time of this process: with V8 single-threaded, the time the tool had one core for. */
  readonly cpuMs: number;
}

export interface Throughput {
  readonly tool: string;
  readonly runs: readonly Run[];
  readonly cpuMBps: number;
  readonly wallMBps: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timePass(tool: Tool, segments: readonly string[]): Run {
  // Garbage left by the previous tool is not charged to this one.
  collect();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const s of segments) tool.run(s);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export function measureThroughput(
  tools: readonly Tool[],
  segments: readonly string[],
  bytes: number,
  runs: number,
  log: (line: string) => void,
): Throughput[] {
  // Warm-up: the JIT sees every tool's code on segment-sized input before anything is timed.
  for (const tool of tools) for (const s of segments.slice(0, 2)) tool.run(s);
  const byTool = new Map<string, Run[]>(tools.map((t) => [t.name, []]));
  for (let r = 0; r < runs; r++) {
    // A different tool goes first each run, so none always runs just after the heaviest.
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(r + k) % tools.length]!;
      const run = timePass(tool, segments);
      byTool.get(tool.name)!.push(run);
      log(
        `  run ${r + 1}/${runs} ${tool.name}: ${(bytes / 1e3 / run.wallMs).toFixed(2)} MB/s wall, ${(bytes / 1e3 / run.cpuMs).toFixed(2)} MB/s cpu`,
      );
    }
  }
  return tools.map((t) => {
    const rs = byTool.get(t.name)!;
    return {
      tool: t.name,
      runs: rs,
      wallMBps: bytes / 1e3 / median(rs.map((x) => x.wallMs)),
      cpuMBps: bytes / 1e3 / median(rs.map((x) => x.cpuMs)),
    };
  });
}
