/**
 * The engine's bounds: at most `maxFindings` findings per file, the most
 * severe first, with one LIM001 finding that counts the rest and takes their
 * worst severity; messages and related information cut even when a rule
 * forgets to; suppressed findings never count against the limit.
 */
import assert from "node:assert/strict";
import { manyFindingsPlan, markdownWithBlocks } from "../../bench/shapes";
import { checkText } from "../helpers/checker";
import { ConfigError, parseConfig, settingsFor } from "../../server/src/core/config";
import { DEFAULT_MAX_FINDINGS, MAX_MESSAGE_LENGTH, MAX_RELATED, severityRank } from "../../server/src/core/finding";
import type { Rule } from "../../server/src/core/rule";
import { allRules } from "../../server/src/rules/index";
import { micicConfig, micicRules } from "../../server/src/workspace/micic-rules";
import { checkSource } from "../helpers/checker";
import { TODAY } from "../helpers/plan";

/** A rule that reports `count` findings of the given severities on the plan keyword, in turn. */
function noisyRule(count: number, severities: ("error" | "warning" | "info")[] = ["warning"], message = "noise", related = 0): Rule {
  return {
    meta: { code: "TST001", name: "noisy", area: "plan", severity: "warning", guidelines: [], fixable: false, hasSuggestions: false, summary: "", docs: { why: "", failing: "", passing: "" } },
    check({ plan, report }) {
      for (let i = 0; i < count; i++) {
        report({
          message,
          span: { start: plan.kind.span.start + (i % 4), end: plan.kind.span.end },
          severity: severities[i % severities.length],
          related: Array.from({ length: related }, () => ({ message: "x".repeat(1000), span: plan.kind.span })),
        });
      }
    },
  };
}

describe("the findings limit (LIM001)", () => {
  const text = manyFindingsPlan(3_000);
  const all = checkText(text, { today: TODAY, maxFindings: 100_000 }).findings;

  it("keeps the most severe findings up to the limit, and one finding that counts the rest", () => {
    const limit = 100;
    assert.ok(all.length > 2 * limit, `the plan has ${all.length} findings`);
    const result = checkText(text, { today: TODAY, maxFindings: limit });
    const limitFinding = result.findings.filter((f) => f.code === "LIM001");
    assert.equal(limitFinding.length, 1);
    assert.equal(result.findings.length, limit + 1);
    const kept = result.findings.filter((f) => f.code !== "LIM001");
    // Nothing less severe is kept while something more severe was left out.
    const worstLeftOut = Math.max(...(["error", "warning", "info"] as const).filter((s) => result.omitted[s] > 0).map((s) => severityRank[s]));
    assert.ok(kept.every((f) => severityRank[f.severity] >= worstLeftOut));
    assert.equal(result.omitted.error + result.omitted.warning + result.omitted.info, all.length - limit);
    assert.equal(limitFinding[0].severity, result.omitted.error > 0 ? "error" : "warning");
    assert.match(limitFinding[0].message, new RegExp(`^${(all.length - limit).toLocaleString("en-US")} more findings are not shown \\(`));
    // Kept in the order of the file, and the same as the first ones of the full list.
    const errors = all.filter((f) => f.severity === "error");
    assert.deepEqual(kept.filter((f) => f.severity === "error"), errors.slice(0, limit));
  });

  it("reports nothing extra when the file is within the limit", () => {
    const result = checkText(text, { today: TODAY, maxFindings: all.length });
    assert.equal(result.findings.length, all.length);
    assert.ok(!result.findings.some((f) => f.code === "LIM001"));
    assert.deepEqual(result.omitted, { error: 0, warning: 0, info: 0 });
  });

  it("counts two hundred thousand findings while holding a few thousand", () => {
    const result = checkText('plan "P" {}', { rules: [noisyRule(200_000, ["info", "warning"])], today: TODAY });
    assert.equal(result.findings.length, DEFAULT_MAX_FINDINGS + 1);
    assert.deepEqual(result.omitted, { error: 0, warning: 100_000 - DEFAULT_MAX_FINDINGS, info: 100_000 });
    assert.ok(result.findings.some((f) => f.code === "LIM001"));
    assert.ok(result.findings.filter((f) => f.code !== "LIM001").every((f) => f.severity === "warning"));
  });

  it("keeps the same findings whether or not it could turn some away before making them", () => {
    // Findings reported out of the file's order, in severities that fill the limit at different times.
    const scattered: Rule = {
      ...noisyRule(0),
      check({ plan, report }) {
        for (let i = 0; i < 5_000; i++) {
          const at = (i * 7919) % 4;
          report({ message: `m${i}`, span: { start: plan.kind.span.start + at, end: plan.kind.span.start + at + (i % 3) }, severity: (["info", "warning", "error"] as const)[(i * 31) % 3] });
        }
      },
    };
    for (const limit of [1, 7, 100, 1_000]) {
      const bounded = checkText('plan "P" {}', { rules: [scattered], maxFindings: limit, today: TODAY });
      const all = checkText('plan "P" {}', { rules: [scattered], maxFindings: 100_000, today: TODAY }).findings;
      const ranked = [...all].sort((a, b) => severityRank[b.severity] - severityRank[a.severity] || a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      const expected = new Set(ranked.slice(0, limit).map((f) => `${f.severity} ${f.span.start} ${f.span.end}`));
      const got = bounded.findings.filter((f) => f.code !== "LIM001");
      assert.equal(got.length, limit);
      for (const f of got) assert.ok(expected.has(`${f.severity} ${f.span.start} ${f.span.end}`), `${f.severity} at ${f.span.start}–${f.span.end} should not be kept with a limit of ${limit}`);
    }
  });

  it("takes the worst severity it counts, so exit codes see errors that were not listed", () => {
    const result = checkText('plan "P" {}', { rules: [noisyRule(10, ["warning", "error"])], maxFindings: 3, today: TODAY });
    const limitFinding = result.findings.find((f) => f.code === "LIM001")!;
    assert.deepEqual(result.omitted, { error: 2, warning: 5, info: 0 });
    assert.equal(limitFinding.severity, "error");
    assert.equal(limitFinding.message.startsWith("7 more findings are not shown (2 errors, 5 warnings)"), true);
  });

  it("does not count suppressed findings against the limit", () => {
    const plan = `# micic-disable STK001 -- contacts are in annex 2\nplan "P" {\n${Array.from({ length: 30 }, (_, i) => `  stakeholder s${i} "S${i}" { kind: government }`).join("\n")}\n}\n`;
    const result = checkText(plan, { today: TODAY, maxFindings: 10 });
    assert.equal(result.suppressed.length, 10, "suppressed findings are kept up to the limit too");
    assert.ok(!result.findings.some((f) => f.code === "STK001"));
    assert.ok(result.findings.length <= 11);
    assert.ok(!result.findings.some((f) => f.code === "LIM001"), "the other findings fit");
  });

  it("cuts a message and related information that a rule lets grow", () => {
    const result = checkText('plan "P" {}', { rules: [noisyRule(1, ["warning"], "y".repeat(10_000), 50)], today: TODAY });
    const [finding] = result.findings;
    assert.equal(finding.message.length, MAX_MESSAGE_LENGTH);
    assert.ok(finding.message.endsWith("…"));
    assert.equal(finding.related.length, MAX_RELATED);
    assert.ok(finding.related.every((r) => r.message.length <= MAX_MESSAGE_LENGTH));
  });

  it("is set by maxFindings in .micicrc.json, checked like every setting", () => {
    assert.equal(settingsFor(micicRules, parseConfig('{ "maxFindings": 50 }', "c.json", micicConfig)).maxFindings, 50);
    for (const bad of ["0", "-1", "2.5", '"many"', "1000001"]) {
      assert.throws(() => parseConfig(`{ "maxFindings": ${bad} }`, "c.json", micicConfig), (e: unknown) => e instanceof ConfigError && /"maxFindings" is .*; use a whole number from 1 to 100,000/.test(e.message));
    }
    assert.throws(() => parseConfig('{ "rules": { "LIM001": "info" } }', "c.json", micicConfig), /LIM001 \(findings-limit\) takes the severity of what it reports and cannot be set; change "maxFindings" instead/);
  });

  it("holds for a whole Markdown note, however many plans it embeds", () => {
    const note = markdownWithBlocks(500);
    const results = checkSource(note, "markdown", { today: TODAY, maxFindings: 100 });
    assert.equal(results.length, 500);
    const findings = results.flatMap((r) => r.findings);
    assert.equal(findings.length, 101);
    const limitFindings = findings.filter((f) => f.code === "LIM001");
    assert.equal(limitFindings.length, 1);
    assert.ok(results[0].findings.some((f) => f.code === "LIM001"), "on the first plan");
    const all = checkSource(note, "markdown", { today: TODAY, maxFindings: 100_000 }).flatMap((r) => r.findings);
    const { error, warning, info } = results[0].omitted;
    assert.equal(error + warning + info, all.length - 100);
    // The most severe of the whole note are kept: every error before any warning.
    assert.equal(findings.filter((f) => f.severity === "error").length, Math.min(100, all.filter((f) => f.severity === "error").length) + (limitFindings[0].severity === "error" ? 1 : 0));
  });

  it("says what it counts in the check's language, with each language's plural forms", () => {
    const limited = (locale: string, maxFindings: number) => checkText(text, { today: TODAY, maxFindings, locale }).findings.find((f) => f.code === "LIM001")!.message;
    const english = limited("en", 100);
    assert.match(english, /^[\d,]+ more findings are not shown \([\d,]+ errors?(, [\d,]+ warnings?)?(, [\d,]+ info)?\): a file reports at most 100, the most severe first\./);
    const russian = limited("ru", 100);
    assert.match(russian, /^Ещё [\d\s\u00a0]+ замечани(е не показано|я не показаны|й не показаны) \([\d\s\u00a0]+ ошиб(ка|ки|ок)/);
    assert.match(russian, /в файле показывается не более 100, сначала самые серьёзные/);
    assert.match(limited("uz", 100), /^Yana [\d\s\u00a0]+ ta eslatma koʻrsatilmadi \([\d\s\u00a0]+ ta xato/);
    assert.match(limited("uz-Cyrl", 100), /^Яна [\d\s\u00a0]+ та эслатма кўрсатилмади/);
    // One left out: the singular.
    const one = checkText(text, { today: TODAY, maxFindings: all.length - 1, locale: "ru" }).findings.find((f) => f.code === "LIM001")!.message;
    assert.match(one, /^Ещё 1 замечание не показано \(1 (ошибка|предупреждение|информационное)\)/);
  });

  it("is known as a rule, so that SARIF, JUnit and the rule pages list it", () => {
    const rule = allRules.find((r) => r.meta.code === "LIM001");
    assert.ok(rule?.meta.reportedByEngine && rule.meta.alwaysOn);
  });
});
