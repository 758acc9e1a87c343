/**
 * The command-line checker: `micic-plan check [paths…]`.
 *
 * Exit codes (the contract CI relies on):
 *   0  no finding of severity error
 *   1  at least one error
 *   2  the run itself failed: a bad flag, an unreadable file, a path that
 *      matches nothing; one clear line on stderr for each
 *
 * `main` is exported so that tests and the extension can run the checker
 * in-process; it never calls process.exit and never throws.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { RuleSetting } from "../core/check";
import { ConfigError, maxFindingsProblem, ruleSetting, settingsFor } from "../core/config";
import { renderReport } from "../report/markdown";
import { decodePlanFile } from "../workspace/limits";
import { checkSource, sourceKindOf } from "../workspace/sources";
import { DEFAULT_MAX_FINDINGS, severityRank, type Severity } from "../core/finding";
import { ConfigFiles } from "../workspace/config-files";
import { checkFiles, type CheckFilesOptions, type FileOutcome } from "./check-files";
import { describeFsError, findFiles, makeFolders } from "./files";
import { formatters } from "./formatters/index";
import type { FileResult } from "./formatters/types";

declare const MICIC_VERSION: string;
export const version: string = typeof MICIC_VERSION === "string" ? MICIC_VERSION : "0.0.0-dev";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

const HELP = `micic-plan ${version}: check emergency plans against the MICIC Guidelines

Usage:
  micic-plan check [paths...] [options]
  micic-plan report PLAN [-o report.md]

Paths may be files, folders (searched for .micic plans and for .md notes
with \`\`\`micic blocks) and glob patterns ("plans/**/*.micic"). Without a
path, the current folder is checked. Folders skip node_modules, .git and
what .gitignore files ignore.

Options:
  -f, --format NAME        the format on stdout: ${[...formatters.keys()].join(", ")} (default: stylish)
  -o, --output-file FORMAT=PATH
                           also write FORMAT to PATH; repeatable, so one run
                           writes several (-o sarif=results.sarif -o junit=report.xml)
      --ignore GLOB        never check files matching GLOB; repeatable
      --no-gitignore       check files that .gitignore ignores too
      --workers N          worker threads (default: one per core but one, for many files)
      --fix                apply every safe fix in place, then report what is left
  -c, --config FILE        use this configuration instead of the nearest .micicrc.json
      --rule CODE=LEVEL    set a rule's severity (off, info, warning, error) by code
                           or name; repeatable; stronger than the configuration
      --fail-level LEVEL   exit 1 when a finding of this severity or above is
                           reported: error (default), warning or info
      --max-warnings N     exit 1 when more than N warnings are reported
      --max-findings N     report at most N findings per file, the most severe
                           first, and count the rest (default: ${DEFAULT_MAX_FINDINGS})
      --no-inline-config   ignore "# micic-disable" comments in plans
      --color              colour the output even when it is not a terminal
      --no-color           never colour the output (so does NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Configuration: the nearest .micicrc.json in a plan's folder or above it, e.g.
  { "extends": "recommended", "rules": { "EVAC010": "off" }, "staleAfterMonths": 24 }

The report: a Markdown verdict on one plan for reviewers (scorecard by
section, the 15 guidelines, languages by channels, needs by providers, every
finding with its fix, and Mermaid flowcharts), on stdout or to a file.

Exit codes:
  0  no finding at or above the fail level (default: no error), and no more
     warnings than --max-warnings
  1  a finding at or above the fail level, or too many warnings
  2  the check could not run as asked: a bad option or configuration, an
     unreadable file, or a path that matches nothing

Rules and their documentation: docs/rules/ in the micic-plan repository.
`;

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const fail = (message: string): number => {
    say(io, message);
    return EXIT_USAGE;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        fix: { type: "boolean" },
        "output-file": { type: "string", multiple: true, short: "o" },
        ignore: { type: "string", multiple: true },
        "no-gitignore": { type: "boolean" },
        workers: { type: "string" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "fail-level": { type: "string" },
        "max-warnings": { type: "string" },
        "max-findings": { type: "string" },
        "no-inline-config": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return fail(`${usageMessage(error)}. Run 'micic-plan --help' for the options.`);
  }
  const { values, positionals } = parsed;

  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const [command, ...paths] = positionals;
  if (command === undefined) {
    io.stderr.write(HELP);
    return EXIT_USAGE;
  }
  if (command === "report") return report(paths, values["output-file"], io);
  if (command !== "check") {
    return fail(`unknown command '${command}'. The commands are 'check' (micic-plan check [paths...]) and 'report' (micic-plan report PLAN)`);
  }

  const formatName = values.format ?? "stylish";
  const loadFormatter = formatters.get(formatName);
  if (!loadFormatter) {
    return fail(`unknown format '${formatName}'. Formats: ${[...formatters.keys()].join(", ")}.`);
  }
  const color = values["no-color"]
    ? false
    : values.color
      ? true
      : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";

  const failLevel = values["fail-level"] ?? "error";
  if (!(failLevel in severityRank)) {
    return fail(`--fail-level is '${failLevel}'; use error, warning or info`);
  }
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return fail(`--max-warnings is '${values["max-warnings"]}'; use a whole number, 0 or more`);
    }
  }
  let maxFindings: number | undefined;
  if (values["max-findings"] !== undefined) {
    const problem = maxFindingsProblem(/^\d+$/.test(values["max-findings"]) ? Number(values["max-findings"]) : values["max-findings"]);
    if (problem) return fail(`--max-findings ${problem}`);
    maxFindings = Number(values["max-findings"]);
  }
  const ruleOverrides = new Map<string, RuleSetting>();
  try {
    for (const option of values.rule ?? []) {
      const at = option.indexOf("=");
      if (at <= 0) return fail(`--rule '${option}' needs the form CODE=LEVEL, like --rule EVAC010=off`);
      const [code, setting] = ruleSetting(option.slice(0, at), option.slice(at + 1), "--rule");
      ruleOverrides.set(code, setting);
    }
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  const outputs: { format: string; path: string }[] = [];
  for (const option of values["output-file"] ?? []) {
    const at = option.indexOf("=");
    const format = option.slice(0, at);
    if (at <= 0 || at === option.length - 1) return fail(`--output-file '${option}' needs the form FORMAT=PATH, like --output-file sarif=results.sarif`);
    if (!formatters.has(format)) return fail(`unknown format '${format}' in --output-file. Formats: ${[...formatters.keys()].join(", ")}.`);
    outputs.push({ format, path: option.slice(at + 1) });
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) return fail(`--workers is '${values.workers}'; use a whole number from 1 to 64`);
  }

  const options: CheckFilesOptions = {
    configFile: values.config,
    cwd: io.cwd,
    rules: [...ruleOverrides],
    maxFindings,
    inlineConfig: !values["no-inline-config"],
    fix: Boolean(values.fix),
  };
  if (options.configFile !== undefined) {
    // Read it once up front, so a bad one is one message before any work.
    try {
      new ConfigFiles().load(options.configFile, io.cwd);
    } catch (error) {
      if (error instanceof ConfigError) return fail(error.message);
      throw error;
    }
  }

  const search = await findFiles(paths.length > 0 ? paths : ["."], io.cwd, {
    ignore: values.ignore,
    gitignore: !values["no-gitignore"],
  });
  const problems = [...search.problems];
  const outcomes = await checkInParallel(search.files, options, workers);
  const results: FileResult[] = [];
  let fixed = 0;
  let fixedFiles = 0;
  for (const outcome of outcomes) {
    const shown = (path.relative(io.cwd, outcome.file) || outcome.file).split(path.sep).join("/");
    if (outcome.configError) {
      // One bad configuration stops the run: a check with half its settings
      // would report findings the team has turned off, or miss ones it wants.
      say(io, outcome.configError);
      return EXIT_USAGE;
    }
    if (outcome.problem) problems.push(`cannot ${outcome.problem.action} '${shown}': ${outcome.problem.reason}`);
    if (outcome.fixed > 0) {
      fixed += outcome.fixed;
      fixedFiles++;
    }
    // A Markdown note without a plan is fine, and not counted.
    if (outcome.hasPlan) results.push({ path: shown, findings: outcome.findings });
  }

  for (const problem of problems) io.stderr.write(`micic-plan: ${problem}\n`);
  if (values.fix && fixed > 0) {
    io.stderr.write(`micic-plan: fixed ${fixed} problem${fixed === 1 ? "" : "s"} in ${fixedFiles} file${fixedFiles === 1 ? "" : "s"}\n`);
  }
  const context = { color, version, cwd: io.cwd };
  if (results.length > 0 || problems.length === 0) io.stdout.write((await loadFormatter())(results, context));
  for (const output of outputs) {
    const target = path.resolve(io.cwd, output.path);
    const format = await formatters.get(output.format)!();
    try {
      await makeFolders(path.dirname(target));
      await fs.writeFile(target, format(results, { ...context, color: false }), "utf8");
    } catch (error) {
      io.stderr.write(`micic-plan: cannot write '${output.path}': ${describeFsError(error)}\n`);
      return EXIT_USAGE;
    }
  }

  if (problems.length > 0) return EXIT_USAGE;
  const all = results.flatMap((r) => r.findings);
  const threshold = severityRank[failLevel as Severity];
  if (all.some((f) => severityRank[f.severity] >= threshold)) return EXIT_ERRORS;
  const warnings = all.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`micic-plan: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

/** Below this many files a worker thread costs more than it saves. */
const FILES_PER_WORKER = 24;

/**
 * Checks files on worker threads, one per core but one, when there are many and
 * the checker runs from its bundle (the worker is dist/check-worker.js);
 * on this thread otherwise. Results come back in the order of `files`.
 */
async function checkInParallel(files: readonly string[], options: CheckFilesOptions, requested: number | undefined): Promise<FileOutcome[]> {
  const workerScript = typeof __dirname === "string" ? path.join(__dirname, "check-worker.js") : undefined;
  // One core is left to the main thread and to V8's collector, which runs
  // on helper threads: on two cores a single thread already keeps 1.3 busy,
  // and two workers were slower than none (docs/performance.md). Jest makes
  // the same choice.
  const wanted = requested ?? Math.min(availableParallelism() - 1, Math.ceil(files.length / FILES_PER_WORKER));
  const count = Math.min(wanted, files.length);
  if (count <= 1 || !workerScript || !existsSync(workerScript)) return checkFiles(files, options);
  const size = Math.ceil(files.length / count);
  const chunks = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
  // Loaded here, not at start: most runs use no worker, and loading the
  // module costs every run 3 ms.
  const { Worker } = await import("node:worker_threads");
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<FileOutcome[]>((resolve, reject) => {
          const worker = new Worker(workerScript, { workerData: { files: chunk, options } });
          worker.once("message", (message: { outcomes?: FileOutcome[]; error?: string }) => {
            if (message.outcomes) resolve(message.outcomes);
            else reject(new Error(message.error));
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  return parts.flat();
}

/** `micic-plan report PLAN [-o FILE]`: the reviewer's Markdown report. */
async function report(paths: string[], outputs: string[] | undefined, io: Io): Promise<number> {
  const fail = (message: string): number => {
    say(io, message);
    return EXIT_USAGE;
  };
  if (paths.length !== 1) return fail("report takes one plan: micic-plan report PLAN [-o report.md]");
  if ((outputs?.length ?? 0) > 1) return fail("report writes one file: give -o once");
  const file = path.resolve(io.cwd, paths[0]);
  let text: string;
  try {
    const decoded = decodePlanFile(await fs.readFile(file));
    if ("problem" in decoded) return fail(`cannot check '${paths[0]}': ${decoded.problem}`);
    text = decoded.text;
  } catch (error) {
    return fail(`cannot read '${paths[0]}': ${describeFsError(error)}`);
  }
  let settings;
  try {
    settings = settingsFor(new ConfigFiles().forFile(file));
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const shown = (path.relative(io.cwd, file) || file).split(path.sep).join("/");
  const results = checkSource(text, sourceKindOf(file), settings);
  if (results.length === 0) return fail(`'${paths[0]}' holds no plan to report on`);
  const markdown = results.map((result) => renderReport(text, result, { path: shown })).join("\n---\n\n");
  const target = outputs?.[0];
  if (!target) {
    io.stdout.write(markdown);
    return EXIT_OK;
  }
  try {
    await makeFolders(path.dirname(path.resolve(io.cwd, target)));
    await fs.writeFile(path.resolve(io.cwd, target), markdown, "utf8");
  } catch (error) {
    return fail(`cannot write '${target}': ${describeFsError(error)}`);
  }
  return EXIT_OK;
}

/** One line on stderr per line of `message`, each starting with the command's name (a configuration may have several problems). */
function say(io: Io, message: string): void {
  io.stderr.write(message.split("\n").map((line) => `micic-plan: ${line}\n`).join(""));
}

function usageMessage(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  // Node's messages end with advice for programmers; keep the first sentence.
  return message.split(". ")[0].replace(/^Unknown option/, "unknown option");
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** The bin script's entry: run, then set the exit code (never process.exit, so output flushes). */
export async function run(): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // main never throws by design; if it ever does, say so in one line.
    process.stderr.write(`micic-plan: internal error: ${(error as Error)?.message ?? String(error)}. Please report this.\n`);
    process.exitCode = EXIT_USAGE;
  }
}

// `node dist/cli.js check …` (the extension's task runs it so) works like
// the bin script: run when this bundle is the program itself.
declare const module: unknown;
if (typeof require === "function" && typeof module === "object" && require.main === module) void run();
