/**
 * Inputs no plan should be, and the checker must survive: huge files, huge
 * lines, deep nesting, huge blocks, bad bytes, binaries, and patterns that
 * could make a regular expression backtrack for ever. Each gives a clear
 * message or a bounded result: no hang, no stack overflow, no crash.
 * (mocha's timeout is the only clock here: speed lives in npm run bench.)
 */
import assert from "node:assert/strict";
import safeRegex from "safe-regex2";
import { checkText } from "../helpers/checker";
import { allTokens } from "../../server/src/core/lexer";
import { decodePlanFile, MAX_PLAN_BYTES } from "../../server/src/workspace/limits";
import { sampleFiles, TODAY } from "../helpers/plan";

const check = (text: string) => checkText(text, { today: TODAY });

describe("pathological inputs", function () {
  this.timeout(120_000);

  it("checks a 10 MB plan", () => {
    const sample = sampleFiles().find((s) => s.name === "tashkent-flood.micic")!.text;
    const body = sample.slice(sample.indexOf("{") + 1, sample.lastIndexOf("}"));
    // The sample's body renamed a thousand times over: ids stay unique.
    const copies = Math.ceil(10_000_000 / body.length);
    const parts: string[] = [];
    for (let i = 0; i < copies; i++) parts.push(body.replace(/\b(stakeholder|population|channel|pathway|assembly-point|route|alert-level) (\w+)/g, `$1 $2_${i}`));
    const text = `plan "Ten megabytes" {${parts.join("")}}`;
    assert.ok(text.length >= 10_000_000, "ten megabytes");
    const result = check(text);
    assert.ok(result.document.plan, "the plan is read");
    assert.ok(result.findings.every((f) => f.span.end <= text.length), "ranges inside the text");
  });

  it("checks a line of 1 MB", () => {
    const text = `plan "P" { area: "${"x".repeat(1_000_000)}" ${'version: "1"  '.repeat(50_000)} }`;
    const result = check(text);
    assert.ok(result.findings.some((f) => f.code === "SCH003"), "the repeated versions are reported");
  });

  it("reads 10,000 nested blocks without overflowing the stack", () => {
    const text = 'plan "P" {\n' + "evacuation {\n".repeat(10_000) + "}\n".repeat(10_000) + "}\n";
    const result = check(text);
    assert.equal(result.findings.filter((f) => f.code === "SYN001").length, 1);
  });

  it("checks a block of 100,000 attributes", () => {
    const text = 'plan "P" {\n' + '  area: "x"\n'.repeat(100_000) + "}\n";
    const result = check(text);
    // Each repeated area is a warning: the limit keeps the first ones and counts the rest.
    const shown = result.findings.filter((f) => f.code === "SCH003").length;
    assert.ok(shown > 1_000);
    assert.equal(shown + result.omitted.warning, 99_999, "PLAN002, at the plan's title, is first in the file and kept");
    assert.match(result.findings.find((f) => f.code === "LIM001")!.message, /^98,007 more findings are not shown \(98,004 warnings, 3 info\)/);
  });

  it("survives NUL bytes, control characters and random bytes, reporting them", () => {
    const withNul = check('plan "P" {\u0000 area: "x" }');
    assert.match(withNul.findings.find((f) => f.code === "SYN001")!.message, /Unexpected character '\\0'/);
    const random = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919 + 13) % 256)).toString("latin1");
    assert.ok(check(random).findings.length > 0, "random bytes are reported");
  });

  it("refuses binary files, non-UTF-8 text and files over the size limit, saying why", () => {
    assert.match((decodePlanFile(new Uint8Array([0x70, 0x6c, 0, 0x61])) as { problem: string }).problem, /binary file, not a plan \(a NUL byte at byte 3\)/);
    const latin1 = Buffer.from('plan "Caf\xe9" {\n  area: "\xe9"\n}', "latin1");
    assert.match((decodePlanFile(latin1) as { problem: string }).problem, /not UTF-8 text \(an invalid byte at line 1, column 10\): save it as UTF-8/);
    const huge = new Uint8Array(MAX_PLAN_BYTES + 1).fill(0x20);
    assert.match((decodePlanFile(huge) as { problem: string }).problem, /more than the 20 MiB a plan may be/);
    assert.deepEqual(decodePlanFile(Buffer.from('plan "Café" { }', "utf8")), { text: 'plan "Café" { }' });
  });

  it("has no lexer pattern that can backtrack catastrophically", () => {
    // safe-regex2 flags any quantifier inside another. Numbers and durations
    // have one, `\d(?:_?\d)*`, which is linear all the same: every
    // repetition must consume exactly one digit (with the '_' before it, if
    // any), so a string of digits can be split into repetitions one way
    // only. The next test feeds them the inputs that would show otherwise.
    const reasoned = new Set(["NumberLiteral", "Duration"]);
    for (const token of allTokens) {
      const pattern = token.PATTERN;
      if (!(pattern instanceof RegExp)) continue;
      if (reasoned.has(token.name)) assert.ok(pattern.source.startsWith("\\d(?:_?\\d)*"), `${token.name}'s pattern changed: ${pattern}`);
      else assert.ok(safeRegex(pattern), `${token.name}: ${pattern}`);
    }
  });

  it("lexes inputs built to make the patterns backtrack, in bounded time", () => {
    for (const text of [
      '"' + '\\"'.repeat(200_000),
      '"""' + '""'.repeat(200_000),
      "1_".repeat(200_000),
      "1".repeat(400_000) + "x",
      "1_1".repeat(100_000) + "mi",
      "2024-".repeat(100_000),
      "a-".repeat(200_000),
      "#".repeat(500_000),
    ]) {
      const result = check(text);
      assert.ok(result.findings.length > 0, "the problems are reported");
    }
  });
});
