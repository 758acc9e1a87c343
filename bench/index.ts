/**
 * `npm run bench`: every figure behind the speed and memory targets, as
 * Markdown tables (docs/performance.md records a run). Bundled with esbuild
 * first (scripts/bench.mjs), so it measures the code users run. Run it on a
 * quiet machine: a shared one varies by up to a factor of two between runs.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { benchCli } from "./cli";
import { benchCliShapes, type ShapeRun } from "./cli-shapes";
import { benchLsp, benchLspShapes } from "./lsp";
import { benchPipeline, type PipelineRow } from "./pipeline";
import { benchRuleGrowth, type RuleGrowth } from "./rules";
import { crossProductPlan } from "./shapes";
import { ms, table } from "./stats";

/**
 * Each plan size and the rule-by-rule figures are measured in a process of
 * their own: after the work of the smaller sizes, the heap of one process is
 * large and scattered, and the larger plan then reads slower for that
 * reason alone, which would show as growth that is not the checker's.
 */
function inFreshProcess<T>(args: string[]): T {
  const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench ${args.join(" ")} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

if (process.argv[2] === "--pipeline") console.log(JSON.stringify(benchPipeline([Number(process.argv[3])])[0]));
else if (process.argv[2] === "--rule-growth") console.log(JSON.stringify(benchRuleGrowth()));
else if (process.argv[2] === "--rule-growth-cross") console.log(JSON.stringify(benchRuleGrowth(10_000, 100_000, crossProductPlan)));
else await main();

async function main(): Promise<void> {
  const mbps = (bytes: number, millis: number) => (bytes / 1e6 / (millis / 1000)).toFixed(1);
  const kLinesPerS = (lines: number, millis: number) => (lines / 1000 / (millis / 1000)).toFixed(0);

  console.log(`# micic-plan benchmarks\n\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);

  // 1. The pipeline, stage by stage, against JSON on the same bytes.
  const pipeline = [1_000, 10_000, 100_000].map((lines) => inFreshProcess<PipelineRow>(["--pipeline", String(lines)]));
  for (const row of pipeline) {
    console.log(`## Pipeline, generated plan of ${row.lines.toLocaleString("en")} lines (${(row.bytes / 1e6).toFixed(2)} MB)\n`);
    console.log(
      table(
        ["stage", "ms", "MB/s", "k lines/s"],
        row.stages.map((s) => [s.name, ms(s.ms), mbps(row.bytes, s.ms), s.name.includes("JSON") ? "—" : kLinesPerS(row.lines, s.ms)]),
      ),
    );
    const stage = (name: string) => row.stages.find((s) => s.name === name)!.ms;
    const full = stage("parse + resolve + rules");
    const chevrotainJson = stage("Chevrotain JSON (lex + parse)");
    console.log(
      `\nfull check speed / Chevrotain JSON speed: ${(chevrotainJson / full).toFixed(2)} (target ≥ 0.50); ` +
        `/ Chevrotain JSON building its values: ${(stage("Chevrotain JSON building its values") / full).toFixed(2)}; ` +
        `/ JSON.parse speed: ${(stage("JSON.parse") / full).toFixed(3)}. ` +
        `Our lexer alone, on the plan, takes ${((100 * stage("lex")) / chevrotainJson).toFixed(0)} % of the Chevrotain JSON time.\n`,
    );
  }

  // 2. Growth: time per line from the smallest to the largest plan.
  const first = pipeline[0];
  const last = pipeline[pipeline.length - 1];
  console.log("## Growth (time per line, largest plan against smallest; 1.00 is linear)\n");
  console.log("The JSON rows parse the same number of bytes as the plan: the floor grows too.\n");
  console.log(
    table(
      ["stage", `µs/line at ${first.lines.toLocaleString("en")}`, `µs/line at ${last.lines.toLocaleString("en")}`, "ratio"],
      first.stages
        .map((s, i) => {
          const a = (s.ms * 1000) / first.lines;
          const b = (last.stages[i].ms * 1000) / last.lines;
          return [s.name, a.toFixed(2), b.toFixed(2), (b / a).toFixed(2)];
        }),
    ),
  );

  // 2b. Rule by rule: none may be quadratic, on the typical plan nor on the cross product.
  for (const [flag, shape] of [
    ["--rule-growth", "the generated plan"],
    ["--rule-growth-cross", "the cross-product plan (thousands of populations meet hundreds of pathways)"],
  ] as const) {
    const ruleGrowth = inFreshProcess<RuleGrowth[]>([flag]).sort((a, b) => b.largeMs - a.largeMs);
    const timed = ruleGrowth.filter((r) => r.ratio !== undefined);
    const worst = timed.reduce<RuleGrowth | undefined>((m, r) => (!m || r.ratio! > m.ratio! ? r : m), undefined);
    console.log(`\n## Rules one by one on ${shape}, 10,000 → 100,000 lines (time per line, best of 7; 1.00 is linear, quadratic would be near 10)\n`);
    console.log(
      table(
        ["rule", "ms at 10,000", "ms at 100,000", "ratio"],
        ruleGrowth.slice(0, 12).map((r) => [`${r.code} ${r.name}`, r.smallMs.toFixed(2), r.largeMs.toFixed(2), r.ratio === undefined ? "—" : r.ratio.toFixed(2)]),
      ),
    );
    console.log(
      `\n${ruleGrowth.length} rules, slowest 12 shown; ${timed.length} take long enough to time (≥ 0.05 ms at 10,000 lines), ` +
        (worst ? `the largest ratio among them: ${worst.ratio!.toFixed(2)} (${worst.code}); ` : "") +
        "the others look at a section or two, not at every block.\n",
    );
  }

  // 3. The command line as a process.
  const cli = await benchCli();
  console.log("\n## Command line (whole process, median ms)\n");
  console.log(
    table(
      ["run", "ms", "ratio", "target"],
      [
        ["node -e 0", ms(cli.nodeMs), "1.00", "—"],
        ["micic-plan check, one plan of 100 lines", ms(cli.smallPlanMs), (cli.smallPlanMs / cli.nodeMs).toFixed(2), "< 2× node -e 0"],
        [`micic-plan check, ${cli.files} files, 1 worker`, ms(cli.oneWorkerMs), "1.00", "—"],
        [`micic-plan check, ${cli.files} files, ${cli.cores} workers`, ms(cli.allCoresMs), (cli.oneWorkerMs / cli.allCoresMs).toFixed(2) + "× faster", "—"],
        [`two processes at once, ${cli.files / 2} files each (the machine's ceiling)`, ms(cli.twoProcessesMs), (cli.oneWorkerMs / cli.twoProcessesMs).toFixed(2) + "× faster", "—"],
      ],
    ),
  );

  // 3b. The command line on the shapes the typical generator never makes.
  const shapes = benchCliShapes();
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  const shapeRow = (r: ShapeRun, target: string) => [r.shape, `${mb(r.bytes)} MB`, ms(r.ms), r.peakMb.toFixed(0), mb(r.outputBytes), String(r.exitCode), target];
  console.log("\n## Command line on the worst realistic shapes (whole process, ms; peak resident memory, MB; output, MB)\n");
  console.log(
    table(
      ["shape", "size", "ms", "peak MB", "output MB", "exit", "target"],
      [
        shapeRow(shapes.crossSmall, "—"),
        shapeRow(shapes.crossLarge, "≤ 1,000 ms, ≤ 400 MB, output ≤ 5 MB"),
        ...shapes.hostile.map((r) => shapeRow(r, "≤ 15,000 ms, ≤ 1,000 MB")),
        shapeRow(shapes.fix, "≤ 2,000 ms"),
        ...shapes.revisions.map((r) => shapeRow(r, "—")),
      ],
    ),
  );
  const withoutStart = (r: ShapeRun) => r.ms - shapes.nodeMs;
  console.log(
    `\ncross product 100,000 / 10,000 lines: ${(shapes.crossLarge.ms / shapes.crossSmall.ms).toFixed(1)}× the time, ` +
      `${(withoutStart(shapes.crossLarge) / withoutStart(shapes.crossSmall)).toFixed(1)}× without Node's start-up (${ms(shapes.nodeMs)} ms for node -e 0); linear would be about 10×. ` +
      "What each shape said last:\n",
  );
  const [diffJson, , withBaseline, withoutBaseline] = shapes.revisions;
  console.log(
    `\ndiff of two revisions / check of one: ${(diffJson.ms / withoutBaseline.ms).toFixed(2)}× (it checks both); ` +
      `check --baseline / check: ${(withBaseline.ms / withoutBaseline.ms).toFixed(2)}×.`,
  );
  for (const r of [shapes.crossLarge, ...shapes.hostile, shapes.fix, ...shapes.revisions]) console.log(`- ${r.shape}: ${r.said}`);

  // 4. The language server.
  const lsp = await benchLsp();
  console.log(`\n## Language server, generated plan of ${lsp.lines.toLocaleString("en")} lines (ms)\n`);
  console.log(table(["request", "n", "median", "p95", "target"], lsp.rows));
  console.log(`\nserver resident memory after the run: ${lsp.rssMb.toFixed(0)} MB (target < 150 MB)`);
  console.log("\n## Language server, cross-product plan (ms; memory in MB)\n");
  console.log(table(["measure", "n", "median", "p95", "target"], await benchLspShapes()));
}
