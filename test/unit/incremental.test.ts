/**
 * Incremental reparsing gives exactly what a full parse gives, whatever the
 * edit, and takes the fast path for edits inside a block.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Member } from "../../server/src/core/ast";
import { parseDocument, type PlanDocument } from "../../server/src/core/document";
import { combineEdits, reparseDocument, type EditedRegion } from "../../server/src/core/incremental";
import { LineIndex } from "../../server/src/core/text";
import { checkDocument } from "../helpers/checker";
import { sampleFiles } from "../helpers/plan";

/** Everything a parse yields, as plain data (parents checked on the way). */
function shape(document: PlanDocument): unknown {
  const member = (m: Member, parent: Member | null): unknown => {
    assert.equal(m.parent, parent, "parent links");
    if (m.type === "attribute") return { a: m.name.text, s: m.span, n: m.name.span, c: m.colon, v: m.values.map((v) => [v.kind, v.text, v.span]) };
    return { b: m.kind.text, s: m.span, k: m.kind.span, id: m.id, t: m.title && [m.title.text, m.title.span], o: m.open, c: m.close, m: m.members.map((x) => member(x, m)) };
  };
  return {
    members: document.members.map((m) => member(m, null)),
    comments: document.comments,
    problems: document.syntaxProblems,
    lines: document.lines.lineStarts,
  };
}

/** More runs on demand: MICIC_PROPERTY_RUNS=5000 npx mocha -g incremental */
const RUNS = Number(process.env.MICIC_PROPERTY_RUNS ?? 400);

const pieces = ["x", "", " ", "\n", "\r", "\r\n", ":", ",", "{", "}", '"', '"""', "# note", "kind: government", "12", "@", "yes, no"];

/** Replaces `removed` characters at `offset` by `inserted`, as an editor's change does: the new text and the region it edited. */
function edit(text: string, offset: number, removed: number, inserted: string): { text: string; region: EditedRegion } {
  const oldEnd = Math.min(text.length, offset + removed);
  return { text: text.slice(0, offset) + inserted + text.slice(oldEnd), region: { start: offset, oldEnd, newEnd: offset + inserted.length } };
}

describe("incremental reparsing", () => {
  const samples = sampleFiles();

  it("combines two edits into one region that covers both", () => {
    // "abcdef" → "abXYdef" (c became XY) → "abXYdeZf" (Z typed before f).
    assert.deepEqual(combineEdits({ start: 2, oldEnd: 3, newEnd: 4 }, { start: 6, oldEnd: 6, newEnd: 7 }), { start: 2, oldEnd: 5, newEnd: 7 });
    // Typing "x", then "y" after it.
    assert.deepEqual(combineEdits({ start: 3, oldEnd: 3, newEnd: 4 }, { start: 4, oldEnd: 4, newEnd: 5 }), { start: 3, oldEnd: 3, newEnd: 5 });
    // Typing "x", then deleting it again: nothing changed, but the place is still reparsed.
    assert.deepEqual(combineEdits({ start: 3, oldEnd: 3, newEnd: 4 }, { start: 3, oldEnd: 4, newEnd: 3 }), { start: 3, oldEnd: 3, newEnd: 3 });
  });

  it("combines any series of edits into a region outside which the texts agree", () => {
    const text = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), text), { minLength: 1, maxLength: 8 }), (first, edits) => {
        let current = first;
        let combined: EditedRegion | undefined;
        for (const [at, removed, inserted] of edits) {
          const next = edit(current, at % (current.length + 1), removed, inserted);
          combined = combined ? combineEdits(combined, next.region) : next.region;
          current = next.text;
        }
        const { start, oldEnd, newEnd } = combined!;
        assert.ok(start <= oldEnd && start <= newEnd && oldEnd <= first.length && newEnd <= current.length, JSON.stringify(combined));
        assert.equal(current.slice(0, start), first.slice(0, start));
        assert.equal(current.slice(newEnd), first.slice(oldEnd));
        assert.equal(newEnd - oldEnd, current.length - first.length);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("moves line starts after an edit exactly as a fresh scan finds them, whatever the line breaks", () => {
    const text = fc.array(fc.constantFrom("a", "\r", "\n", "\r\n"), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, at, removed) => {
        const start = at % (before.length + 1);
        const oldEnd = Math.min(before.length, start + (removed % 5));
        const after = before.slice(0, start) + inserted + before.slice(oldEnd);
        const moved = LineIndex.afterEdit(new LineIndex(before), after, start, oldEnd, start + inserted.length);
        assert.deepEqual(moved.lineStarts, new LineIndex(after).lineStarts, JSON.stringify({ before, after, start }));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("gives what a full parse gives, for any edit anywhere", () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 12 }),
        fc.constantFrom(...pieces),
        (sample, at, removed, inserted) => {
          const before = samples[sample].text;
          const { text: after, region } = edit(before, at % (before.length + 1), removed, inserted);
          const previous = parseDocument(before);
          const firstBlock = previous.plan?.members.find((m) => m.type === "block");
          const incremental = reparseDocument(previous, after, region);
          if (firstBlock && incremental.plan?.members.includes(firstBlock)) fast++;
          assert.deepEqual(shape(incremental), shape(parseDocument(after)));
        },
      ),
      { numRuns: RUNS },
    );
    assert.ok(fast > RUNS / 4, `the fast path was taken ${fast} times of ${RUNS}`);
  });

  it("checks a reparsed document exactly as a fresh one, over a series of random edits", () => {
    // The checker keeps what it learnt per block (clean blocks, reference
    // sites, declarations) across edits; this compares every finding, fix
    // and related place with a check of the same text from scratch.
    const findings = (document: PlanDocument) =>
      checkDocument(document, { today: new Date("2026-06-01") }).findings.map((f) => ({ ...f, range: undefined }));
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 6 }), fc.constantFrom(...pieces, "kind: goverment", "languages: xx", "reaches: nobody", "size: 12")), { minLength: 1, maxLength: 6 }),
        (sample, edits) => {
          let text = samples[sample].text;
          let document = parseDocument(text);
          findings(document);
          for (const [at, removed, inserted] of edits) {
            const offset = at % (text.length + 1);
            const edited = edit(text, offset, removed, inserted);
            text = edited.text;
            document = reparseDocument(document, text, edited.region);
            assert.deepEqual(findings(document), findings(parseDocument(text)), JSON.stringify({ sample, offset, inserted }));
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it("keeps working over a series of edits, each on the result of the last", () => {
    let text = samples.find((s) => s.name === "tashkent-flood.micic")!.text;
    let document = parseDocument(text);
    const edits: [string, string][] = [["+998 71 000 0001", "+998 71 000 0009"], ["size: 12_000", "size: 13_000"], ["kind: consulate", "kind: consulat"], ["kind: consulat", "kind: consulate"]];
    for (const [from, to] of edits) {
      assert.ok(text.includes(from), from);
      const edited = edit(text, text.indexOf(from), from.length, to);
      text = edited.text;
      document = reparseDocument(document, text, edited.region);
      assert.deepEqual(shape(document), shape(parseDocument(text)));
    }
  });

  it("parses the whole file when an unclosed \"\"\" in one block may be closed by an edit in another", () => {
    // Found by the property below: the """ typed into b's comment closes the
    // one left open in a, and everything between them becomes text.
    const before = 'plan "P" {\n  stakeholder a "A" {\n    role: """\n  }\n  stakeholder b "B" {\n    # note\n  }\n}\n';
    const { text, region } = edit(before, before.indexOf("note") + 2, 0, '"""');
    assert.deepEqual(shape(reparseDocument(parseDocument(before), text, region)), shape(parseDocument(text)));
  });

  it("gives what a full parse gives after several edits combined into one region, as the server reparses after a burst of typing", () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.nat({ max: 1_000_000 }),
        // Edits near one another, as typing makes them, and now and then far off.
        fc.array(fc.tuple(fc.integer({ min: -8, max: 8 }), fc.nat({ max: 7 }).map((n) => n === 0), fc.nat({ max: 3 }), fc.constantFrom(...pieces)), { minLength: 2, maxLength: 8 }),
        (sample, at, edits) => {
          const before = samples[sample].text;
          let text = before;
          let place = at % (text.length + 1);
          let combined: EditedRegion | undefined;
          for (const [step, far, removed, inserted] of edits) {
            place = far ? (place * 7919 + step) % (text.length + 1) : Math.max(0, Math.min(text.length, place + step));
            const next = edit(text, place, removed, inserted);
            combined = combined ? combineEdits(combined, next.region) : next.region;
            text = next.text;
          }
          const previous = parseDocument(before);
          const firstBlock = previous.plan?.members.find((m) => m.type === "block");
          const incremental = reparseDocument(previous, text, combined!);
          if (firstBlock && incremental.plan?.members.includes(firstBlock)) fast++;
          assert.deepEqual(shape(incremental), shape(parseDocument(text)));
        },
      ),
      { numRuns: RUNS },
    );
    assert.ok(fast > RUNS / 8, `the fast path was taken ${fast} times of ${RUNS}`);
  });
});
