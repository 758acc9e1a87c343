/**
 * Applying every safe fix at once (`micic-plan check --fix`). Fixes are
 * applied in passes: each pass checks the text, takes the first safe fix of
 * every finding, applies those whose edits do not overlap, and checks again,
 * until a pass has nothing left to apply. A second run therefore changes
 * nothing. Each pass costs a check and time in proportion to the text and
 * the number of fixes: 20,000 fixes are chosen and applied in one pass.
 */
import { checkText, type CheckResult, type CheckSettings } from "./check";
import { MAX_FINDINGS_CEILING } from "./config";
import { applyEdits } from "./edits";
import { DEFAULT_MAX_FINDINGS, type Fix, type TextEdit } from "./finding";

/** Passes before giving up: fixes that keep making new findings are a bug. */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** The check of the final text. */
  result: CheckResult;
}

/** `checked`: the check of `text` with `settings`, when the caller has it (the editor's model), so the first pass need not check again. */
export function fixAll(text: string, settings: CheckSettings = {}, checked?: CheckResult): FixOutcome {
  const first = checked?.document.text === text && !checked.document.region ? [checked] : undefined;
  const outcome = fixPasses(text, (current, passSettings) => [checkText(current, passSettings)], settings, first);
  return { text: outcome.text, applied: outcome.applied, result: outcome.results[0] };
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
  settings: CheckSettings = {},
  checked?: CheckResult[],
): { text: string; applied: number; results: CheckResult[] } {
  const limit = settings.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const withinLimit = (results: readonly CheckResult[]) => results.every((result) => result.findings.length <= limit);
  const passSettings: CheckSettings = { ...settings, maxFindings: Math.max(limit, MAX_FINDINGS_CEILING) };
  let current = text;
  let applied = 0;
  // A check within the caller's limit saw every finding, as a pass would.
  let results = checked && withinLimit(checked) ? checked : check(current, passSettings);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = chooseFixes(results.flatMap((result) => result.findings.map((finding) => finding.fixes.find((f) => f.safe))));
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flat());
    if (next === current) break;
    applied += chosen.length;
    current = next;
    results = check(current, passSettings);
  }
  // Checked with a higher limit than the caller's, and more found than it
  // allows: check again within it (the usual file, with few findings, is
  // not checked twice).
  if (!withinLimit(results)) results = check(current, settings);
  return { text: current, applied, results };
}

/**
 * The edits of the fixes one pass applies: each fix in turn, skipping one
 * whose edits overlap or even touch an edit of a fix taken before it (two
 * insertions at one offset, a value appended to the last attribute and a
 * new attribute after it, would interleave). The next pass sees the file
 * anew and offers a skipped fix again if it is still needed.
 *
 * Two closed spans [a, b] and [c, d] touch exactly when they share a point,
 * and if they do they share an edit boundary (the larger start lies in
 * both). So the boundaries of all edits, sorted, are the only points to
 * look at, and each fix asks "is a point in my spans taken?" of a segment
 * tree over them: O(n log n) in the number of edits, where comparing every
 * fix with every fix taken before it was quadratic (20,000 fixes took 38 s).
 */
export function chooseFixes(fixes: readonly (Fix | undefined)[]): TextEdit[][] {
  const points = new Set<number>();
  for (const fix of fixes) for (const e of fix?.edits ?? []) points.add(e.span.start).add(e.span.end);
  const sorted = Float64Array.from(points).sort();
  const indexOf = (offset: number): number => {
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const taken = new TakenPoints(sorted.length);
  const chosen: TextEdit[][] = [];
  for (const fix of fixes) {
    if (!fix) continue;
    const spans = fix.edits.map((e) => [indexOf(e.span.start), indexOf(e.span.end)]);
    if (spans.some(([from, to]) => taken.anyIn(from, to))) continue;
    chosen.push(fix.edits);
    for (const [from, to] of spans) taken.take(from, to);
  }
  return chosen;
}

/**
 * Which of `size` points (0 to size - 1) are taken: take a range of them,
 * ask whether any in a range is, both in O(log size). A segment tree whose
 * nodes record whether all their points are taken and whether any is.
 */
class TakenPoints {
  private readonly all: Uint8Array;
  private readonly any: Uint8Array;

  constructor(private readonly size: number) {
    this.all = new Uint8Array(4 * Math.max(1, size));
    this.any = new Uint8Array(4 * Math.max(1, size));
  }

  take(from: number, to: number, node = 1, low = 0, high = this.size - 1): void {
    if (to < low || high < from || this.all[node]) return;
    this.any[node] = 1;
    if (from <= low && high <= to) {
      this.all[node] = 1;
      return;
    }
    const mid = (low + high) >> 1;
    this.take(from, to, 2 * node, low, mid);
    this.take(from, to, 2 * node + 1, mid + 1, high);
  }

  anyIn(from: number, to: number, node = 1, low = 0, high = this.size - 1): boolean {
    if (to < low || high < from || !this.any[node]) return false;
    if (this.all[node] || (from <= low && high <= to)) return true;
    const mid = (low + high) >> 1;
    return this.anyIn(from, to, 2 * node, low, mid) || this.anyIn(from, to, 2 * node + 1, mid + 1, high);
  }
}
