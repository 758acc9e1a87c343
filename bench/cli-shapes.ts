/**
 * The command line on plan shapes the typical generator never makes
 * (bench/shapes.ts): wall time, peak resident memory and output size of
 * `micic-plan check` as a user runs it, each shape in a process of its own.
 *
 * Targets (issue 13): the cross-product plan of 100,000 lines in ≤ 1 s and
 * ≤ 400 MB with ≤ 5 MB of output (and about 10× the time of 10,000 lines
 * once start-up is set aside); any input under the size limit in ≤ 15 s and
 * ≤ 1 GB, with findings or one clear error; `--fix` with 20,000 fixes in
 * ≤ 2 s.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { MAX_PLAN_BYTES } from "../server/src/workspace/limits";
import {
  closingBracesText,
  crossProductPlan,
  deepBracesText,
  fixablePlan,
  hugeAttributePlan,
  manyFindingsPlan,
  markdownWithBlocks,
} from "./shapes";
import { median } from "./stats";

const cli = path.resolve("bin", "micic-plan.js");
/** Loaded before the checker: writes the process's peak resident memory to the file named by MICIC_BENCH_RUSAGE. */
const peakReporter = path.resolve("bench", "report-peak-rss.cjs");

export interface ShapeRun {
  shape: string;
  bytes: number;
  lines: number;
  /** Median wall time of the whole process, ms. */
  ms: number;
  peakMb: number;
  outputBytes: number;
  exitCode: number;
  /** The last line of stdout or stderr: the summary, or the one clear error. */
  said: string;
}

function runOnce(args: string[]): { ms: number; peakMb: number; outputBytes: number; exitCode: number; said: string } {
  const rusage = path.join(tmpdir(), `micic-bench-rusage-${process.pid}.json`);
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--require", peakReporter, cli, ...args], {
    env: { ...process.env, MICIC_BENCH_RUSAGE: rusage, NO_COLOR: "1" },
    maxBuffer: 1024 * 1024 * 1024,
    encoding: "utf8",
  });
  const ms = performance.now() - start;
  const peakMb = JSON.parse(readFileSync(rusage, "utf8")).maxRSS / 1024;
  rmSync(rusage, { force: true });
  const said = (child.stdout.trim().split("\n").at(-1) || child.stderr.trim().split("\n").at(-1) || "").slice(0, 160);
  return { ms, peakMb, outputBytes: Buffer.byteLength(child.stdout), exitCode: child.status ?? -1, said };
}

function measureFile(shape: string, file: string, runs: number, extraArgs: string[] = [], command: string[] = ["check", file]): ShapeRun {
  const samples = Array.from({ length: runs }, () => runOnce([...command, ...extraArgs]));
  const text = readFileSync(file, "utf8");
  return {
    shape,
    bytes: statSync(file).size,
    lines: text.split("\n").length,
    ms: median(samples.map((s) => s.ms)),
    peakMb: Math.max(...samples.map((s) => s.peakMb)),
    outputBytes: samples[0].outputBytes,
    exitCode: samples[0].exitCode,
    said: samples[0].said,
  };
}

export interface CliShapeFigures {
  crossSmall: ShapeRun;
  crossLarge: ShapeRun;
  nodeMs: number;
  hostile: ShapeRun[];
  fix: ShapeRun & { fixes: number };
  /** `diff` and `--baseline` where thousands of findings are matched (issue 18). */
  revisions: ShapeRun[];
}

export function benchCliShapes(): CliShapeFigures {
  const dir = mkdtempSync(path.join(tmpdir(), "micic-bench-shapes-"));
  try {
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const node = Array.from({ length: 5 }, () => {
      const start = performance.now();
      spawnSync(process.execPath, ["-e", "0"]);
      return performance.now() - start;
    });
    const crossSmall = measureFile("cross product, 10,000 lines", write("cross-10k.micic", crossProductPlan(10_000)), 5);
    const crossLarge = measureFile("cross product, 100,000 lines", write("cross-100k.micic", crossProductPlan(100_000)), 5);

    // Inputs as large as the size limit allows, in the densest shapes.
    const limit = MAX_PLAN_BYTES - 1024;
    const hostile: ShapeRun[] = [
      measureFile("every rule firing, 100,000 lines", write("many.micic", manyFindingsPlan(100_000)), 1),
      measureFile(`one attribute of ${Math.floor(limit / 2).toLocaleString("en")} words ("x,x,…")`, write("huge-attribute.micic", hugeAttributePlan(Math.floor((limit - 40) / 2))), 1),
      measureFile(`${Math.floor(limit / 2).toLocaleString("en")} lines of "}"`, write("braces.micic", closingBracesText(Math.floor((limit - 30) / 2))), 1),
      measureFile("blocks nested 1,000,000 deep", write("deep.micic", deepBracesText(1_000_000)), 1),
      measureFile(`${limit.toLocaleString("en")} commas`, write("commas.micic", `plan "P" { hazards: ${",".repeat(limit - 40)} }\n`), 1),
      measureFile("one string of the whole size", write("string.micic", `plan "${"s".repeat(limit - 20)}" {}\n`), 1),
      measureFile("Markdown with 2,000 ```micic blocks", write("blocks-2k.md", markdownWithBlocks(2_000)), 3),
      measureFile("Markdown with 20,000 ```micic blocks", write("blocks-20k.md", markdownWithBlocks(20_000)), 1),
    ];

    // --fix on a fresh copy each run: the first run fixes everything.
    const fixes = 20_000;
    const fixable = write("fixable.micic", fixablePlan(fixes));
    const pristine = write("fixable.pristine", readFileSync(fixable, "utf8"));
    const fixRuns = Array.from({ length: 3 }, () => {
      copyFileSync(pristine, fixable);
      return runOnce(["check", "--fix", fixable]);
    });
    const fix = {
      shape: `--fix, ${fixes.toLocaleString("en")} fixes`,
      bytes: statSync(pristine).size,
      lines: readFileSync(pristine, "utf8").split("\n").length,
      ms: median(fixRuns.map((r) => r.ms)),
      peakMb: Math.max(...fixRuns.map((r) => r.peakMb)),
      outputBytes: fixRuns[0].outputBytes,
      exitCode: fixRuns[0].exitCode,
      said: fixRuns[0].said,
      fixes,
    };
    // Revisions: the every-rule plan (tens of thousands of findings; --max-findings lets all
    // be matched) against itself with lines added above, and checked against its baseline.
    const many = path.join(dir, "many.micic");
    const movedText = "# Second reading\n\n" + readFileSync(many, "utf8");
    const moved = write("many-moved.micic", movedText);
    const all = ["--max-findings", "100000"];
    // The baseline names the file: record it for the plan, then revise the plan in place.
    const revised = write("revised.micic", readFileSync(many, "utf8"));
    const baseline = path.join(dir, "baseline.json");
    runOnce(["check", revised, ...all, "--baseline", baseline, "--update-baseline"]);
    writeFileSync(revised, movedText);
    const revisions = [
      measureFile("diff, every rule firing, 100,000 lines, lines added above", moved, 3, [...all, "--format", "json"], ["diff", many, moved]),
      measureFile("diff --format markdown, same", moved, 3, [...all, "--format", "markdown"], ["diff", many, moved]),
      measureFile("check --baseline, every finding known", revised, 3, [...all, "--baseline", baseline]),
      measureFile("check, same plan, no baseline", revised, 3, all),
    ];
    return { crossSmall, crossLarge, nodeMs: median(node), hostile, fix, revisions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
