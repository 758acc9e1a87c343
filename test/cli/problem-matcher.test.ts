/**
 * The `$micic-plan` problem matcher the extension contributes reads every
 * finding line of the stylish format: file, line, column, severity, message
 * and code, exactly as the checker printed them.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { stylish } from "../../server/src/cli/formatters/stylish";
import { check, repoRoot, sampleFiles } from "../helpers/plan";

describe("the $micic-plan problem matcher", () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === "micic-plan");

  it("reads every finding of the stylish format, and nothing else", () => {
    const pattern = new RegExp(matcher.pattern.regexp);
    const results = sampleFiles().map((s) => ({ path: `samples/${s.name}`, findings: check(s.text) }));
    const lines = stylish(results, { color: false }).split("\n");
    const matched = lines.map((l) => pattern.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    const findings = results.flatMap((r) => r.findings.map((f) => ({ path: r.path, f })));
    assert.equal(matched.length, findings.length);
    matched.forEach((m, i) => {
      const { path: file, f } = findings[i];
      assert.equal(m[matcher.pattern.file], file);
      assert.equal(Number(m[matcher.pattern.line]), f.range.start.line + 1);
      assert.equal(Number(m[matcher.pattern.column]), f.range.start.character + 1);
      assert.equal(m[matcher.pattern.severity], f.severity);
      assert.equal(m[matcher.pattern.message], f.message);
      assert.equal(m[matcher.pattern.code], f.code);
    });
  });
});
