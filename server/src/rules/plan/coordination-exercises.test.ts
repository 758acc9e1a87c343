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
