/**
 * Baselines: `check --baseline FILE` records the findings a team accepts
 * today and fails only on new ones; `--update-baseline` writes today's
 * findings to it, `--prune-baseline` removes those that no longer occur.
 *
 * A baseline is a JSON file people can read and review in a pull request:
 * per file (relative to the baseline's folder, with forward slashes), each
 * finding's rule, its anchor and the text it stands on (what matching uses,
 * as `micic-plan diff` matches: core/finding-match.ts), and its message
 * (for the reader only). Sorted, so that a change to it is a small diff; it
 * shrinks as findings are fixed and pruned.
 */
import { promises as fs, readFileSync, realpathSync } from "node:fs";
import * as path from "node:path";
import { FINDINGS_LIMIT } from "../core/finding";
import { matchFindings, type FindingKey } from "../core/finding-match";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { byCodeUnits, LineIndex } from "../core/text";
import { describeFsError } from "../workspace/read-plan";

/** The version of the baseline's shape; a newer one is refused with a message, never misread. */
export const BASELINE_VERSION = 1;

/** The largest baseline read: a plan's findings are bounded, and so is this. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export interface BaselineEntry {
  code: string;
  anchor: string;
  subject: string;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface BaselineFile {
  version: typeof BASELINE_VERSION;
  tool: "micic-plan";
  /** Findings by file, relative to the baseline's folder. */
  files: Record<string, BaselineEntry[]>;
}

export class BaselineError extends Error {}

/** Reads and validates a baseline; a BaselineError names the file and says what to do. */
export function readBaseline(file: string, shown: string): BaselineFile {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_BASELINE_BYTES) throw new BaselineError(`the baseline '${shown}' is larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MiB: re-create it with --update-baseline`);
    text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new BaselineError(`the baseline '${shown}' does not exist: create it with --update-baseline`);
    throw new BaselineError(`cannot read the baseline '${shown}': ${describeFsError(error)}`);
  }
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0) {
    const { line, character } = new LineIndex(text).position(errors[0].offset);
    const what = printParseErrorCode(errors[0].error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    throw new BaselineError(`the baseline '${shown}' is not valid JSON (line ${line + 1}, column ${character + 1}: ${what}): fix it, or re-create it with --update-baseline`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new BaselineError(`the baseline '${shown}' ${problem}`);
  return data as BaselineFile;
}

/** What is wrong with a parsed baseline, as the end of a sentence; undefined when nothing. */
function shapeProblem(data: unknown): string | undefined {
  const redo = ": fix it, or re-create it with --update-baseline";
  if (typeof data !== "object" || data === null || Array.isArray(data)) return `is not a micic-plan baseline (it holds no object)${redo}`;
  const { version, files } = data as Record<string, unknown>;
  if (typeof version !== "number") return `has no "version"${redo}`;
  if (version > BASELINE_VERSION) {
    return `was written by a newer micic-plan (baseline version ${version}; this one reads version ${BASELINE_VERSION}): upgrade micic-plan, or re-create the baseline with --update-baseline`;
  }
  if (version !== BASELINE_VERSION) return `has version ${JSON.stringify(version)}, which micic-plan never wrote${redo}`;
  if (typeof files !== "object" || files === null || Array.isArray(files)) return `has no "files" object${redo}`;
  for (const [name, entries] of Object.entries(files)) {
    if (!Array.isArray(entries)) return `lists no findings for "${name}" (not a list)${redo}`;
    for (const [index, entry] of entries.entries()) {
      for (const field of ["code", "anchor", "subject"] as const) {
        if (typeof (entry as Record<string, unknown> | null)?.[field] !== "string") return `has no "${field}" text in finding ${index + 1} of "${name}"${redo}`;
      }
    }
  }
  return undefined;
}

/** The baseline's name for a checked file: relative to the baseline's folder, with forward slashes. */
export function baselineKey(baselineFile: string, file: string): string {
  return path.relative(realFolder(path.dirname(path.resolve(baselineFile))), path.join(realFolder(path.dirname(path.resolve(file))), path.basename(file))).split(path.sep).join("/");
}

/** A folder with its links followed, so that a plan reached through a linked folder has the name the baseline gave it. */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/** A baseline of these findings, per file (keys as baselineKey gives them), sorted. */
export function baselineOf(files: ReadonlyMap<string, readonly BaselineEntry[]>): BaselineFile {
  const out: Record<string, BaselineEntry[]> = {};
  for (const name of [...files.keys()].sort(byCodeUnits)) {
    const entries = files.get(name)!;
    if (entries.length === 0) continue;
    out[name] = [...entries].sort((a, b) => byCodeUnits(a.anchor, b.anchor) || byCodeUnits(a.code, b.code) || byCodeUnits(a.subject, b.subject));
  }
  return { version: BASELINE_VERSION, tool: "micic-plan", files: out };
}

export async function writeBaseline(file: string, baseline: BaselineFile): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, JSON.stringify(baseline, null, 2) + "\n", "utf8");
}

/** One file's findings against its baseline entries: the new ones to report, how many the baseline hides, and the entries that no longer occur. */
export function applyBaseline<F extends { code: string; key: FindingKey }>(findings: readonly F[], entries: readonly BaselineEntry[]) {
  const match = matchFindings(
    entries.map((entry) => ({ code: entry.code, key: { anchor: entry.anchor, subject: entry.subject }, message: entry.message, entry })),
    findings,
  );
  return { fresh: match.introduced, known: match.unchanged.length, stale: match.resolved.map((m) => m.entry) };
}

/** What `check` does with a baseline: compare with it, write it anew, or remove what no longer occurs. */
export type BaselineMode = "compare" | "update" | "prune";

export interface CheckedFile<F> {
  /** Absolute. */
  file: string;
  findings: readonly F[];
  keys: readonly FindingKey[];
}

export interface BaselineOutcome<F> {
  /** Per checked file, in order: the findings to report (those the baseline does not know). */
  reported: F[][];
  /** How many findings the baseline hid, how many of its entries no longer occur, and how many were written or removed. */
  hidden: number;
  stale: number;
  written?: number;
  pruned?: number;
}

/**
 * Applies a baseline to a run's findings. Only the files this run checked
 * are compared; the entries of other files are kept as they are, so a run
 * on part of the plans never prunes the rest.
 */
export async function runBaseline<F extends { code: string; message: string }>(
  baselineFile: string,
  shown: string,
  mode: BaselineMode,
  checked: readonly CheckedFile<F>[],
): Promise<BaselineOutcome<F>> {
  // --update-baseline re-creates what it cannot read (missing, broken, from a newer version): that is what its message advises.
  const existing = mode === "update" ? readableBaseline(baselineFile, shown) : readBaseline(baselineFile, shown);
  const entries = new Map<string, BaselineEntry[]>(Object.entries(existing?.files ?? {}));
  const outcome: BaselineOutcome<F> = { reported: [], hidden: 0, stale: 0 };
  for (const file of checked) {
    const name = baselineKey(baselineFile, file.file);
    const keyed = file.findings.map((finding, index) => ({ code: finding.code, key: file.keys[index], message: finding.message, finding }));
    // With the findings limit reached, the findings not listed are not gone: none of the baseline's is called stale.
    const partial = file.findings.some((f) => f.code === FINDINGS_LIMIT.code);
    if (mode === "update") {
      entries.set(name, keyed.map((k) => ({ code: k.code, anchor: k.key.anchor, subject: k.key.subject, message: k.finding.message })));
      outcome.reported.push([]);
      outcome.hidden += keyed.length;
      continue;
    }
    const applied = applyBaseline(keyed, entries.get(name) ?? []);
    outcome.reported.push(applied.fresh.map((k) => k.finding));
    outcome.hidden += applied.known;
    if (partial) continue;
    outcome.stale += applied.stale.length;
    if (mode === "prune" && applied.stale.length > 0) {
      const gone = new Set(applied.stale);
      entries.set(name, (entries.get(name) ?? []).filter((entry) => !gone.has(entry)));
    }
  }
  if (mode === "update") {
    const baseline = baselineOf(entries);
    await writeBaseline(baselineFile, baseline);
    outcome.written = Object.values(baseline.files).reduce((n, list) => n + list.length, 0);
  } else if (mode === "prune" && outcome.stale > 0) {
    await writeBaseline(baselineFile, baselineOf(entries));
    outcome.pruned = outcome.stale;
    outcome.stale = 0;
  }
  return outcome;
}

function readableBaseline(file: string, shown: string): BaselineFile | undefined {
  try {
    return readBaseline(file, shown);
  } catch (error) {
    if (error instanceof BaselineError) return undefined;
    throw error;
  }
}
