import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { referralFocalPoint as rule } from "./referral-focal-point";

const plan = (stakeholders: string, referral: string) =>
  `plan "P" {\n${stakeholders}\n  referral {\n${referral}\n  }\n}\n`;

const withContact = `  stakeholder rc "Red Crescent" { kind: civil-society  contact: "+1 000" }`;
const withoutContact = `  stakeholder town "Town hall" { kind: local-authority }`;

describe("REF002 referral-focal-point", () => {
  it("passes when the provider has a contact", () => {
    assert.deepEqual(run(rule, plan(withContact, `    pathway care "Care" { need: health  provider: rc }`)), []);
  });

  it("passes when the pathway has a contact though its provider has none", () => {
    assert.deepEqual(run(rule, plan(withoutContact, `    pathway beds "Beds" { need: shelter  provider: town  contact: "+1 111" }`)), []);
  });

  it("reports a pathway without a provider, at the pathway's header", () => {
    const findings = run(rule, plan(withContact, `    pathway meals "Meals" { need: food  contact: "+1 222" }`));
    assert.deepEqual(at(findings), ["4:5 warning"]);
    assert.equal(findings[0].span.end - findings[0].span.start, `pathway meals "Meals"`.length);
    assert.match(findings[0].message, /^The pathway meals \(food\) names no provider\. Add "provider:".*\(MICIC Guideline 12\)\.$/);
  });

  it("reports a provider without a contact on a pathway without one, at the provider, pointing to the stakeholder", () => {
    const findings = run(rule, plan(withoutContact, `    pathway beds "Beds" {\n      need: shelter\n      provider: town\n    }`));
    assert.deepEqual(at(findings), ["6:7 warning"]);
    assert.match(findings[0].message, /leads to town, but neither the pathway nor town has a contact/);
    assert.deepEqual(findings[0].related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1}`), ["2:3"]);
  });

  it("does not count a blank contact as one", () => {
    const stakeholder = `  stakeholder town "Town hall" { kind: local-authority  contact: "  " }`;
    assert.deepEqual(at(run(rule, plan(stakeholder, `    pathway beds "Beds" { need: shelter  provider: town }`))), ["4:42 warning"]);
  });

  it("reports once per pathway", () => {
    const findings = run(rule, plan(withoutContact, [
      `    pathway a "A" { need: food }`,
      `    pathway b "B" { need: shelter  provider: town }`,
      `    pathway c "C" { need: health  provider: town  contact: "+1 333" }`,
    ].join("\n")));
    assert.deepEqual(at(findings), ["4:5 warning", "5:36 warning"]);
  });

  it("leaves a provider that names no stakeholder to the name rules", () => {
    const text = plan(withContact, `    pathway care "Care" { need: health  provider: nobody }`);
    // NAM002 reports `nobody` as an error, so run() cannot be used here.
    const codes = check(text).map((f) => f.code);
    assert.ok(codes.includes("NAM002"));
    assert.ok(!codes.includes("REF002"));
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${withContact}\n}\n`), []);
  });

  it("leaves a provider given as text to SCH002", () => {
    const findings = check(plan(withoutContact, `    pathway care "Care" { need: health  provider: "Town hall" }`));
    assert.deepEqual(findings.filter((f) => f.code === "REF002"), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("reports a provider attribute with no value as no provider", () => {
    const text = plan(withContact, `    pathway care "Care" {\n      need: health\n      provider:\n    }`);
    const findings = check(text).filter((f) => f.code === "REF002");
    assert.deepEqual(at(findings), ["4:5 warning"]);
  });
});
