/**
 * Applying every safe fix at once (`micic-plan check --fix`). Fixes are
 * applied in passes: each pass checks the text, takes the first safe fix of
 * every finding, applies those whose edits do not overlap, and checks again,
 * until a pass has nothing left to apply. A second run therefore changes
 * nothing. Each pass costs a check and time in proportion to the text and
 * the number of fixes: 20,000 fixes are chosen and applied in one pass.
 */
import { checkText, type CheckResult, type CheckSettings } from "./check";
import { applyEdits } from "./edits";
import { DEFAULT_MAX_FINDINGS, MAX_FINDINGS_CEILING, type Fix, type TextEdit } from "./finding";

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
    const chosen = chooseFixes(results.flatMap((result) => result.findings.map((finding) => finding.fixes.find((f) => f.kind === "fix"))));
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
  const candidates = fixes
    .filter((fix): fix is Fix => fix !== undefined && fix.edits.length > 0)
    .map((fix) => ({ edits: fix.edits, first: Math.min(...fix.edits.map((e) => e.span.start)), last: Math.max(...fix.edits.map((e) => e.span.end)) }))
    .sort((a, b) => a.first - b.first);
  const chosen: TextEdit[][] = [];
  let takenEnd = -1;
  for (const candidate of candidates) {
    if (candidate.first <= takenEnd) continue;
    chosen.push(candidate.edits);
    takenEnd = candidate.last;
  }
  return chosen;
}
