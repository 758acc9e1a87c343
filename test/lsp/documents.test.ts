/**
 * The server's open documents (lsp/documents.ts) against TextDocument from
 * vscode-languageserver-textdocument, which they stand in for: after any
 * series of changes, the same text, line count, positions and offsets, and
 * each change told as the region of the text it edited.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { OpenDocument } from "../../server/src/lsp/documents";

const RUNS = Number(process.env.MICIC_PROPERTY_RUNS ?? 400);

const piece = fc.constantFrom("a", "bc", "", " ", "\n", "\r\n", "\r", "xyz\nuv", "\n\n", "é", "😀");
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

/** A change: a range given as lines and characters (some past a line's end, some the wrong way round), or the whole text. */
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ lines: fc.tuple(fc.nat(12), fc.nat(12)), characters: fc.tuple(fc.nat(8), fc.nat(8)), text: fc.array(piece, { maxLength: 3 }).map((p) => p.join("")) }) },
  { weight: 1, arbitrary: fc.record({ whole: text }) },
);

describe("open documents", () => {
  it("read as TextDocument reads after any series of changes, and tell the region each change edited", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(change, fc.boolean()), { maxLength: 25 }), fc.array(fc.nat(60), { minLength: 4, maxLength: 4 }), (initial, changes, probes) => {
        const reference = TextDocument.create("file:///a.micic", "micic-plan", 1, initial);
        const open = new OpenDocument("file:///a.micic", "micic-plan", 1, initial);
        for (const [c, read] of changes) {
          const before = reference.getText();
          const event =
            "whole" in c
              ? { text: c.whole }
              : { range: { start: { line: c.lines[0] % reference.lineCount, character: c.characters[0] }, end: { line: c.lines[1] % reference.lineCount, character: c.characters[1] } }, text: c.text };
          TextDocument.update(reference, [event], reference.version + 1);
          const region = open.apply(event);
          const after = reference.getText();
          assert.equal(after.slice(0, region.start), before.slice(0, region.start), "the same before the region");
          assert.equal(after.slice(region.newEnd), before.slice(region.oldEnd), "the same after the region");
          assert.equal(after.slice(region.start, region.newEnd), event.text, "the region holds the change's text");

          // Positions and offsets, read without making the text whole (most of the time).
          assert.equal(open.lineCount, reference.lineCount);
          for (const p of probes) {
            assert.deepEqual(open.positionAt(p - 5), reference.positionAt(p - 5));
            const position = { line: (p % (reference.lineCount + 1)) - (p % 7 === 0 ? 1 : 0), character: p % 9 };
            assert.equal(open.offsetAt(position), reference.offsetAt(position), JSON.stringify(position));
          }
          if (read) assert.equal(open.getText(), after);
        }
        assert.equal(open.getText(), reference.getText());
        assert.equal(open.getText({ start: { line: 0, character: 1 }, end: { line: 1, character: 2 } }), reference.getText({ start: { line: 0, character: 1 }, end: { line: 1, character: 2 } }));
      }),
      { numRuns: RUNS },
    );
  });
});
