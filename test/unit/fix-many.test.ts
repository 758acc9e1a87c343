/**
 * --fix with many fixes (issue 13): the fixes of a pass are chosen by
 * sorting, not by comparing each with all taken before it, and applied by
 * building the text once; the choice never takes fixes that touch, and the
 * application gives exactly what slicing the text edit by edit did. A pass sees every fixable finding, not only those
 * the limit of findings lets a report show, so 20,000 fixes need one pass.
 * No test here times anything.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fixablePlan } from "../../bench/shapes";
import { checkText } from "../helpers/checker";
import { applyEdits } from "../../server/src/core/edits";
import { DEFAULT_MAX_FINDINGS, type TextEdit } from "../../server/src/core/finding";
import { chooseFixes } from "../../server/src/core/fix";
import { fixAll } from "../helpers/checker";
import { TODAY } from "../helpers/plan";

const settings = { today: TODAY };

/** Whether two edits overlap or touch: applied together, their texts could interleave. */
const touch = (a: TextEdit, b: TextEdit) => a.span.start <= b.span.end && b.span.start <= a.span.end;

/** Edits applied as they were before: one slice of the whole text per edit, later offsets first. */
function applyOneByOne(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    limit = edit.span.start;
  }
  return result;
}

const edit = (length: number) =>
  fc.record({ start: fc.nat(length), width: fc.nat(4), newText: fc.constantFrom("", "x", "yz", "\n") }).map(({ start, width, newText }) => ({
    span: { start, end: Math.min(length, start + width) },
    newText,
  }));

describe("fixing many problems", function () {
  this.timeout(60_000);

  it("chooses fixes whose edits never touch, and leaves out a one-edit fix only for one that touches it", () => {
    const fix = (edits: number) => fc.option(fc.record({ title: fc.constant("fix"), kind: fc.constant("fix" as const), edits: fc.array(edit(60), { minLength: 1, maxLength: edits }) }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fix(3), { maxLength: 40 }), (fixes) => {
        const chosen = chooseFixes(fixes);
        for (let i = 0; i < chosen.length; i++) {
          for (let j = i + 1; j < chosen.length; j++) assert.ok(!chosen[i].some((a) => chosen[j].some((b) => touch(a, b))), "two chosen fixes touch");
        }
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(fix(1), { maxLength: 40 }), (fixes) => {
        const chosen = chooseFixes(fixes).flat();
        for (const f of fixes) if (f && !chosen.includes(f.edits[0])) assert.ok(chosen.some((c) => touch(c, f.edits[0])), "a fix left out that touched none taken");
      }),
      { numRuns: 3000 },
    );
  });

  it("applies edits to the text the one-by-one slicing gave, overlapping ones and insertions at one offset included", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(edit(40), { maxLength: 12 }), (text, edits) => {
        const inside = edits.map((e) => ({ ...e, span: { start: Math.min(e.span.start, text.length), end: Math.min(e.span.end, text.length) } }));
        assert.equal(applyEdits(text, inside), applyOneByOne(text, inside));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the text that applying the chosen fixes one at a time gives", () => {
    const text = fixablePlan(300);
    const result = checkText(text, settings);
    const chosen = chooseFixes(result.findings.map((f) => f.fixes.find((x) => x.kind === "fix")));
    assert.equal(chosen.length, 300);
    // One at a time, from the end of the text, so that the offsets of those still to apply hold.
    let oneAtATime = text;
    for (const edits of [...chosen].sort((a, b) => b[0].span.start - a[0].span.start)) oneAtATime = applyEdits(oneAtATime, edits);
    assert.equal(applyEdits(text, chosen.flat()), oneAtATime);
  });

  it("fixes 20,000 problems, ten times the findings a report shows, in one run; a second run changes nothing", () => {
    const count = 20_000;
    assert.ok(count > 2 * DEFAULT_MAX_FINDINGS);
    const outcome = fixAll(fixablePlan(count), settings);
    assert.equal(outcome.applied, count);
    assert.ok(outcome.result.findings.length <= DEFAULT_MAX_FINDINGS + 1, "the result is within the report's limit");
    assert.ok(!outcome.result.findings.some((f) => f.fixes.some((x) => x.kind === "fix")), "nothing safe left to fix");
    const again = fixAll(outcome.text, settings);
    assert.equal(again.applied, 0);
    assert.equal(again.text, outcome.text);
  });
});
