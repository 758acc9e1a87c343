import assert from "node:assert/strict";
import { at, run } from "../../../../test/helpers/rule";
import { coordinationExercises as rule } from "./coordination-exercises";

const plan = (coordination: string) => `plan "P" {\n  coordination {\n${coordination}\n  }\n}\n`;

describe("CORD002 coordination-exercises", () => {
  it("passes a recent exercise", () => {
    assert.deepEqual(run(rule, plan("    exercises: 2026-04-22")), []);
  });

  it("is an info on the coordination keyword when no exercise is recorded", () => {
    const findings = run(rule, plan('    mechanism: "Crisis cell"'));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.match(findings[0].message, /^The coordination section gives no date for an exercise with migrants\..*\(MICIC Guidelines 8 and 5\)\.$/);
  });

  it("is an info on the date of a stale exercise, saying how old", () => {
    const findings = run(rule, plan("    exercises: 2024-08-01"));
    assert.deepEqual(at(findings), ["3:16 info"]);
    assert.match(findings[0].message, /on 2024-08-01, 27 months ago, longer than the 24 months/);
  });

  it("lets an exercise exactly 24 months old pass, and follows staleAfterMonths", () => {
    assert.deepEqual(run(rule, plan("    exercises: 2024-11-27")), []);
    assert.deepEqual(at(run(rule, plan("    exercises: 2024-11-26"))), ["3:16 info"]);
    assert.deepEqual(run(rule, plan("    exercises: 2024-08-01"), { staleAfterMonths: 36 }), []);
    assert.deepEqual(at(run(rule, plan("    exercises: 2026-04-22"), { staleAfterMonths: 6 })), ["3:16 info"]);
  });

  it("says nothing without a coordination section (CORD001's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("CORD002 coordination-exercises in Russian and Uzbek", () => {
  it("says in Russian that no exercise is recorded, citing the guidelines in Russian", () => {
    const [finding] = run(rule, plan('    mechanism: "Crisis cell"'), { locale: "ru" });
    assert.match(finding.message, /^В разделе координации не указана дата учений с участием мигрантов\..*\(Руководящие принципы MICIC, рекомендации 8 и 5\)\.$/);
  });

  it("counts the months with Russian plural forms", () => {
    assert.match(run(rule, plan("    exercises: 2024-08-01"), { locale: "ru" })[0].message, /прошли 2024-08-01, 27 месяцев назад, а между учениями должно проходить не больше 24 месяцев\./);
    assert.match(run(rule, plan("    exercises: 2025-02-01"), { locale: "ru", staleAfterMonths: 12 })[0].message, /21 месяц назад, а между учениями должно проходить не больше 12 месяцев\./);
    assert.match(run(rule, plan("    exercises: 2026-09-01"), { locale: "ru", staleAfterMonths: 1 })[0].message, /2 месяца назад, а между учениями должно проходить не больше 1 месяца\./);
  });

  it("keeps the noun singular after a number in Uzbek", () => {
    assert.match(run(rule, plan("    exercises: 2024-08-01"), { locale: "uz" })[0].message, /2024-08-01 da, 27 oy oldin boʻlgan, bu esa mashgʻulotlar orasidagi 24 oydan uzoq\./);
  });
});
