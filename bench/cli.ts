/**
 * The command line as a user runs it: the whole process on one small plan
 * against `node -e 0` (the cost of starting Node at all), and a thousand
 * plan files with one worker thread and with one per core.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { generatePlan } from "./generate";
import { median } from "./stats";

const cli = path.resolve("bin", "micic-plan.js");

/** Milliseconds of one run of node with `args`, until it exits. */
function once(args: string[], cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: "ignore" });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return performance.now() - start;
}

function wall(args: string[], runs: number, cwd?: string): number {
  return median(Array.from({ length: runs }, () => once(args, cwd)));
}

/**
 * Median milliseconds of two commands run by turns, one of each at a time:
 * on a shared machine, whose speed drifts from one minute to the next, both
 * medians then come from the same minutes, and their ratio holds.
 */
function wallByTurns(a: string[], b: string[], runs: number): [number, number] {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    samplesA.push(once(a));
    samplesB.push(once(b));
  }
  return [median(samplesA), median(samplesB)];
}

/** Median milliseconds of running several commands at once, until the last ends. */
async function wallTogether(commands: string[][], runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await Promise.all(commands.map((args) => new Promise((resolve) => spawn(process.execPath, args, { stdio: "ignore" }).on("exit", resolve))));
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface CliFigures {
  nodeMs: number;
  smallPlanMs: number;
  files: number;
  oneWorkerMs: number;
  allCoresMs: number;
  cores: number;
  /**
   * Two separate processes, each on half the files, run at once: what any
   * split of the work across the machine's cores can reach at best.
   */
  twoProcessesMs: number;
}

export async function benchCli(): Promise<CliFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), "micic-bench-"));
  const small = path.join(dir, "small.micic");
  writeFileSync(small, generatePlan(100));
  const many = path.join(dir, "many");
  for (let i = 0; i < 1000; i++) {
    const sub = path.join(many, `half-${i % 2}`, `region-${i % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `plan-${i}.micic`), generatePlan(150));
  }
  const cores = availableParallelism();
  const [nodeMs, smallPlanMs] = wallByTurns(["-e", "0"], [cli, "check", small], 25);
  return {
    nodeMs,
    smallPlanMs,
    files: 1000,
    oneWorkerMs: wall([cli, "check", many, "--workers", "1"], 3),
    allCoresMs: wall([cli, "check", many, "--workers", String(cores)], 3),
    cores,
    twoProcessesMs: await wallTogether([0, 1].map((half) => [cli, "check", path.join(many, `half-${half}`), "--workers", "1"]), 3),
  };
}
