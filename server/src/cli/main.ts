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
import { checkText } from "../core/check";
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
  -f, --format NAME   output format: ${[...formatters.keys()].join(", ")} (default: stylish)
      --color         colour the output even when it is not a terminal
      --no-color      never colour the output (so does NO_COLOR=1)
  -h, --help          show this help
  -v, --version       show the version

Exit codes:
  0  no errors (warnings and info may be printed)
  1  at least one error was found
  2  the check could not run as asked: a bad option, an unreadable file,
     or a path that matches nothing

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

  const search = await findFiles(paths.length > 0 ? paths : ["."], io.cwd);
  const problems = [...search.problems];
  const results: FileResult[] = [];
  for (const file of search.files) {
    const shown = path.relative(io.cwd, file) || file;
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (error) {
      problems.push(`cannot read '${shown}': ${describeFsError(error)}`);
      continue;
    }
    results.push({ path: shown.split(path.sep).join("/"), findings: checkText(text).findings });
  }

  for (const problem of problems) io.stderr.write(`micic-plan: ${problem}\n`);
  if (results.length > 0 || problems.length === 0) io.stdout.write(formatter(results, { color }));

  if (problems.length > 0) return EXIT_USAGE;
  const anyError = results.some((r) => r.findings.some((f) => f.severity === "error"));
  return anyError ? EXIT_ERRORS : EXIT_OK;
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
