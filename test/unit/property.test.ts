/**
 * Property tests: whatever the text, parsing and checking never throw, and
 * every range they return lies inside the text.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { walkBlocks } from "../../server/src/core/ast";
import { checkText } from "../helpers/checker";
import type { Span } from "../../server/src/core/text";
import { sampleFiles, TODAY } from "../helpers/plan";

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what} ${JSON.stringify(span)} outside 0..${length}`);
}

/** Checks the text and asserts every span and range of the result is sound. */
function checkSound(text: string): void {
  const { document, findings, resolution } = checkText(text, { today: TODAY });
  const length = text.length;
  const lines = document.lines.lineCount;
  for (const block of walkBlocks(document.members)) {
    assertInside(block.span, length, "block");
    assertInside(block.kind.span, length, "block kind");
    for (const member of block.members) {
      assertInside(member.span, length, "member");
      if (member.type === "attribute") for (const v of member.values) assertInside(v.span, length, "value");
    }
  }
  for (const f of findings) {
    assertInside(f.span, length, `finding ${f.code}`);
    assert.ok(f.range.start.line < lines && f.range.end.line < lines, `finding ${f.code} range beyond the last line`);
    assert.ok(f.message.length > 0);
    for (const fix of f.fixes) for (const e of fix.edits) assertInside(e.span, length, `fix of ${f.code}`);
    for (const r of f.related) assertInside(r.span, length, `related of ${f.code}`);
  }
  for (const r of resolution.references) assertInside(r.span, length, "reference");
}

/** Pieces of plan text, so random documents look like plans often enough to go deep. */
const pieces = [
  "plan", '"Title"', "{", "}", ":", ",", "stakeholder", "population", "evacuation", "communication",
  "referral", "channel", "pathway", "assembly-point", "route", "kind", "contact", "languages", "covers",
  "reaches", "provider", "all", "yes", "no", "mes", "p1", "12_000", "2024-04-26", "90d", '"""text\nblock"""',
  "# comment", "\n", "\r\n", " ", "  ", '"unclosed', '"""unclosed', "@", "\\", "\u0000", "é", "😀", "\t",
];

const planLike = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(" "));

describe("property: parsing and checking never throw and keep ranges inside the text", () => {
  it("on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkSound), { numRuns: 300 });
  });

  it("on text made of plan pieces", () => {
    fc.assert(fc.property(planLike, checkSound), { numRuns: 400 });
  });

  const samples = sampleFiles();
  it("on random mutations of the samples", () => {
    const mutation = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      edits: fc.array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          remove: fc.nat({ max: 40 }),
          insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ sample, edits }) => {
        let text = samples[sample].text;
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        checkSound(text);
      }),
      { numRuns: 300 },
    );
  });
});
