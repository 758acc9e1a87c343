/**
 * Applying fixes at once (`micic-plan check --fix`). Fixes are applied in
 * passes: each pass checks the text, takes one edit of every finding (its
 * first fix, or its suggestion when suggestions are asked for), applies
 * those whose edits do not overlap, and checks again, until a pass has
 * nothing left to apply. A second run therefore changes nothing. Each pass
 * costs a check and time in proportion to the text and the number of
 * fixes: 20,000 fixes are chosen and applied in one pass.
 *
 * Every edit applied is returned, placed in the text as it was before the
 * first pass, so that the command line can list them and show the diff.
 */
import { checkText, type CheckResult, type CheckSettings } from "./check";
import { applyEdits } from "./edits";
import { DEFAULT_MAX_FINDINGS, MAX_FINDINGS_CEILING, type Finding, type Fix, type FixKind, type TextEdit } from "./finding";
import type { Span } from "./text";

/** Passes before giving up: fixes that keep making new findings are a bug. */
const MAX_PASSES = 10;

/** What `--fix` applies unless told otherwise (`--fix-type`): fixes, never suggestions. */
export const DEFAULT_FIX_KINDS: readonly FixKind[] = ["fix"];

/** One edit a fix or suggestion made. */
export interface AppliedEdit {
  /** The rule whose fix it was. */
  code: string;
  kind: FixKind;
  /**
   * Where it stands in the text before the first pass. An edit a later
   * pass made inside text an earlier pass wrote stands where that text went
   * in (the span of what the earlier edit replaced).
   */
  span: Span;
  /** The text it replaced, when its pass applied it. */
  oldText: string;
  newText: string;
}

export interface FixOutcome {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** Every edit applied, in the order of the text (and of the passes, for edits at one place). */
  edits: AppliedEdit[];
  /** The check of the final text. */
  result: CheckResult;
}

/**
 * `checked`: the check of `text` with `settings`, when the caller has it
 * (the editor's model), so the first pass need not check again.
 * `kinds`: which edits to apply (fixes only by default).
 */
export function fixAll(text: string, settings: CheckSettings, checked?: CheckResult, kinds: readonly FixKind[] = DEFAULT_FIX_KINDS): FixOutcome {
  const first = checked?.document.text === text && !checked.document.region ? [checked] : undefined;
  const outcome = fixPasses(text, (current, passSettings) => [checkText(current, passSettings)], settings, first, kinds);
  return { text: outcome.text, applied: outcome.applied, edits: outcome.edits, result: outcome.results[0] };
}

/**
 * The passes of fixAll over a text that holds any number of plans (a
 * Markdown file holds one per ```micic block): `check` checks them all with
 * the settings it is given, every span a span of the text; `checked`, that
 * check of `text` with `settings` if the caller has it.
 *
 * A check keeps at most `maxFindings` findings, and a pass can only apply
 * the fixes of findings it sees: the passes check with the highest limit
 * there is, so that 20,000 fixes take one pass and not ten. The results
 * returned are within the caller's limit.
 */
export function fixPasses(
  text: string,
  check: (text: string, settings: CheckSettings) => CheckResult[],
  settings: CheckSettings,
  checked?: CheckResult[],
  kinds: readonly FixKind[] = DEFAULT_FIX_KINDS,
): { text: string; applied: number; edits: AppliedEdit[]; results: CheckResult[] } {
  const limit = settings.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const withinLimit = (results: readonly CheckResult[]) => results.every((result) => result.findings.length <= limit);
  const passSettings: CheckSettings = { ...settings, maxFindings: Math.max(limit, MAX_FINDINGS_CEILING) };
  let current = text;
  let applied = 0;
  const edits: AppliedEdit[] = [];
  // Each pass's edits, in the text it was applied to, for placing later passes' edits in the first text.
  const passes: PassEdit[][] = [];
  // A check within the caller's limit saw every finding, as a pass would.
  let results = checked && withinLimit(checked) ? checked : check(current, passSettings);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = results.flatMap((result) => result.findings.map((finding) => ({ code: finding.code, fix: fixToApply(finding, kinds) })));
    const chosen = chosenFixes(candidates.map((c) => c.fix)).map((i) => candidates[i]);
    if (chosen.length === 0) break;
    const passEdits = disjointInOrder(chosen.flatMap(({ code, fix }) => fix!.edits.map((edit) => ({ code, kind: fix!.kind, edit }))));
    const next = applyEdits(current, passEdits.map((e) => e.edit));
    if (next === current) break;
    let starts = passEdits.map((e) => e.edit.span.start);
    let ends = passEdits.map((e) => e.edit.span.end);
    for (let p = passes.length - 1; p >= 0; p--) {
      starts = mapBack(starts, passes[p], false);
      ends = mapBack(ends, passes[p], true);
    }
    passEdits.forEach(({ code, kind, edit }, i) => {
      edits.push({ code, kind, span: { start: starts[i], end: ends[i] }, oldText: current.slice(edit.span.start, edit.span.end), newText: edit.newText });
    });
    passes.push(passEdits.map(({ edit }) => ({ start: edit.span.start, end: edit.span.end, written: edit.newText.length })));
    applied += chosen.length;
    current = next;
    results = check(current, passSettings);
  }
  // Checked with a higher limit than the caller's, and more found than it
  // allows: check again within it (the usual file, with few findings, is
  // not checked twice).
  if (!withinLimit(results)) results = check(current, settings);
  // Sorted by where they stand; a stable sort keeps the passes' order for edits at one place.
  edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text: current, applied, edits, results };
}

/**
 * The edit `--fix` applies for a finding: its first fix when fixes are
 * asked for; else, when suggestions are, its suggestion if it has exactly
 * one. A finding that offers a choice (two words a misspelling is close
 * to) is left for the drafter to choose in the editor.
 */
function fixToApply(finding: Finding, kinds: readonly FixKind[]): Fix | undefined {
  if (kinds.includes("fix")) {
    const fix = finding.fixes.find((f) => f.kind === "fix");
    if (fix) return fix;
  }
  if (kinds.includes("suggestion")) {
    const suggestions = finding.fixes.filter((f) => f.kind === "suggestion");
    if (suggestions.length === 1) return suggestions[0];
  }
  return undefined;
}

/**
 * The edits of the fixes one pass applies. Fixes are taken in the order of
 * their first edit, each only when all its edits start after every edit
 * taken so far ends: edits that overlap or even touch (two insertions at
 * one offset, a value appended to the last attribute and a new attribute
 * after it) would interleave. A fix left out is offered again by the next
 * pass, which sees the file anew. Sorting makes a pass O(n log n) in the
 * number of fixes (comparing each with every fix taken was quadratic:
 * 20,000 fixes took 38 s).
 */
export function chooseFixes(fixes: readonly (Fix | undefined)[]): TextEdit[][] {
  return chosenFixes(fixes).map((i) => fixes[i]!.edits);
}

/** The indexes in `fixes` of those chooseFixes takes, in the order of their first edit. */
function chosenFixes(fixes: readonly (Fix | undefined)[]): number[] {
  const candidates = fixes
    .map((fix, index) => ({ fix, index }))
    .filter((c): c is { fix: Fix; index: number } => c.fix !== undefined && c.fix.edits.length > 0)
    .map(({ fix, index }) => ({ index, first: Math.min(...fix.edits.map((e) => e.span.start)), last: Math.max(...fix.edits.map((e) => e.span.end)) }))
    .sort((a, b) => a.first - b.first);
  const chosen: number[] = [];
  let takenEnd = -1;
  for (const candidate of candidates) {
    if (candidate.first <= takenEnd) continue;
    chosen.push(candidate.index);
    takenEnd = candidate.last;
  }
  return chosen;
}

/**
 * The edits applyEdits applies of these (of two that overlap, the one that
 * starts later), in the order of the text. Chosen fixes never touch, so
 * this only ever drops an edit of a fix that overlaps another of its own.
 */
function disjointInOrder<T extends { edit: TextEdit }>(edits: readonly T[]): T[] {
  const sorted = [...edits].sort((a, b) => b.edit.span.start - a.edit.span.start || b.edit.span.end - a.edit.span.end);
  const kept: T[] = [];
  let limit = Infinity;
  for (const e of sorted) {
    if (e.edit.span.end > limit) continue;
    kept.push(e);
    limit = e.edit.span.start;
  }
  return kept.reverse();
}

/** An edit of a pass: [start, end) of the text it was applied to became `written` characters. */
interface PassEdit {
  start: number;
  end: number;
  written: number;
}

/**
 * Places positions in the text a pass made (sorted) in the text it was
 * applied to. A position inside text the pass wrote goes to the start of
 * what that text replaced, or to its end when `toEnd` (an edit's end), so
 * that an edit made there spans the edit it changed. Linear: both lists
 * are in order.
 */
function mapBack(positions: readonly number[], pass: readonly PassEdit[], toEnd: boolean): number[] {
  let j = 0;
  let shift = 0; // how much the edits before pass[j] lengthened the text
  return positions.map((x) => {
    for (; j < pass.length; j++) {
      const { start, end, written } = pass[j];
      const writtenEnd = start + shift + written;
      // Past this edit's text (at its end: past, unless it wrote nothing and a start is mapped).
      if (writtenEnd < x || (writtenEnd === x && (written > 0 || toEnd))) shift += written - (end - start);
      else break;
    }
    if (j < pass.length) {
      const { start, end } = pass[j];
      if (x > start + shift) return toEnd ? end : start; // inside the text the edit wrote
    }
    return x - shift;
  });
}
