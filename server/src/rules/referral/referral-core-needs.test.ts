import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralCoreNeeds as rule } from "./referral-core-needs";

const plan = (referral: string) =>
  `plan "P" {\n  stakeholder rc "Red Crescent" { kind: civil-society  contact: "1" }\n  referral {\n${referral}\n  }\n}\n`;

const allCore = [
  `    pathway care "Care" { need: health  provider: rc }`,
  `    pathway pss "Support" { need: psychosocial  provider: rc }`,
  `    pathway desk "Desk" { need: protection  provider: rc }`,
  `    pathway beds "Beds" { need: shelter  provider: rc }`,
  `    pathway papers "Papers" { need: documentation  provider: rc }`,
];

describe("REF001 referral-core-needs", () => {
  it("passes when every core need has a pathway", () => {
    assert.deepEqual(run(rule, plan(allCore.join("\n"))), []);
  });

  it("reports one warning per missing need, at the referral keyword, in the order of RULES.md", () => {
    const findings = run(rule, plan(allCore[0]));
    assert.deepEqual(at(findings), ["3:3 warning", "3:3 warning", "3:3 warning", "3:3 warning"]);
    assert.match(findings[0].message, /no pathway for psychosocial support\. Add a pathway with "need: psychosocial".*\(MICIC Guidelines 12 and 11\)\.$/);
    assert.match(findings[1].message, /"need: protection"/);
    assert.match(findings[2].message, /"need: shelter"/);
    assert.match(findings[3].message, /"need: documentation"/);
  });

  it("reports all five needs for an empty referral section", () => {
    assert.equal(run(rule, plan("    consent: required")).length, 5);
  });

  it("counts a pathway for its need whoever provides it, and ignores a pathway without a need", () => {
    const findings = run(rule, plan([...allCore.slice(0, 4), `    pathway other "Other" { provider: rc }`].join("\n")));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /"need: documentation"/);
  });

  it("is not satisfied by other needs (child-protection is not protection)", () => {
    const text = plan([...allCore.filter((l) => !l.includes("protection")), `    pathway kids "Kids" { need: child-protection  provider: rc }`].join("\n"));
    const findings = run(rule, text);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /"need: protection"/);
  });

  it("says nothing without a referral section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  country: "X"\n}\n'), []);
  });

  it("fixes by inserting a pathway skeleton after the last pathway, indented like the file", () => {
    const text = plan(allCore.slice(0, 4).join("\n"));
    assert.equal(applyFix(text, run(rule, text)[0]), plan([...allCore.slice(0, 4), `    pathway documentation "…" {`, `      need: documentation`, `    }`].join("\n")), "its title is the drafter's to write");
    const fixed = assertFixRemoves(rule, text, {}, ["Восстановление документов"]);
    assert.equal(fixed, plan([...allCore.slice(0, 4), `    pathway documentation "Восстановление документов" {`, `      need: documentation`, `    }`].join("\n")));
  });

  it("gives the inserted pathway an id that is not yet declared", () => {
    const text = `plan "P" {\n  stakeholder shelter "Shelter NGO" { kind: civil-society  contact: "1" }\n  referral {\n${allCore.filter((l) => !l.includes("need: shelter")).join("\n")}\n  }\n}\n`.replace(/provider: rc/g, "provider: shelter");
    const fixed = assertFixRemoves(rule, text);
    assert.match(fixed, /pathway shelter_2 "filled in" \{\n {6}need: shelter\n {4}\}/);
  });

  it("keeps a one-line referral section on one line", () => {
    const text = `plan "P" {\n  referral { consent: required }\n}\n`;
    const findings = run(rule, text);
    assert.equal(findings.length, 5);
    assert.equal(applyFix(text, findings[0]), `plan "P" {\n  referral { consent: required pathway health "…" { need: health } }\n}\n`);
    assertFixRemoves(rule, text);
  });

  it("offers fixes that can all be applied together without a name clash", () => {
    const text = plan("    consent: required");
    const findings = run(rule, text);
    let fixed = text;
    // Apply from the last to the first: each inserts at the same place.
    for (const finding of [...findings].reverse()) fixed = applyFix(fixed, finding);
    assert.deepEqual(run(rule, fixed), []);
  });

  it("does not count a need given as text", () => {
    const findings = check(plan([...allCore.slice(0, 4), `    pathway papers "Papers" { need: "documentation"  provider: rc }`].join("\n"))).filter((f) => f.code === "REF001");
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /"need: documentation"/);
  });
});
