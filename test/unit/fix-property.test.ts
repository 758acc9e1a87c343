/**
 * Property: for random plans with random misspellings, duplicates and
 * suppressions, in a plan file or a ```micic block (in a block quote, a list
 * item, or both), with or without a BOM, with LF or CRLF, what `--fix` writes
 * differs from what it read only inside the edits it reports; it keeps the
 * BOM, the line ends and the block's container prefix; and fixing twice
 * changes nothing the second time. Through the file layer the command uses
 * (bytes in, bytes out).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fixFileBytes } from "../../server/src/cli/check-files";
import type { FixKind } from "../../server/src/core/finding";
import type { Span } from "../../server/src/core/text";
import { withRules } from "../helpers/checker";
import { sampleFiles, TODAY } from "../helpers/plan";

const settings = withRules({ today: TODAY });
const samples = sampleFiles();

/** Words the samples use, and a misspelling each (most have one close match: a fix). */
const misspellings: [string, string][] = [
  ["flood", "flod"],
  ["government", "goverment"],
  ["local-authority", "local-authorty"],
  ["informed", "infomed"],
  ["earthquake", "earthquak"],
  ["consulate", "consulat"],
  ["radio", "radoi"],
];
const codes = ["EVAC010", "COMM010", "SCH002", "PLAN003", "EVAC004", "REF008", "STK002"];

/** Where a ```micic block stands: its opening line's prefix and its other lines'. */
const containers = [
  { first: "", rest: "" },
  { first: "> ", rest: "> " },
  { first: "- ", rest: "  " },
  { first: "1. ", rest: "   " },
  { first: "> - ", rest: ">   " },
  { first: "  ", rest: "  " },
];

const input = fc.record({
  sample: fc.nat({ max: samples.length - 1 }),
  /** Each: which misspelling, and which occurrence of the word (as a fraction of them). */
  misspell: fc.array(fc.tuple(fc.nat({ max: misspellings.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })), { maxLength: 4 }),
  /** Suppression comments put before random lines: some suppress nothing and are removed. */
  suppressions: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), codes: fc.subarray(codes, { minLength: 1, maxLength: 3 }), nextLine: fc.boolean() }), { maxLength: 3 }),
  /** Attribute lines written twice (the second is removed). */
  duplicates: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 2 }),
  container: fc.option(fc.nat({ max: containers.length - 1 }), { nil: undefined }),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  kinds: fc.constantFrom<FixKind[][]>(["fix"], ["suggestion"], ["fix", "suggestion"]),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function planText({ sample, misspell, suppressions, duplicates }: Input): string {
  let lines = samples[sample].text.split("\n");
  for (const [which, where] of misspell) {
    const [word, wrong] = misspellings[which];
    const holding = lines.map((l, i) => [l, i] as const).filter(([l]) => new RegExp(`:.*\\b${word}\\b`).test(l) && !l.trimStart().startsWith("#"));
    if (holding.length === 0) continue;
    const [line, i] = holding[Math.floor(where * holding.length)];
    lines[i] = line.replace(new RegExp(`\\b${word}\\b`), wrong);
  }
  for (const where of duplicates) {
    const attributes = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+[a-z-]+: [^{}"]*$/.test(l));
    const [line, i] = attributes[Math.floor(where * attributes.length)];
    lines = [...lines.slice(0, i + 1), line, ...lines.slice(i + 1)];
  }
  for (const { at, codes: named, nextLine } of suppressions) {
    const i = 5 + Math.floor(at * (lines.length - 6));
    const indent = /^\s*/.exec(lines[i])![0];
    lines = [...lines.slice(0, i), `${indent}# micic-disable${nextLine ? "-next-line" : ""} ${named.join(", ")} -- a reason`, ...lines.slice(i)];
  }
  return lines.join("\n");
}

function fileText(case_: Input): { text: string; kind: "plan" | "markdown"; prefix?: string } {
  const plan = planText(case_);
  if (case_.container === undefined) return { text: plan, kind: "plan" };
  const { first, rest } = containers[case_.container];
  const block = ["```micic", ...plan.replace(/\n$/, "").split("\n"), "```"];
  const quoted = block.map((line, i) => (i === 0 ? first : line === "" ? rest.trimEnd() : rest) + line);
  return { text: ["# A note", "", ...quoted, "", "After the plan.", ""].join("\n"), kind: "markdown", prefix: rest };
}

function encode(text: string, { bom, crlf }: Input): Buffer {
  return Buffer.from((bom ? "\uFEFF" : "") + (crlf ? text.replace(/\n/g, "\r\n") : text), "utf8");
}

/** `after` is `before` with only the text inside `spans` changed: what lies between them is there, in order. */
function assertChangedOnlyInside(before: string, after: string, spans: readonly Span[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  if (merged.length === 0) return assert.equal(after, before);
  const gaps = [before.slice(0, merged[0].start), ...merged.map((m, i) => before.slice(m.end, merged[i + 1]?.start ?? before.length))];
  const head = gaps[0];
  const tail = gaps[gaps.length - 1];
  assert.ok(after.startsWith(head), "the text before the first edit is kept");
  assert.ok(after.endsWith(tail) && head.length + tail.length <= after.length, "the text after the last edit is kept");
  let at = head.length;
  for (const gap of gaps.slice(1, -1)) {
    const found = after.indexOf(gap, at);
    assert.ok(found >= 0, `the text between two edits is kept: ${JSON.stringify(gap.slice(0, 80))}`);
    at = found + gap.length;
  }
  assert.ok(at <= after.length - tail.length, "the kept pieces are in order");
}

describe("property: --fix changes only what it reports, keeps the file's form, and a second run changes nothing", function () {
  this.timeout(120_000);

  it("on random plans, suppressions, containers, BOMs and line ends", () => {
    let edited = 0;
    fc.assert(
      fc.property(input, (case_) => {
        const { text, kind, prefix } = fileText(case_);
        const bytes = encode(text, case_);
        const fixed = fixFileBytes(bytes, kind, settings, case_.kinds);
        assert.ok(!("problem" in fixed), "problem" in fixed ? fixed.problem : "");
        const before = fixed.text;
        const after = fixed.fixedText;
        assert.equal(before, (case_.crlf ? text.replace(/\n/g, "\r\n") : text), "decoded without the BOM");
        assertChangedOnlyInside(before, after, fixed.edits.map((e) => e.span));
        if (fixed.edits.length > 0) edited++;

        const written = Buffer.from(fixed.bytes);
        assert.equal(written[0] === 0xef && written[1] === 0xbb && written[2] === 0xbf, case_.bom, "the BOM is kept, and none is added");
        assert.equal(written.toString("utf8"), (case_.bom ? "\uFEFF" : "") + after);
        if (case_.crlf) assert.doesNotMatch(after, /[^\r]\n|^\n/, "CRLF kept");
        else assert.doesNotMatch(after, /\r/, "LF kept");
        if (prefix) {
          const lines = after.split(/\r?\n/);
          const open = lines.findIndex((l) => l.includes("```micic"));
          const close = lines.findIndex((l, i) => i > open && l.trim().replace(/^[>\s]*/, "") === "```");
          for (const line of lines.slice(open + 1, close + 1)) {
            assert.ok(line.startsWith(prefix) || line === prefix.trimEnd(), `${JSON.stringify(line)} keeps the prefix ${JSON.stringify(prefix)}`);
          }
        }
        // Fixes only: a second run finds nothing more to do. (A suggestion
        // may add a block that asks for more suggestions: it is asked for
        // one run at a time.)
        if (case_.kinds.length === 1 && case_.kinds[0] === "fix") {
          const again = fixFileBytes(written, kind, settings, case_.kinds);
          assert.ok(!("problem" in again));
          assert.deepEqual(again.edits, []);
          assert.ok(Buffer.from(again.bytes).equals(written));
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(edited > 50, `only ${edited} of 150 runs edited anything`);
  });
});
