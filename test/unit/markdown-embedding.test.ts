/**
 * Plans in Markdown (server/src/workspace/embedded.ts and sources.ts):
 * the ```micic blocks of a note share one text and one line index, each
 * plan reading only its own block, so that a note of thousands of blocks
 * costs one copy of its text; findings stand at Markdown positions; --fix
 * edits the Markdown itself; a note too large to search, or with more
 * blocks than are checked, says so in one finding. No test here times
 * anything.
 */
import assert from "node:assert/strict";
import { markdownWithBlocks } from "../../bench/shapes";
import { parseDocument } from "../../server/src/core/document";
import { checkSource, fixAll, fixSource } from "../helpers/checker";
import { embeddedBlocks, MAX_MARKDOWN_LENGTH } from "../../server/src/workspace/embedded";
import { MAX_EMBEDDED_PLANS, parseSource } from "../../server/src/workspace/sources";
import { TODAY } from "../helpers/plan";

const settings = { today: TODAY };

/** The 0-based line of the `n`th occurrence of `needle`. */
function lineOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' #${n}`);
  return text.slice(0, at).split("\n").length - 1;
}

describe("plans embedded in Markdown", function () {
  this.timeout(60_000);

  it("checks 2,000 blocks in one shared text and line index, each finding at its block's lines", () => {
    const markdown = markdownWithBlocks(2000);
    const results = checkSource(markdown, "markdown", settings);
    assert.equal(results.length, 2000);
    const [first] = results;
    assert.equal(first.document.text.length, markdown.length);
    for (const result of results) {
      // One text, one index: the plans hold no copy of their own.
      assert.equal(result.document.text, first.document.text);
      assert.equal(result.document.lines, first.document.lines);
    }
    results.forEach((result, i) => {
      const planLine = lineOf(markdown, `plan "Annex ${i}"`);
      const title = result.document.plan!.title!;
      assert.equal(title.text, `Annex ${i}`);
      assert.equal(result.document.lines.position(title.span.start).line, planLine);
      // Every finding within the block: from its plan line to the closing brace.
      for (const finding of result.findings) {
        assert.ok(finding.range.start.line >= planLine && finding.range.end.line <= planLine + 2, `annex ${i}: ${finding.code} at line ${finding.range.start.line}`);
      }
    });
  });

  it("reads each block as a region: the plan's region is its block's content, and nothing of the other blocks", () => {
    const markdown = ["# Two plans", "", "```micic", 'plan "A" {', "  country Uzbekistan", "}", "```", "", "```micic", 'plan "B" { }', "```", ""].join("\n");
    const { blocks } = embeddedBlocks(markdown);
    const documents = parseSource(markdown, "markdown");
    assert.deepEqual(
      documents.map((d) => d.region),
      blocks.map((b) => b.content),
    );
    assert.deepEqual(documents.map((d) => d.syntaxProblems.map((p) => p.message)), [["expected ':' after 'country'"], []]);
    // The same plan, checked alone, finds what its block finds, at the same columns.
    const alone = parseDocument(markdown.slice(blocks[0].content.start, blocks[0].content.end));
    assert.deepEqual(
      alone.syntaxProblems.map((p) => p.span.start + blocks[0].content.start),
      documents[0].syntaxProblems.map((p) => p.span.start),
    );
  });

  it("finds blocks in block quotes and lists, blanking their prefixes, at the Markdown's lines and columns", () => {
    const markdown = ["> Quoted:", ">", "> ```micic", '> plan "Q" {', ">   country Uzbekistan", "> }", "> ```", "", "- In a list:", "", "  ```micic", '  plan "L" {', "    hazards: flod", "  }", "  ```", ""].join("\n");
    const [quoted, listed] = checkSource(markdown, "markdown", settings);
    const syntax = quoted.findings.find((f) => f.code === "SYN001")!;
    assert.deepEqual(syntax.range.start, { line: 4, character: 11 });
    const flod = listed.findings.find((f) => f.code === "SCH002" && f.message.includes("flod"))!;
    assert.deepEqual(flod.range.start, { line: 12, character: 13 });
  });

  it("reads CRLF notes at the same lines", () => {
    const lf = ["Intro", "", "```micic", 'plan "P" {', "  country Uzbekistan", "}", "```", ""].join("\n");
    const crlf = lf.replace(/\n/g, "\r\n");
    const position = (text: string) => checkSource(text, "markdown", settings)[0].findings.find((f) => f.code === "SYN001")!.range.start;
    assert.deepEqual(position(crlf), position(lf));
  });

  it("fixes all blocks of a note in the Markdown itself, as each plan alone would be fixed, keeping block quote markers", () => {
    const plan = (name: string) => [`plan "${name}" {`, '  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }', "  population p {", "    locations: district_one, district_two", "  }", "}"];
    const markdown = [
      "# Annexes",
      "",
      "```micic",
      ...plan("A"),
      "```",
      "",
      "> ```micic",
      ...plan("B").map((line) => `> ${line}`),
      "> ```",
      "",
    ].join("\n");
    const fixed = fixSource(markdown, "markdown", settings);
    const alone = fixAll(plan("A").join("\n") + "\n", settings).text;
    assert.ok(fixed.applied > 0);
    assert.ok(fixed.text.includes(alone), "the first block is fixed as the plan alone is");
    assert.ok(fixed.text.includes('>     locations: "district_one", "district_two"'), fixed.text);
    for (const line of fixed.text.split("\n").slice(lineOf(markdown, "> ```micic"), lineOf(markdown, "> ```", 1) + 1)) assert.match(line, /^>/);
    // Fixing twice changes nothing.
    assert.equal(fixSource(fixed.text, "markdown", settings).text, fixed.text);
  });

  it("checks the first blocks up to the limit, and says so once at the first block left out", () => {
    const markdown = markdownWithBlocks(MAX_EMBEDDED_PLANS + 3);
    const documents = parseSource(markdown, "markdown");
    assert.equal(documents.length, MAX_EMBEDDED_PLANS);
    const limits = documents.flatMap((d) => d.syntaxProblems.filter((p) => p.limit));
    assert.equal(limits.length, 1);
    assert.equal(limits[0].span.start, embeddedBlocks(markdown).blocks[MAX_EMBEDDED_PLANS].block.start);
    assert.match(limits[0].message, /^this file holds more than 5,000 ```micic blocks: the checker checks the first 5,000/);
  });

  it("does not search a note too large, saying so at its first ```micic fence; a large note with no plan is no problem", () => {
    const prose = "Words of a long report.\n\n".repeat(Math.ceil(MAX_MARKDOWN_LENGTH / 25));
    assert.deepEqual(parseSource(prose, "markdown"), []);
    const markdown = prose + "```micic\nplan \"P\" {}\n```\n";
    const [result, ...rest] = checkSource(markdown, "markdown", settings);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.span.start]),
      [["SYN001", prose.length]],
    );
    assert.equal(
      result.findings[0].message,
      `This Markdown file holds ${markdown.length.toLocaleString("en-US")} characters, more than the 2,000,000 in which the checker looks for \`\`\`micic plans, so its plans are not checked: move them to .micic files of their own`,
    );
  });

  it("finds no plan where CommonMark sees none: an indented fence is code, a fence in an HTML block is HTML", () => {
    const markdown = ["Text", "", "    ```micic", '    plan "Indented" {}', "    ```", "", "<div>", "```micic", 'plan "Html" {}', "```", "</div>", ""].join("\n");
    assert.deepEqual(parseSource(markdown, "markdown"), []);
  });
});
