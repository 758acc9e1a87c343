/**
 * The command-line checker: `micic-plan check [paths…]`.
 *
 * Exit codes: the contract CI relies on is written once, in
 * docs/output-formats.md ("Exit codes"), and --help says the same.
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
import { ConfigError, parseConfig, settingsFor } from "../core/config";
import { helpText } from "../messages/cli-help";
import type { Locale } from "../messages/locales";
import { micicConfig, micicRules } from "../workspace/micic-rules";
import { renderReport } from "../report/markdown";
import { readPlanFile } from "../workspace/read-plan";
import { checkSource, sourceKindOf } from "../workspace/sources";
import { DEFAULT_MAX_FINDINGS, severityRank, type Finding, type FixKind, type Severity } from "../core/finding";
import { ConfigFiles, isStandardInput, readConfigText, readStandardInput } from "../workspace/config-files";
import { checkFiles, type CheckFilesOptions, type FileOutcome } from "./check-files";
import { describeFsError, fileIdentity, findFiles, makeFolders, shownPath } from "./files";
import { formatters } from "./formatters/index";
import type { FileResult } from "./formatters/types";
import { GuardedStream } from "./output";
import { escapeControls } from "./terminal";
import { initCommand } from "./init";
import { colorOption, localeOption, maxFindingsOption, outputFileOptions, ruleOptions, UsageError } from "./options";
import { BaselineError, runBaseline, type BaselineMode, type CheckedFile } from "./baseline";
import { translator } from "../messages/translate";
import { diffCommand } from "./plan-diff";

declare const MICIC_VERSION: string;
export const version: string = typeof MICIC_VERSION === "string" ? MICIC_VERSION : "0.0.0-dev";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, read to its end, for `--config -` (the process's own when absent). */
  readStdin?: () => Uint8Array;
  /** Standard input as a stream, for `init`'s questions on a terminal (the process's own when absent). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** The help page in the user's language. */
const help = (locale: Locale) => helpText(locale, { version, formats: [...formatters.keys()].join(", "), maxFindings: String(DEFAULT_MAX_FINDINGS) });

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const fail = (message: string): number => {
    say(io, message);
    return EXIT_USAGE;
  };

  // `init` and `diff` take options of their own; each parses its arguments.
  if (argv[0] === "init") return initCommand(argv.slice(1), io);
  if (argv[0] === "diff") return diffCommand(argv.slice(1), io);

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "fix-type": { type: "string", multiple: true },
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
        locale: { type: "string" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean" },
        "prune-baseline": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return fail(`${usageMessage(error)}. Run 'micic-plan --help' for the options.`);
  }
  const { values, positionals } = parsed;

  let locale: Locale;
  try {
    locale = localeOption(values.locale, io.env);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(help(locale));
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const [command, ...paths] = positionals;
  if (command === undefined) {
    io.stderr.write(help(locale));
    return EXIT_USAGE;
  }
  if (command === "report") return report(paths, values["output-file"], io, locale);
  if (command !== "check") {
    return fail(`unknown command '${command}'. The commands are 'check' (micic-plan check [paths...]) and 'report' (micic-plan report PLAN)`);
  }

  const fixing = Boolean(values.fix || values["fix-dry-run"]);
  if (values.fix && values["fix-dry-run"]) return fail("--fix writes the fixes and --fix-dry-run only shows them: give one of the two");
  if (values["fix-type"] && !fixing) return fail("--fix-type chooses what --fix or --fix-dry-run apply: add one of them");
  const fixKinds = new Set<FixKind>();
  for (const kind of (values["fix-type"] ?? ["fix"]).flatMap((option) => option.split(",")).map((k) => k.trim())) {
    if (kind !== "fix" && kind !== "suggestion") return fail(`--fix-type '${kind}' is not a kind of fix: use fix, suggestion or both (--fix-type fix,suggestion)`);
    fixKinds.add(kind);
  }
  if (values["fix-dry-run"] && values.format !== undefined) {
    return fail(`--fix-dry-run writes a diff on stdout, not a report: write the report to a file with --output-file ${values.format}=PATH`);
  }

  const baselineMode: BaselineMode = values["update-baseline"] ? "update" : values["prune-baseline"] ? "prune" : "compare";
  if (values["update-baseline"] && values["prune-baseline"]) return fail("--update-baseline records every finding and --prune-baseline only removes those gone: give one of the two");
  if (baselineMode !== "compare" && values.baseline === undefined) return fail(`--${baselineMode}-baseline needs the baseline file: add --baseline FILE`);

  const formatName = values.format ?? "stylish";
  const loadFormatter = formatters.get(formatName);
  if (!loadFormatter) {
    return fail(`unknown format '${formatName}'. Formats: ${[...formatters.keys()].join(", ")}.`);
  }
  const color = colorOption(values, io);

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
  let ruleOverrides: Map<string, RuleSetting>;
  let outputs: { format: string; path: string }[];
  try {
    maxFindings = maxFindingsOption(values["max-findings"]);
    ruleOverrides = ruleOptions(values.rule);
    outputs = outputFileOptions(values["output-file"], [...formatters.keys()], "sarif=results.sarif");
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) return fail(`--workers is '${values.workers}'; use a whole number from 1 to 64`);
  }

  const options: CheckFilesOptions = {
    cwd: io.cwd,
    rules: [...ruleOverrides],
    maxFindings,
    inlineConfig: !values["no-inline-config"],
    locale,
    // Keys: the baseline matches findings by them, and the gitlab and sarif formats fingerprint them.
    keyed: true,
    ...(fixing ? { fix: { kinds: [...fixKinds], write: Boolean(values.fix) } } : {}),
  };
  if (values.config !== undefined) {
    // Read once, here (it may be standard input), and parsed here too, so a
    // bad one is one message before any work; the workers get its text.
    try {
      const text = readConfigText(values.config, io.cwd, io.readStdin ?? readStandardInput);
      parseConfig(text, values.config, micicConfig);
      options.config = { name: values.config, text };
    } catch (error) {
      if (error instanceof ConfigError) return fail(error.message);
      throw error;
    }
  }

  const search = await findFiles(paths.length > 0 ? paths : ["."], io.cwd, {
    ignore: values.ignore,
    gitignore: !values["no-gitignore"],
  });
  if (outputs.length > 0) {
    const refusal = outputOverInput(outputs.map((o) => o.path), search.files, values.config, io.cwd);
    if (refusal) return fail(`--output-file would write over '${refusal.path}', ${refusal.what === "plan" ? "which is being checked" : "the configuration"}: write the output somewhere else`);
  }
  const problems = [...search.problems];
  const outcomes = await checkInParallel(search.files, options, workers);
  const results: FileResult[] = [];
  const checked: CheckedFile<Finding>[] = [];
  const diffs: string[] = [];
  const listing: string[] = [];
  let edits = 0;
  let fixed = 0;
  let fixedFiles = 0;
  for (const outcome of outcomes) {
    const shown = shownPath(io.cwd, outcome.file);
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
    for (const edit of outcome.edits) {
      if (listing.length < MAX_LISTED_EDITS) listing.push(`${shown}:${edit.line}:${edit.column} ${edit.code} ${edit.before} → ${edit.after}`);
    }
    edits += outcome.editCount;
    if (outcome.diff) diffs.push(outcome.diff);
    // A Markdown note without a plan is fine, and not counted.
    if (outcome.hasPlan) {
      results.push({ path: shown, findings: outcome.findings, keys: outcome.keys });
      checked.push({ file: outcome.file, findings: outcome.findings, keys: outcome.keys ?? [] });
    }
  }
  if (values.baseline !== undefined) {
    const shown = values.baseline;
    let applied;
    try {
      applied = await runBaseline(path.resolve(io.cwd, shown), shown, baselineMode, checked);
    } catch (error) {
      if (error instanceof BaselineError) return fail(error.message);
      return fail(`cannot write the baseline '${shown}': ${describeFsError(error)}`);
    }
    applied.reported.forEach((findings, index) => {
      // The keys of the findings reported, in their order.
      const keyOf = new Map(checked[index].findings.map((f, at) => [f, checked[index].keys[at]]));
      results[index] = { ...results[index], findings, keys: findings.map((f) => keyOf.get(f)!) };
    });
    const t = translator(locale);
    if (applied.written !== undefined) say(io, t.t("baseline.written", { count: applied.written, file: shown }));
    if (applied.pruned !== undefined) say(io, t.t("baseline.pruned", { count: applied.pruned, file: shown }));
    if (applied.hidden > 0 && baselineMode !== "update") say(io, t.t("baseline.hidden", { count: applied.hidden, file: shown }));
    if (applied.stale > 0) say(io, t.t("baseline.stale", { count: applied.stale, file: shown }));
  }

  for (const problem of problems) say(io, problem);
  if (values.fix) {
    // What was written, one line an edit (bounded, as every output): stdout stays the report of what is left.
    for (const line of listing) io.stderr.write(`${escapeControls(line)}\n`);
    if (edits > listing.length) io.stderr.write(`… and ${edits - listing.length} more edits\n`);
  }
  if (fixed > 0) {
    const counted = `${fixed} problem${fixed === 1 ? "" : "s"} in ${fixedFiles} file${fixedFiles === 1 ? "" : "s"}`;
    say(io, values.fix ? `fixed ${counted}` : `would fix ${counted}`);
  }
  const context = { color, version, cwd: io.cwd, locale };
  if (values["fix-dry-run"]) {
    // The diff is the output: a report among it would stop `git apply` reading it.
    const diff = diffs.join("");
    io.stdout.write(io.stdout.isTTY ? escapeControls(diff, "\n\t") : diff);
  } else if (results.length > 0 || problems.length === 0) {
    io.stdout.write((await loadFormatter())(results, context));
  }
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

/** The most edits `--fix` lists, in all; the rest are counted. */
const MAX_LISTED_EDITS = 100;

/**
 * The first of `targets` (as the user wrote it) that is one of the plans
 * being checked or the configuration in use (the named one, or the
 * .micicrc.json of each plan): writing an output there would destroy it.
 * Compared as files (device and inode), so a link or another spelling of a
 * path is caught too.
 */
function outputOverInput(
  targets: readonly string[],
  plans: readonly string[],
  configFile: string | undefined,
  cwd: string,
): { path: string; what: "plan" | "configuration" } | undefined {
  const inputs = new Map<string, "plan" | "configuration">();
  const add = (file: string | undefined, what: "plan" | "configuration") => {
    const id = file === undefined ? undefined : fileIdentity(file);
    if (id !== undefined && !inputs.has(id)) inputs.set(id, what);
  };
  for (const plan of plans) add(plan, "plan");
  if (configFile !== undefined) {
    if (!isStandardInput(configFile)) add(path.resolve(cwd, configFile), "configuration");
  } else {
    const configs = new ConfigFiles();
    for (const plan of plans) add(configs.pathFor(plan), "configuration");
  }
  for (const target of targets) {
    const id = fileIdentity(path.resolve(cwd, target));
    const what = id === undefined ? undefined : inputs.get(id);
    if (what) return { path: target, what };
  }
  return undefined;
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
async function report(paths: string[], outputs: string[] | undefined, io: Io, locale: Locale): Promise<number> {
  const fail = (message: string): number => {
    say(io, message);
    return EXIT_USAGE;
  };
  if (paths.length !== 1) return fail("report takes one plan: micic-plan report PLAN [-o report.md]");
  if ((outputs?.length ?? 0) > 1) return fail("report writes one file: give -o once");
  const file = path.resolve(io.cwd, paths[0]);
  const read = readPlanFile(file);
  if ("problem" in read) return fail(`cannot ${read.problem.action} '${paths[0]}': ${read.problem.reason}`);
  const text = read.text;
  let settings;
  try {
    settings = { ...settingsFor(micicRules, new ConfigFiles().forFile(file)), locale };
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const target = outputs?.[0];
  if (target !== undefined) {
    const refusal = outputOverInput([target], [file], undefined, io.cwd);
    if (refusal) return fail(`report -o would write over '${target}', ${refusal.what === "plan" ? "the plan it reports on" : "the configuration"}: write the report somewhere else`);
  }
  const shown = shownPath(io.cwd, file);
  const results = checkSource(text, sourceKindOf(file), settings);
  if (results.length === 0) return fail(`'${paths[0]}' holds no plan to report on`);
  // A plan's titles and values go into the report as they are written:
  // their control characters are escaped, for the terminal it may be read in.
  const markdown = escapeControls(results.map((result) => renderReport(text, result, { path: shown, locale })).join("\n---\n\n"), "\n\t");
  if (target === undefined) {
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

/**
 * One line on stderr per line of `message`, each starting with the
 * command's name (a configuration may have several problems); a file's
 * name may hold control characters, which are escaped.
 */
export function say(io: Io, message: string): void {
  io.stderr.write(message.split("\n").map((line) => `micic-plan: ${escapeControls(line)}\n`).join(""));
}

export function usageMessage(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  // Node's messages end with advice for programmers; keep the first sentence.
  return message.split(". ")[0].replace(/^Unknown option/, "unknown option");
}

/**
 * The process's standard input, made only when asked for: once made, a pipe
 * on it is non-blocking, and `--config -` (which reads it synchronously)
 * would fail with EAGAIN.
 */
function withProcessStdin(io: Io): Io {
  return Object.defineProperty(io, "stdin", { get: () => process.stdin, enumerable: true });
}

function processIo(): Io {
  return withProcessStdin({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}

/**
 * The bin script's entry: run, then set the exit code (never process.exit,
 * so output flushes). Standard output and error never throw or crash the
 * process: a closed pipe (`check … | head -1`) ends the output quietly,
 * with the exit code the check gives; any other failure to write the
 * output (a full disk) is one line on stderr and exit code 2.
 */
export async function run(): Promise<void> {
  const stdout = new GuardedStream(process.stdout);
  const stderr = new GuardedStream(process.stderr);
  let code: number;
  try {
    code = await main(process.argv.slice(2), withProcessStdin({ stdout, stderr, cwd: process.cwd(), env: process.env }));
  } catch (error) {
    // main never throws by design; if it ever does, say so in one line.
    stderr.write(`micic-plan: internal error: ${(error as Error)?.message ?? String(error)}. Please report this.\n`);
    code = EXIT_USAGE;
  }
  const failed = await stdout.finished();
  if (failed && failed.code !== "EPIPE") {
    stderr.write(`micic-plan: cannot write the output: ${describeFsError(failed)}\n`);
    code = EXIT_USAGE;
  }
  process.exitCode = code;
}

// `node dist/cli.js check …` (the extension's task runs it so) works like
// the bin script: run when this bundle is the program itself.
declare const module: unknown;
if (typeof require === "function" && typeof module === "object" && require.main === module) void run();
