/**
 * The edits of a plan in a ```micic block inside a block quote or a list
 * item, made edits of the Markdown (workspace/sources.ts, editInContainer):
 * every line an edit writes starts with the block's prefix, however the
 * rule wrote it (with the blanked columns as spaces, or from the start of a
 * line), and a blank line gets the prefix without its trailing spaces. The
 * rules read the blanked copy, so the indentation they write counts the
 * prefix's columns: "      consent" is "> " and four spaces.
 */
import assert from "node:assert/strict";
import { applyEdits } from "../../server/src/core/edits";
import type { TextEdit } from "../../server/src/core/finding";
import { embeddedBlocks } from "../../server/src/workspace/embedded";
import { micicRules } from "../../server/src/workspace/micic-rules";
import { editInContainer, fixSource, parseSource } from "../../server/src/workspace/sources";
import { withRules } from "../helpers/checker";

const quoted = ['> ```micic', '> plan "P" {', ">   evacuation {", ">     lead: mes", ">   }", "> }", "> ```", ""].join("\n");

function inFile(markdown: string, edit: TextEdit): string {
  const [document] = parseSource(markdown, "markdown");
  const prefix = embeddedBlocks(markdown).blocks[0].prefix;
  return applyEdits(markdown, [editInContainer(edit, document.lines, prefix)]);
}

describe("edits in a block quote or a list item", () => {
  it("nests what a suggestion inserts by the plan's own unit, not by the container's columns", () => {
    // A list item in a block quote: the plan starts four columns in, and nests by two.
    const note = ["> - The plan:", ">", ">   ```micic", '>   plan "P" {', '>     population p "Рабочие" {', ">       nationalities: UZ", ">     }", ">   }", ">   ```", ""].join("\n");
    const suggested = fixSource(note, "markdown", withRules({ rules: micicRules }), undefined, ["suggestion"]).text;
    assert.match(suggested, /\n>     stakeholder lead_agency "…" \{\n>       kind: government\n>       contact: "…"\n>     \}\n/);
    assert.match(suggested, /\n>       nationalities: UZ\n>       size: "…"\n/);
  });

  it("finds the prefix each block's lines carry", () => {
    assert.deepEqual(embeddedBlocks(quoted).blocks.map((b) => b.prefix), ["> "]);
    assert.deepEqual(embeddedBlocks("1. ```micic\n   plan \"P\" {}\n   ```\n").blocks.map((b) => b.prefix), ["   "]);
    assert.deepEqual(embeddedBlocks("> - ```micic\n>   plan \"P\" {}\n>   ```\n").blocks.map((b) => b.prefix), [">   "]);
    assert.deepEqual(embeddedBlocks("```micic\nplan \"P\" {}\n```\n").blocks.map((b) => b.prefix), [""]);
  });

  it("starts each line an edit writes with the prefix, in place of the blanked columns", () => {
    const at = quoted.indexOf("lead: mes") + "lead: mes".length;
    const fixed = inFile(quoted, { span: { start: at, end: at }, newText: "\n      consent: informed" });
    assert.equal(fixed, quoted.replace(">     lead: mes\n", ">     lead: mes\n>     consent: informed\n"));
  });

  it("writes a line inserted at a line's start (before the prefix) with the prefix, and keeps the next line's own", () => {
    const at = quoted.indexOf(">   }");
    const fixed = inFile(quoted, { span: { start: at, end: at }, newText: "      family-unity: yes\n" });
    assert.equal(fixed, quoted.replace(">   }\n> }", ">     family-unity: yes\n>   }\n> }"));
  });

  it("gives a blank line the prefix without its trailing space", () => {
    const at = quoted.indexOf(">   }") + ">   }".length;
    const fixed = inFile(quoted, { span: { start: at, end: at }, newText: "\n\n    referral {\n    }" });
    assert.equal(fixed, quoted.replace(">   }\n> }", ">   }\n>\n>   referral {\n>   }\n> }"));
  });

  it("widens an edit that starts or ends among the prefix's columns to the prefix, writing back what it left", () => {
    const line = quoted.indexOf(">     lead: mes");
    // From the second column of the line (among the prefix's) to its end.
    const fixed = inFile(quoted, { span: { start: line + 1, end: line + ">     lead: mes".length }, newText: "     lead: ministry" });
    assert.equal(fixed, quoted.replace(">     lead: mes", ">     lead: ministry"));
    // Removing a line break and the next line's first column: the lines are joined, without a stray marker.
    const joined = inFile(quoted, { span: { start: line - 1, end: line + 1 }, newText: "" });
    assert.equal(joined, quoted.replace(">   evacuation {\n>     lead: mes", ">   evacuation {     lead: mes"));
  });

  it("carries a snippet the same way, and leaves an edit within one line alone", () => {
    const at = quoted.indexOf("lead: mes") + "lead: mes".length;
    const edit = editInContainer({ span: { start: at, end: at }, newText: "\n      contact: \"…\"", snippet: '\n      contact: "${1:…}"' }, parseSource(quoted, "markdown")[0].lines, "> ");
    assert.equal(edit.newText, '\n>     contact: "…"');
    assert.equal(edit.snippet, '\n>     contact: "${1:…}"');
    const word = quoted.indexOf("mes");
    const same: TextEdit = { span: { start: word, end: word + 3 }, newText: "ministry" };
    assert.deepEqual(editInContainer(same, parseSource(quoted, "markdown")[0].lines, "> "), same);
  });
});
