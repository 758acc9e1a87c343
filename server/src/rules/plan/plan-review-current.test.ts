import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { planReviewCurrent as rule } from "./plan-review-current";

const plan = (reviewed: string) => `plan "P" {\n  reviewed: ${reviewed}\n}\n`;

describe("PLAN003 plan-review-current", () => {
  it("passes a plan reviewed within 24 months", () => {
    assert.deepEqual(run(rule, plan("2026-09-15")), []);
  });

  it("is a warning on the date when the review is older than 24 months, saying how old", () => {
    const findings = run(rule, plan("2022-03-10"));
    assert.deepEqual(at(findings), ["2:13 warning"]);
    assert.match(findings[0].message, /last reviewed on 2022-03-10, 56 months ago, longer than the 24 months.*\(MICIC Guidelines 5 and 8\)\.$/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("lets a review exactly 24 months old pass, and fails one a day older", () => {
    assert.deepEqual(run(rule, plan("2024-11-27")), []);
    assert.deepEqual(at(run(rule, plan("2024-11-26"))), ["2:13 warning"]);
  });

  it("follows staleAfterMonths and today from the options", () => {
    assert.deepEqual(run(rule, plan("2022-03-10"), { staleAfterMonths: 60 }), []);
    const findings = run(rule, plan("2025-09-15"), { staleAfterMonths: 12 });
    assert.deepEqual(at(findings), ["2:13 warning"]);
    assert.match(findings[0].message, /14 months ago, longer than the 12 months/);
    assert.deepEqual(run(rule, plan("2022-03-10"), { today: new Date("2023-01-01T00:00:00Z") }), []);
  });

  it("says nothing when reviewed is missing (PLAN002) or not a date (SCH002)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
    const findings = checkText(plan('"March 2020"')).findings;
    assert.deepEqual(findings.filter((f) => f.code === rule.meta.code), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("PLAN003 plan-review-current in Russian and Uzbek", () => {
  it("says in Russian how old the review is, with Russian plural forms", () => {
    const [finding] = run(rule, plan("2022-03-10"), { locale: "ru" });
    assert.match(finding.message, /^План последний раз пересматривался 2022-03-10, 56 месяцев назад, а пересматривать его нужно не реже чем раз в 24 месяца\..*\(Руководящие принципы MICIC, рекомендации 5 и 8\)\.$/);
    assert.match(run(rule, plan("2025-02-01"), { locale: "ru", staleAfterMonths: 12 })[0].message, /21 месяц назад, а пересматривать его нужно не реже чем раз в 12 месяцев\./);
  });

  it("says it in Uzbek", () => {
    assert.match(run(rule, plan("2022-03-10"), { locale: "uz" })[0].message, /^Reja oxirgi marta 2022-03-10 da, 56 oy oldin qayta koʻrib chiqilgan, bu esa qayta koʻrib chiqish muddati boʻlgan 24 oydan uzoq\./);
  });
});
