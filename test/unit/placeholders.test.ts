/**
 * Places for the drafter in a suggestion's text (core/edits.ts): plain text
 * that parses, and the same text as a snippet with tab stops and choices.
 */
import assert from "node:assert/strict";
import { textPlaceholder, valuePlaceholder, withPlaceholders } from "../../server/src/core/edits";

const edit = (newText: string) => withPlaceholders({ span: { start: 0, end: 0 }, newText });

describe("places for the drafter in a suggestion", () => {
  it("leaves an edit without places as it is", () => {
    assert.deepEqual(edit("consent: informed"), { span: { start: 0, end: 0 }, newText: "consent: informed" });
  });

  it("writes '…' in plain text and numbered tab stops in the snippet, in order", () => {
    const made = edit(`stakeholder мчс "МЧС" {\n  kind: ${valuePlaceholder(["government", "civil-society"])}\n  contact: "${textPlaceholder()}"\n}`);
    assert.equal(made.newText, 'stakeholder мчс "МЧС" {\n  kind: "…"\n  contact: "…"\n}');
    assert.equal(made.snippet, 'stakeholder мчс "МЧС" {\n  kind: ${1|government,civil-society|}\n  contact: "${2:…}"\n\\}');
  });

  it("quotes a value place without choices, so the plain text still parses", () => {
    // The quotes are part of the selected place: a number typed over it replaces them.
    assert.deepEqual([edit(`size: ${valuePlaceholder()}`).newText, edit(`size: ${valuePlaceholder()}`).snippet], ['size: "…"', 'size: ${1:"…"}']);
  });

  it("escapes what a snippet reads as syntax in the literal text and in choices", () => {
    const made = edit(`note: "costs $5 {not a place} \\\\ ok", who: ${valuePlaceholder(["a,b", "c|d"])}`);
    assert.equal(made.snippet, 'note: "costs \\$5 {not a place\\} \\\\\\\\ ok", who: ${1|a\\,b,c\\|d|}');
    assert.equal(made.newText, 'note: "costs $5 {not a place} \\\\ ok", who: "…"');
  });
});
