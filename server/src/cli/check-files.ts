/**
 * Checking a list of files: read each, find its configuration, check it
 * (or fix it), and return what was found. Runs the same on the main thread
 * and in worker threads (worker.ts), so its input and output are plain
 * data that can cross between threads.
 */
import type { CheckResult, CheckSettings, RuleSetting } from "../core/check";
import { ConfigError, parseConfig, settingsFor, type Config } from "../core/config";
import { micicConfig, micicRules } from "../workspace/micic-rules";
import type { Finding, FixKind } from "../core/finding";
import type { AppliedEdit } from "../core/fix";
import { LineIndex } from "../core/text";
import { ConfigFiles } from "../workspace/config-files";
import { decodePlanFile, encodePlanText, MAX_PLAN_BYTES } from "../workspace/limits";
import { readFileWithinLimit } from "../workspace/read-plan";
import { checkSource, fixSource, sourceKindOf, type SourceKind } from "../workspace/sources";
import type { FindingKey } from "../core/finding-match";
import { keyedFindings } from "./compare-revisions";
import { unifiedDiff } from "./diff";
import { shownPath } from "./files";
import { quoted } from "./terminal";
import { writeFixedFile } from "./write-fixes";

export interface CheckFilesOptions {
  /** `--config FILE`: its name as the user gave it and its text, read once by the caller (it may be standard input). */
  config?: { name: string; text: string };
  cwd: string;
  /** `--rule` severities, by code. */
  rules: [string, RuleSetting][];
  /** `--max-findings N`: at most this many findings per file. */
  maxFindings?: number;
  inlineConfig: boolean;
  /** The language of the findings' messages and fixes' titles (`--locale`, else the environment's). */
  locale?: string;
  /** `--fix` (write) or `--fix-dry-run` (show the diff), and which kinds of edit (`--fix-type`). */
  fix?: { kinds: FixKind[]; write: boolean };
  /** Whether to give each finding's key (a baseline matches findings by them). */
  keyed?: boolean;
}

/** The most edits of one file an outcome names (the command lists at most this many in all, and counts the rest). */
export const MAX_LISTED_EDITS = 100;

/** One edit as the list of fixes shows it: where it stands in the file as it was, and what it replaced by what, quoted. */
export interface ListedEdit {
  /** 1-based. */
  line: number;
  column: number;
  code: string;
  before: string;
  after: string;
}

export interface FileOutcome {
  file: string;
  /** Whether the file holds a plan (a Markdown note may hold none). */
  hasPlan: boolean;
  findings: Finding[];
  /** With `keyed`: each finding's key, in the order of `findings`. */
  keys?: FindingKey[];
  /** Fixes applied (with --fix), or that would be (with --fix-dry-run). */
  fixed: number;
  /** The first MAX_LISTED_EDITS edits made (or that would be), and how many there are. */
  edits: ListedEdit[];
  editCount: number;
  /** With --fix-dry-run: the unified diff of the fixes, "" when none. */
  diff?: string;
  /** Why the file could not be read or its fixes written. */
  problem?: { action: "read" | "check" | "write the fixes to"; reason: string };
  /** A configuration that cannot be used stops the whole run. */
  configError?: string;
}

export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<FileOutcome[]> {
  const configFiles = new ConfigFiles();
  let explicit: Config | undefined;
  const outcomes: FileOutcome[] = [];
  try {
    if (options.config) explicit = parseConfig(options.config.text, options.config.name, micicConfig);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [{ file: files[0] ?? "", hasPlan: false, findings: [], fixed: 0, edits: [], editCount: 0, configError: error.message }];
  }
  const overrides = { rules: new Map(options.rules), maxFindings: options.maxFindings };
  for (const file of files) {
    const outcome: FileOutcome = { file, hasPlan: false, findings: [], fixed: 0, edits: [], editCount: 0 };
    outcomes.push(outcome);
    let settings: CheckSettings;
    try {
      settings = { ...settingsFor(micicRules, explicit ?? configFiles.forFile(file), overrides), inlineConfig: options.inlineConfig, locale: options.locale };
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
    const read = readFileWithinLimit(file, MAX_PLAN_BYTES);
    if ("problem" in read) {
      outcome.problem = read.problem;
      continue;
    }
    const kind = sourceKindOf(file);
    let results: CheckResult[];
    if (options.fix) {
      const fixed = fixFileBytes(read.bytes, kind, settings, options.fix.kinds);
      if ("problem" in fixed) {
        outcome.problem = { action: "check", reason: fixed.problem };
        continue;
      }
      results = fixed.results;
      if (fixed.edits.length > 0) {
        const problem = options.fix.write ? writeFixedFile(file, read.bytes, fixed.bytes) : undefined;
        if (problem) {
          // Nothing was written: report the file as it is.
          outcome.problem = { action: "write the fixes to", reason: problem };
          results = checkSource(fixed.text, kind, settings);
        } else {
          outcome.fixed = fixed.applied;
          outcome.editCount = fixed.edits.length;
          outcome.edits = listed(fixed.text, fixed.edits.slice(0, MAX_LISTED_EDITS));
          if (!options.fix.write) outcome.diff = unifiedDiff(shownPath(options.cwd, file), fixed.text, fixed.fixedText, fixed.edits);
        }
      }
    } else {
      const decoded = decodePlanFile(read.bytes);
      if ("problem" in decoded) {
        outcome.problem = { action: "check", reason: decoded.problem };
        continue;
      }
      results = checkSource(decoded.text, kind, settings);
    }
    outcome.hasPlan = results.length > 0;
    outcome.findings = results.flatMap((r) => r.findings);
    if (options.keyed) outcome.keys = keyedFindings(results).map((k) => k.key);
  }
  return outcomes;
}

/** What fixing a file's bytes gives: the text read and the text fixed, the bytes to write, every edit, and the check of the fixed text. */
export interface FixedFile {
  text: string;
  fixedText: string;
  /** The fixed text, encoded as the file was (UTF-8 or UTF-16, its byte order mark kept). */
  bytes: Uint8Array;
  applied: number;
  edits: AppliedEdit[];
  results: CheckResult[];
}

/**
 * Fixes a file given as its bytes: decoded as it was read, fixed, encoded
 * back the same way. Or why it cannot be fixed (not a plan's text).
 */
export function fixFileBytes(bytes: Uint8Array, kind: SourceKind, settings: CheckSettings, kinds: readonly FixKind[]): FixedFile | { problem: string } {
  const decoded = decodePlanFile(bytes);
  if ("problem" in decoded) return decoded;
  const fixed = fixSource(decoded.text, kind, settings, undefined, kinds);
  return {
    text: decoded.text,
    fixedText: fixed.text,
    bytes: fixed.text === decoded.text ? bytes : encodePlanText(fixed.text, decoded),
    applied: fixed.applied,
    edits: fixed.edits,
    results: fixed.results,
  };
}

/** Edits as the list shows them, placed by the file's lines as it was. */
function listed(text: string, edits: readonly AppliedEdit[]): ListedEdit[] {
  if (edits.length === 0) return [];
  const lines = new LineIndex(text);
  return edits.map((edit) => {
    const at = lines.position(edit.span.start);
    return { line: at.line + 1, column: at.character + 1, code: edit.code, before: quoted(edit.oldText), after: quoted(edit.newText) };
  });
}
