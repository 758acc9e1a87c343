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
import { checkText, type CheckSettings, type RuleSetting } from "../core/check";
import { ConfigError, ruleSetting, settingsFor, type Config } from "../core/config";
import { severityRank, type Severity } from "../core/finding";
import { fixAll } from "../core/fix";
import { ConfigFiles } from "../workspace/config-files";
import { describeFsError, findFiles } from "./files";
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

Paths may be files, folders (searched for .micic files) and glob patterns
("plans/**/*.micic"). Without a path, the current folder is checked.

Options:
  -f, --format NAME        output format: ${[...formatters.keys()].join(", ")} (default: stylish)
      --fix                apply every safe fix in place, then report what is left
  -c, --config FILE        use this configuration instead of the nearest .micicrc.json
      --rule CODE=LEVEL    set a rule's severity (off, info, warning, error) by code
                           or name; repeatable; stronger than the configuration
      --fail-level LEVEL   exit 1 when a finding of this severity or above is
                           reported: error (default), warning or info
      --max-warnings N     exit 1 when more than N warnings are reported
      --no-inline-config   ignore "# micic-disable" comments in plans
      --color              colour the output even when it is not a terminal
      --no-color           never colour the output (so does NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Configuration: the nearest .micicrc.json in a plan's folder or above it, e.g.
  { "extends": "recommended", "rules": { "EVAC010": "off" }, "staleAfterMonths": 24 }

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
    io.stderr.write(`micic-plan: ${message}\n`);
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
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "fail-level": { type: "string" },
        "max-warnings": { type: "string" },
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
  if (command !== "check") {
    return fail(`unknown command '${command}'. The command is 'check': micic-plan check [paths...]`);
  }

  const formatName = values.format ?? "stylish";
  const formatter = formatters.get(formatName);
  if (!formatter) {
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

  const configFiles = new ConfigFiles();
  let explicitConfig: Config | undefined;
  if (values.config !== undefined) {
    try {
      explicitConfig = configFiles.load(values.config, io.cwd);
    } catch (error) {
      if (error instanceof ConfigError) return fail(error.message);
      throw error;
    }
  }
  const settingsOf = (file: string): CheckSettings => {
    const config = explicitConfig ?? configFiles.forFile(file);
    return { ...settingsFor(config, { rules: ruleOverrides }), inlineConfig: !values["no-inline-config"] };
  };

  const search = await findFiles(paths.length > 0 ? paths : ["."], io.cwd);
  const problems = [...search.problems];
  const results: FileResult[] = [];
  let fixed = 0;
  let fixedFiles = 0;
  for (const file of search.files) {
    const shown = path.relative(io.cwd, file) || file;
    let settings: CheckSettings;
    try {
      settings = settingsOf(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // One bad configuration stops the run: a check with half its settings
      // would report findings the team has turned off, or miss ones it wants.
      io.stderr.write(`micic-plan: ${error.message}\n`);
      return EXIT_USAGE;
    }
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (error) {
      problems.push(`cannot read '${shown}': ${describeFsError(error)}`);
      continue;
    }
    let findings;
    if (values.fix) {
      const outcome = fixAll(text, settings);
      if (outcome.text !== text) {
        try {
          await fs.writeFile(file, outcome.text, "utf8");
          fixed += outcome.applied;
          fixedFiles++;
        } catch (error) {
          problems.push(`cannot write the fixes to '${shown}': ${describeFsError(error)}`);
        }
      }
      findings = outcome.result.findings;
    } else {
      findings = checkText(text, settings).findings;
    }
    results.push({ path: shown.split(path.sep).join("/"), findings });
  }

  for (const problem of problems) io.stderr.write(`micic-plan: ${problem}\n`);
  if (values.fix && fixed > 0) {
    io.stderr.write(`micic-plan: fixed ${fixed} problem${fixed === 1 ? "" : "s"} in ${fixedFiles} file${fixedFiles === 1 ? "" : "s"}\n`);
  }
  if (results.length > 0 || problems.length === 0) io.stdout.write(formatter(results, { color }));

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
