/**
 * `micic-plan diff`'s outputs: stylish text for people and logs, JSON for
 * scripts (top-level `introduced`, `resolved` and `unchanged` lists, each
 * finding as `check --format json` gives it, with its file), and Markdown to
 * paste as a pull-request comment or a job summary.
 *
 * Every list people read is bounded: the first MAX_LISTED of each kind,
 * then how many more. JSON lists all (the findings per file are already
 * bounded by --max-findings).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { createColors } from "picocolors";
import type { CommitmentChange } from "../core/commitments";
import { severityRank, type Severity } from "../core/finding";
import { code, gfmMarkdown, heading, link, paragraph, table, text, type Cell } from "../markdown/mdast";
import { ruleDocUrlIn } from "../markdown/rule-docs";
import type { Locale } from "../messages/locales";
import { translator, type Translator } from "../messages/translate";
import { languageLabel } from "../rules/voice";
import type { KeyedFinding, RevisionComparison } from "./compare-revisions";
import { TOOL_NAME } from "./formatters/common";
import { jsonFinding, type JsonFinding } from "./formatters/json";
import { escapeControls } from "./terminal";
import type { LineIndex } from "../core/text";

/** The most findings of each kind, and changes of commitments, the text and Markdown outputs name per file. */
export const MAX_LISTED = 50;

/** The most files whose findings and commitments the text and Markdown outputs show (a job summary takes 1 MiB at most). */
export const MAX_FILES_LISTED = 20;

/** One file's two revisions compared. */
export interface FileDiff {
  /** The file as the user reads its path (the later revision's; the earlier's when it was removed). */
  path: string;
  /** The earlier revision as the user named it: a path, or `REV:path`. */
  beforePath: string;
  status: "added" | "removed" | "modified";
  beforeHasPlan: boolean;
  afterHasPlan: boolean;
  comparison: RevisionComparison;
  beforeLines?: LineIndex;
  afterLines?: LineIndex;
}

export interface DiffFormatContext {
  color: boolean;
  locale: Locale;
  version: string;
  /** The lowest severity whose introduction fails the comparison (--fail-level): the summary's sign follows it. */
  failLevel?: Severity;
}

/** Whether the files introduce a finding at or above the fail level (any, without one). */
export function introducesFailure(files: readonly FileDiff[], failLevel: Severity = "info"): boolean {
  return files.some((file) => file.comparison.introduced.some((k) => severityRank[k.finding.severity] >= severityRank[failLevel]));
}

export type DiffFormat = (files: readonly FileDiff[], context: DiffFormatContext) => string;

/** How many of each the files hold. */
export function diffCounts(files: readonly FileDiff[]) {
  let introduced = 0;
  let resolved = 0;
  let unchanged = 0;
  for (const file of files) {
    introduced += file.comparison.introduced.length;
    resolved += file.comparison.resolved.length;
    unchanged += file.comparison.unchanged.length;
  }
  return { files: files.length, introduced, resolved, unchanged };
}

// --- stylish -------------------------------------------------------------------------------------

const stylish: DiffFormat = (files, { color, locale, failLevel }) => {
  const t = translator(locale);
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  let shownFiles = 0;
  for (const file of files) {
    const { comparison } = file;
    const notes = fileNotes(t, file);
    const changes = comparison.commitments;
    if (comparison.introduced.length + comparison.resolved.length + changes.length + notes.length === 0) continue;
    if (++shownFiles > MAX_FILES_LISTED) continue;
    out.push(c.underline(escapeControls(file.path)));
    for (const note of notes) out.push(`  ${c.dim(note)}`);
    const line = (word: string, shownPath: string, { finding: f }: KeyedFinding) => {
      const at = `${escapeControls(shownPath)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      return `  ${word} ${at} ${paint[f.severity](f.severity)} ${escapeControls(f.message.replace(/\s*[\r\n]+\s*/g, " "))} ${c.dim(`[${f.code}]`)}`;
    };
    const introduced = t.t("diff.introduced");
    const resolved = t.t("diff.resolved");
    const width = Math.max(introduced.length, resolved.length);
    pushBounded(out, comparison.introduced, (f) => line(c.red(introduced.padEnd(width)), file.path, f), t);
    pushBounded(out, comparison.resolved, (f) => line(c.green(resolved.padEnd(width)), file.beforePath, f), t);
    if (changes.length > 0) {
      out.push(`  ${t.t("diff.commitments")}:`);
      pushBounded(out, changes, (change) => `    ${sign(change, c)} ${escapeControls(commitmentText(t, locale, change, (s) => s))}`, t);
    }
    out.push("");
  }
  if (shownFiles > MAX_FILES_LISTED) out.push(t.t("diff.moreFiles", { count: shownFiles - MAX_FILES_LISTED }), "");
  const counts = diffCounts(files);
  const summary = t.t("diff.summary", counts);
  out.push(introducesFailure(files, failLevel) ? c.red(c.bold(`✖ ${summary}`)) : c.green(`✔ ${summary}`));
  return out.join("\n") + "\n";
};

function sign(change: CommitmentChange, c: ReturnType<typeof createColors>): string {
  if (change.type === "added") return c.green("+");
  if (change.type === "removed") return c.red("-");
  return c.yellow("~");
}

function pushBounded<T>(out: string[], items: readonly T[], line: (item: T) => string, t: Translator, indent = "  "): void {
  for (const item of items.slice(0, MAX_LISTED)) out.push(line(item));
  if (items.length > MAX_LISTED) out.push(`${indent}${t.t("diff.more", { count: items.length - MAX_LISTED })}`);
}

/** What a reader needs to know of the file before its findings: new, removed, without a plan in one revision. */
function fileNotes(t: Translator, file: FileDiff): string[] {
  if (file.status === "added") return [t.t("diff.newFile")];
  if (file.status === "removed") return [t.t("diff.removedFile")];
  const notes: string[] = file.comparison.partial ? [t.t("diff.partial")] : [];
  if (!file.beforeHasPlan && file.afterHasPlan) notes.push(t.t("diff.noPlanBefore"));
  if (file.beforeHasPlan && !file.afterHasPlan) notes.push(t.t("diff.noPlanAfter"));
  return notes;
}

/** One change of what the plan commits to, in words; `word` marks the plan's own words (code in Markdown). */
function commitmentText(t: Translator, locale: Locale, change: CommitmentChange, word: (s: string) => string): string {
  switch (change.what) {
    case "block":
      if (change.id === undefined) {
        return t.t(change.type === "added" ? "diff.section.added" : "diff.section.removed", { kind: word(change.block.split(">").join(" › ")) });
      }
      return t.t(change.type === "added" ? "diff.block.added" : "diff.block.removed", {
        kind: word(change.kind),
        id: word(change.id),
        title: change.title ? ` (“${change.title}”)` : "",
      });
    case "language":
      return t.t(change.type === "added" ? "diff.language.added" : "diff.language.removed", { language: languageLabel(locale, change.code) });
    case "covered":
      return t.t(change.type === "added" ? "diff.covered.added" : "diff.covered.removed", { population: word(change.population) });
    case "setting": {
      const unset = t.t("diff.setting.unset");
      const where = change.block === "plan" ? "" : `${change.block.replace(/:/g, " ").split(">").join(" › ")} › `;
      return t.t("diff.setting.changed", {
        setting: word(`${where}${change.setting}`),
        before: change.before === undefined ? unset : word(change.before),
        after: change.after === undefined ? unset : word(change.after),
      });
    }
  }
}

// --- JSON ----------------------------------------------------------------------------------------

/** The version of the JSON shape of `diff` (not of the tool). */
export const DIFF_JSON_VERSION = 1;

export interface DiffJson {
  version: typeof DIFF_JSON_VERSION;
  tool: { name: string; version: string };
  summary: ReturnType<typeof diffCounts>;
  introduced: DiffJsonFinding[];
  resolved: DiffJsonFinding[];
  unchanged: (DiffJsonFinding & { before: { line: number; column: number } })[];
  files: { path: string; before: string; status: FileDiff["status"]; partial: boolean; commitments: CommitmentChange[] }[];
}

export interface DiffJsonFinding extends JsonFinding {
  /** The file, as the later revision names it (the earlier for `resolved` findings of a removed file). */
  path: string;
  /** Where the finding stands in the plan's structure (see docs/ci.md): what matching uses, with the code. */
  anchor: string;
}

const json: DiffFormat = (files, { version }) => {
  const report: DiffJson = {
    version: DIFF_JSON_VERSION,
    tool: { name: TOOL_NAME, version },
    summary: diffCounts(files),
    introduced: [],
    resolved: [],
    unchanged: [],
    files: [],
  };
  for (const file of files) {
    const shown = (k: KeyedFinding, path: string, lines: LineIndex | undefined): DiffJsonFinding => ({
      path,
      anchor: k.key.anchor,
      ...jsonFinding(k.finding, { path, findings: [], lines }),
    });
    report.introduced.push(...file.comparison.introduced.map((k) => shown(k, file.path, file.afterLines)));
    report.resolved.push(...file.comparison.resolved.map((k) => shown(k, file.beforePath, file.beforeLines)));
    report.unchanged.push(
      ...file.comparison.unchanged.map(({ before, after }) => ({
        ...shown(after, file.path, file.afterLines),
        before: { line: before.finding.range.start.line + 1, column: before.finding.range.start.character + 1 },
      })),
    );
    report.files.push({ path: file.path, before: file.beforePath, status: file.status, partial: file.comparison.partial, commitments: file.comparison.commitments });
  }
  return JSON.stringify(report, null, 2) + "\n";
};

// --- Markdown ------------------------------------------------------------------------------------

const markdown: DiffFormat = (files, { locale, failLevel }) => {
  const t = translator(locale);
  const counts = diffCounts(files);
  const children: RootContent[] = [
    heading(3, text(t.t("diff.markdown.title"))),
    paragraph(text(`${introducesFailure(files, failLevel) ? "❌" : "✅"} ${t.t("diff.summary", counts)}`)),
  ];
  const findingsTable = (title: string, rows: { path: string; k: KeyedFinding }[]) => {
    children.push(heading(4, text(title)));
    const header = [t.t("diff.column.file"), t.t("report.column.line"), t.t("report.column.severity"), t.t("report.column.rule"), t.t("report.column.message")];
    const body = rows.slice(0, MAX_LISTED).map(({ path, k: { finding: f } }): Cell[] => [
      [code(path)],
      String(f.range.start.line + 1),
      t.t(`report.severity.${f.severity}`),
      [link(ruleDocUrlIn(f.code, locale), text(f.code))],
      codeSpans(f.message.replace(/\s*[\r\n]+\s*/g, " "), "`"),
    ]);
    children.push(table(header, body, [null, "right", null, null, null]));
    if (rows.length > MAX_LISTED) children.push(paragraph(text(t.t("diff.more", { count: rows.length - MAX_LISTED }))));
  };
  const introduced = files.flatMap((file) => file.comparison.introduced.map((k) => ({ path: file.path, k })));
  const resolved = files.flatMap((file) => file.comparison.resolved.map((k) => ({ path: file.beforePath, k })));
  if (introduced.length > 0) findingsTable(t.t("diff.markdown.introduced", { count: introduced.length }), introduced);
  else children.push(paragraph(text(t.t("diff.markdown.clean"))));
  if (resolved.length > 0) findingsTable(t.t("diff.markdown.resolved", { count: resolved.length }), resolved);

  const changed = files.filter((file) => file.comparison.commitments.length > 0);
  if (changed.length > 0) {
    children.push(heading(4, text(t.t("diff.commitments"))));
    for (const file of changed.slice(0, MAX_FILES_LISTED)) {
      const changes = file.comparison.commitments;
      const lines = changes.slice(0, MAX_LISTED).map((change) => commitmentNodes(t, locale, change));
      if (changes.length > MAX_LISTED) lines.push([text(t.t("diff.more", { count: changes.length - MAX_LISTED }))]);
      if (changed.length > 1 || files.length > 1) children.push(paragraph(code(file.path)));
      children.push({ type: "list", ordered: false, spread: false, children: lines.map((line) => ({ type: "listItem", children: [paragraph(...line) as Paragraph] })) });
    }
  }
  if (changed.length > MAX_FILES_LISTED) children.push(paragraph(text(t.t("diff.moreFiles", { count: changed.length - MAX_FILES_LISTED }))));
  if (counts.unchanged > 0) children.push(paragraph(text(t.t("diff.markdown.stillOpen", { count: counts.unchanged }))));
  for (const file of files.filter((f) => f.comparison.partial)) children.push(paragraph(code(file.path), text(`: ${t.t("diff.partial")}`)));
  return gfmMarkdown.stringify({ type: "root", children } satisfies Root);
};

/** Text whose stretches between `mark`s are code: a message's `plan words` (in the translations), a change's marked words. */
function codeSpans(marked: string, mark: string): PhrasingContent[] {
  const parts = marked.split(mark);
  // An odd count of marks: no code spans to trust, the words as they are.
  if (parts.length % 2 === 0) return [text(marked)];
  return parts.flatMap((part, i) => (part === "" ? [] : i % 2 === 1 ? [code(part)] : [text(part)]));
}

/** A change in words, the plan's words as code. */
function commitmentNodes(t: Translator, locale: Locale, change: CommitmentChange): PhrasingContent[] {
  const prefix = change.type === "added" ? "➕ " : change.type === "removed" ? "➖ " : "✏️ ";
  return [text(prefix), ...codeSpans(commitmentText(t, locale, change, (s) => `\uE000${s}\uE000`), "\uE000")];
}

export const diffFormats = new Map<string, DiffFormat>([
  ["stylish", stylish],
  ["json", json],
  ["markdown", markdown],
]);
