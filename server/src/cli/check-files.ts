/**
 * Checking a list of files: read each, find its configuration, check it
 * (or fix it), and return what was found. Runs the same on the main thread
 * and in worker threads (worker.ts), so its input and output are plain
 * data that can cross between threads.
 */
import { promises as fs } from "node:fs";
import type { CheckSettings, RuleSetting } from "../core/check";
import { ConfigError, settingsFor, type Config } from "../core/config";
import type { Finding } from "../core/finding";
import { ConfigFiles } from "../workspace/config-files";
import { checkSource, fixSource, sourceKindOf } from "../workspace/sources";
import { readPlanFile } from "../workspace/read-plan";
import { describeFsError } from "./files";

export interface CheckFilesOptions {
  /** `--config FILE`, resolved against `cwd`. */
  configFile?: string;
  cwd: string;
  /** `--rule` severities, by code. */
  rules: [string, RuleSetting][];
  /** `--max-findings N`: at most this many findings per file. */
  maxFindings?: number;
  inlineConfig: boolean;
  fix: boolean;
}

export interface FileOutcome {
  file: string;
  /** Whether the file holds a plan (a Markdown note may hold none). */
  hasPlan: boolean;
  findings: Finding[];
  /** Fixes applied (with --fix). */
  fixed: number;
  /** Why the file could not be read or its fixes written. */
  problem?: { action: "read" | "check" | "write the fixes to"; reason: string };
  /** A configuration that cannot be used stops the whole run. */
  configError?: string;
}

export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<FileOutcome[]> {
  const configFiles = new ConfigFiles();
  let explicit: Config | undefined;
  if (options.configFile) explicit = configFiles.load(options.configFile, options.cwd);
  const overrides = { rules: new Map(options.rules), maxFindings: options.maxFindings };
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const outcome: FileOutcome = { file, hasPlan: false, findings: [], fixed: 0 };
    outcomes.push(outcome);
    let settings: CheckSettings;
    try {
      settings = { ...settingsFor(explicit ?? configFiles.forFile(file), overrides), inlineConfig: options.inlineConfig };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      outcome.configError = error.message;
      return outcomes;
    }
    // Read synchronously: the thread has nothing else to do meanwhile, and
    // on a thousand small plans the asynchronous reads (a trip to libuv's
    // thread pool for each open, stat, read and close) made the whole run
    // a third slower. A search can find a pipe or a device named like a
    // plan: the reader refuses what is not a regular file.
    const read = readPlanFile(file);
    if ("problem" in read) {
      outcome.problem = read.problem;
      continue;
    }
    const text = read.text;
    const kind = sourceKindOf(file);
    if (options.fix) {
      const fixed = fixSource(text, kind, settings);
      if (fixed.text !== text) {
        try {
          await fs.writeFile(file, fixed.text, "utf8");
          outcome.fixed = fixed.applied;
        } catch (error) {
          outcome.problem = { action: "write the fixes to", reason: describeFsError(error) };
        }
      }
      outcome.hasPlan = fixed.results.length > 0;
      outcome.findings = fixed.results.flatMap((r) => r.findings);
    } else {
      const results = checkSource(text, kind, settings);
      outcome.hasPlan = results.length > 0;
      outcome.findings = results.flatMap((r) => r.findings);
    }
  }
  return outcomes;
}
