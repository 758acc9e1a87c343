/**
 * `micic-plan diff OLD NEW` and `micic-plan diff --base REV [paths…]`: what
 * a revision changed in a plan's standing against the guidelines. Findings
 * introduced, resolved and still open, matched by rule and by the block
 * they stand on (core/finding-match.ts), and what the plan now commits to
 * that it did not (core/commitments.ts).
 *
 * Both revisions are checked with the same settings: the configuration of
 * the later one (or --config), so a finding is new because the plan
 * changed, not because the rules did.
 *
 * Exit codes: 0 when nothing at or above --fail-level (default: info, so
 * anything) was introduced; 1 when something was; 2 when the comparison
 * could not run (a bad option, an unreadable file, an unknown revision).
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { CheckSettings, RuleSetting } from "../core/check";
import { ConfigError, parseConfig, settingsFor, type Config } from "../core/config";
import { severityRank, type Severity } from "../core/finding";
import { diffHelpText } from "../messages/cli-help";
import type { Locale } from "../messages/locales";
import { ConfigFiles, readConfigText, readStandardInput } from "../workspace/config-files";
import { decodePlanFile, MAX_PLAN_BYTES } from "../workspace/limits";
import { micicConfig, micicRules } from "../workspace/micic-rules";
import { readFileWithinLimit } from "../workspace/read-plan";
import { sourceKindOf } from "../workspace/sources";
import { checkRevision, compareRevisions, type CheckedRevision } from "./compare-revisions";
import { diffFormats, introducesFailure, type FileDiff } from "./diff-formats";
import { fileIdentity, findFiles, makeFolders, shownPath, NOTE_EXTENSIONS, PLAN_EXTENSIONS } from "./files";
import { colorOption, localeOption, maxFindingsOption, outputFileOptions, ruleOptions, UsageError } from "./options";
import { existedAt, fileAtRevision, GitError, removedSince, renamedSince, repositoryRoot, resolveRevision } from "./git";
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, say, usageMessage, version, type Io } from "./main";
import { existsSync, promises as fs } from "node:fs";

export async function diffCommand(argv: readonly string[], io: Io): Promise<number> {
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
        base: { type: "string" },
        format: { type: "string", short: "f" },
        "output-file": { type: "string", multiple: true, short: "o" },
        "fail-level": { type: "string" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-findings": { type: "string" },
        locale: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${usageMessage(error)}. Run 'micic-plan diff --help' for the options.`);
  }
  const { values, positionals } = parsed;
  let locale: Locale;
  let outputs: { format: string; path: string }[];
  let maxFindings: number | undefined;
  let overrides: Map<string, RuleSetting>;
  try {
    locale = localeOption(values.locale, io.env);
    outputs = outputFileOptions(values["output-file"], [...diffFormats.keys()], "markdown=summary.md");
    maxFindings = maxFindingsOption(values["max-findings"]);
    overrides = ruleOptions(values.rule);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  if (values.help) {
    io.stdout.write(diffHelpText(locale));
    return EXIT_OK;
  }
  const formatName = values.format ?? "stylish";
  const format = diffFormats.get(formatName);
  if (!format) return fail(`diff has no format '${formatName}': use ${[...diffFormats.keys()].join(", ")}`);
  const failLevel = values["fail-level"] ?? "info";
  if (!(failLevel in severityRank)) return fail(`--fail-level is '${failLevel}'; use info, warning or error`);

  let explicit: Config | undefined;
  try {
    if (values.config !== undefined) {
      explicit = parseConfig(readConfigText(values.config, io.cwd, io.readStdin ?? readStandardInput), values.config, micicConfig);
    }
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const configFiles = new ConfigFiles();
  const settingsOf = (file: string): CheckSettings => ({ ...settingsFor(micicRules, explicit ?? configFiles.forFile(file), { rules: overrides, maxFindings }), locale });

  let files: FileDiff[];
  try {
    if (values.base !== undefined) {
      files = await compareWithRevision(values.base, positionals, io.cwd, settingsOf);
    } else {
      if (positionals.length !== 2) {
        return fail(`diff compares two files: micic-plan diff OLD NEW (or micic-plan diff --base REV [paths...] for a git revision); ${positionals.length} ${positionals.length === 1 ? "was" : "were"} given`);
      }
      files = [compareFiles(positionals[0], positionals[1], io.cwd, settingsOf)];
    }
  } catch (error) {
    if (error instanceof ComparisonError || error instanceof GitError || error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  // An output over a file being compared would destroy it: refused before anything is written.
  const inputs = new Set(files.flatMap((file) => [file.path, file.beforePath]).map((p) => fileIdentity(path.resolve(io.cwd, p)) ?? path.resolve(io.cwd, p)));
  for (const output of outputs) {
    if (inputs.has(fileIdentity(path.resolve(io.cwd, output.path)) ?? path.resolve(io.cwd, output.path))) return fail(`--output-file would write over '${output.path}', which is being compared: write the output somewhere else`);
  }

  const color = colorOption(values, io);
  const context = { color, locale, version, failLevel: failLevel as Severity };
  io.stdout.write(format(files, context));
  for (const output of outputs) {
    const target = path.resolve(io.cwd, output.path);
    try {
      await makeFolders(path.dirname(target));
      await fs.writeFile(target, diffFormats.get(output.format)!(files, { ...context, color: false }), "utf8");
    } catch (error) {
      return fail(`cannot write '${output.path}': ${(error as Error).message}`);
    }
  }
  return introducesFailure(files, failLevel as Severity) ? EXIT_ERRORS : EXIT_OK;
}

/** A file that cannot be compared: one sentence for the user. */
class ComparisonError extends Error {}

/** Reads and checks one revision from its bytes; a file that is not a plan's text is an error naming it. */
function checkBytes(bytes: Uint8Array, shown: string, file: string, settings: CheckSettings): CheckedRevision {
  const decoded = decodePlanFile(bytes);
  if ("problem" in decoded) throw new ComparisonError(`cannot compare '${shown}': ${decoded.problem}`);
  return checkRevision(decoded.text, sourceKindOf(file), settings);
}

function readRevision(file: string, shown: string, settings: CheckSettings): CheckedRevision {
  const read = readFileWithinLimit(file, MAX_PLAN_BYTES);
  if ("problem" in read) throw new ComparisonError(`cannot ${read.problem.action} '${shown}': ${read.problem.reason}`);
  return checkBytes(read.bytes, shown, file, settings);
}

function compareFiles(oldPath: string, newPath: string, cwd: string, settingsOf: (file: string) => CheckSettings): FileDiff {
  const oldFile = path.resolve(cwd, oldPath);
  const newFile = path.resolve(cwd, newPath);
  // The later revision decides the settings. /dev/null stands for no file, as in git and diff(1).
  const settings = settingsOf(newFile);
  const before = isNullDevice(oldPath) ? undefined : readRevision(oldFile, oldPath, settings);
  const after = isNullDevice(newPath) ? undefined : readRevision(newFile, newPath, settings);
  if (!before && !after) throw new ComparisonError("diff needs at least one file that is not /dev/null");
  return {
    path: shownPath(cwd, after ? newFile : oldFile),
    beforePath: before ? shownPath(cwd, oldFile) : oldPath,
    status: !before ? "added" : !after ? "removed" : "modified",
    beforeHasPlan: before?.hasPlan ?? false,
    afterHasPlan: after?.hasPlan ?? false,
    comparison: compareRevisions(before, after),
    beforeLines: before?.lines,
    afterLines: after?.lines,
  };
}

const isNullDevice = (file: string) => file === "/dev/null" || file.toLowerCase() === "nul";

async function compareWithRevision(revision: string, paths: readonly string[], cwd: string, settingsOf: (file: string) => CheckSettings): Promise<FileDiff[]> {
  const root = repositoryRoot(cwd);
  const commit = resolveRevision(revision, root);
  // A path removed since the revision is not an error: its plans are reported removed.
  const given = paths.length > 0 ? paths : ["."];
  const present = given.filter((p) => existsSync(path.resolve(cwd, p)) || !existedAt(commit, path.resolve(cwd, p), root));
  const search = present.length > 0 ? await findFiles(present, cwd, {}) : { files: [], problems: [] };
  if (search.problems.length > 0) throw new ComparisonError(search.problems[0]);
  const diffs: FileDiff[] = [];
  const label = (file: string) => `${revision}:${path.relative(root, file).split(path.sep).join("/")}`;
  const searched = (paths.length > 0 ? paths : ["."]).map((p) => path.resolve(cwd, p));
  // A plan renamed since the revision is compared with its old self, not called new.
  const renamed = renamedSince(commit, searched, root);
  for (const file of search.files) {
    const shown = shownPath(cwd, file);
    const settings = settingsOf(file);
    const after = readRevision(file, shown, settings);
    const old = renamed.get(file) ?? file;
    const bytes = fileAtRevision(commit, old, root);
    const before = bytes ? checkBytes(bytes, label(old), file, settings) : undefined;
    // A Markdown note without a plan in either revision is not a plan file.
    if (!after.checked && !before?.checked) continue;
    diffs.push({
      path: shown,
      beforePath: label(old),
      status: before ? "modified" : "added",
      beforeHasPlan: before?.hasPlan ?? false,
      afterHasPlan: after.hasPlan,
      comparison: compareRevisions(before, after),
      beforeLines: before?.lines,
      afterLines: after.lines,
    });
  }
  for (const file of removedSince(commit, searched, root, [...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS])) {
    const bytes = fileAtRevision(commit, file, root);
    if (!bytes) continue;
    const before = checkBytes(bytes, label(file), file, settingsOf(file));
    if (!before.checked) continue;
    diffs.push({
      path: shownPath(cwd, file),
      beforePath: label(file),
      status: "removed",
      beforeHasPlan: true,
      afterHasPlan: false,
      comparison: compareRevisions(before, undefined),
      beforeLines: before.lines,
    });
  }
  return diffs;
}
