/** A Markdown file with ```micic blocks gets diagnostics at Markdown positions. */
import * as assert from "node:assert/strict";
import { cleanUp, find, fixture, has, open, rangeText, waitForDiagnostics } from "./helpers";

describe("Markdown", () => {
  after(cleanUp);

  it("checks every ```micic block of a Markdown file, and nothing else", async () => {
    const document = await open(fixture("note.md"));
    assert.equal(document.languageId, "markdown");
    const diagnostics = await waitForDiagnostics(document.uri, (d) => has(d, "SYN001") && has(d, "SCH002"), "SYN001 and SCH002");
    const syntax = find(diagnostics, "SYN001")!;
    assert.deepEqual([syntax.range.start.line, syntax.range.start.character], [6, 9], "after 'country' in the first block");
    const invalid = diagnostics.find((d) => find([d], "SCH002") && d.message.includes("flod"));
    assert.ok(invalid, "the misspelt hazard 'flod' in the second block (inside a list item)");
    assert.equal(rangeText(invalid.range), "18:13-18:17");
    assert.ok(
      diagnostics.every((d) => d.range.start.line >= 5 && d.range.start.line <= 19),
      "nothing outside the ```micic blocks",
    );
  });
});
