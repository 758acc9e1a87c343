/**
 * Applying every safe fix at once (`micic-plan check --fix`). Fixes are
 * applied in passes: each pass checks the text, takes the first safe fix of
 * every finding, applies those whose edits do not overlap, and checks again,
 * until a pass has nothing left to apply. A second run therefore changes
 * nothing.
 */
import { checkText, type CheckResult, type CheckSettings } from "./check";
import { applyEdits } from "./edits";
import type { TextEdit } from "./finding";

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
  let current = text;
  let applied = 0;
  let result = checked?.document.text === text ? checked : checkText(current, settings);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen: TextEdit[][] = [];
    const taken: { start: number; end: number }[] = [];
    for (const finding of result.findings) {
      const fix = finding.fixes.find((f) => f.safe);
      if (!fix) continue;
      // Skip a fix whose edits overlap or even touch another fix's edits in
      // this pass: two insertions at one offset (a value appended to the last
      // attribute, a new attribute after it) would interleave. The next pass
      // sees the file anew and offers it again if it is still needed.
      const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start <= t.end && t.start <= e.span.end));
      if (overlaps) continue;
      chosen.push(fix.edits);
      for (const e of fix.edits) taken.push(e.span);
    }
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flat());
    if (next === current) break;
    applied += chosen.length;
    current = next;
    result = checkText(current, settings);
  }
  return { text: current, applied, result };
}
