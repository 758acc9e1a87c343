import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { planEssentials as rule } from "./plan-essentials";

const stakeholder = `  stakeholder mes "Ministry of Emergency Situations" {\n    kind: government\n  }\n`;

describe("PLAN002 plan-essentials", () => {
  it("passes when country, hazards, lead and reviewed are all given", () => {
    const text = `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n  lead: mes\n  reviewed: 2026-01-01\n${stakeholder}}\n`;
    assert.deepEqual(run(rule, text), []);
  });

  it("is one warning at the plan's title naming everything missing", () => {
    const findings = run(rule, `plan "Flood plan" {\n  area: "Tashkent"\n}\n`);
    assert.deepEqual(at(findings), ["1:6 warning"]);
    assert.match(findings[0].message, /does not say which country it covers, which hazards it prepares for, which agency owns it or when it was last reviewed\. Add "country", "hazards", "lead" and "reviewed".*\(MICIC Guideline 5\)\.$/);
  });

  it("names only what is missing", () => {
    const findings = run(rule, `plan "P" {\n  country: "Greece"\n  hazards: heatwave\n  lead: mes\n${stakeholder}}\n`);
    assert.deepEqual(at(findings), ["1:6 warning"]);
    assert.match(findings[0].message, /does not say when it was last reviewed\. Add "reviewed":/);
    assert.doesNotMatch(findings[0].message, /"country"|"lead"/);
  });

  it("counts an attribute with a value of the wrong kind as present (SCH002 reports it)", () => {
    const text = `plan "P" {\n  country: "Greece"\n  hazards: heatwave\n  lead: mes\n  reviewed: "last spring"\n${stakeholder}}\n`;
    const findings = checkText(text).findings;
    assert.deepEqual(findings.filter((f) => f.code === "PLAN002"), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("inserts the missing attributes after the last one, with today's date, in the editor only", () => {
    const text = `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n${stakeholder}}\n`;
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, finding), `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n  lead: mes\n  reviewed: 2026-11-27\n${stakeholder}}\n`);
    assertFixRemoves(rule, text);
  });

  it("takes the hazards from the title, and the evacuation's lead before the first government stakeholder", () => {
    const text = `plan "Manila typhoon and flood plan" {\n  country: "Philippines"\n  stakeholder ocd "Civil Defense" { kind: government }\n  stakeholder city "City office" { kind: local-authority }\n  evacuation { lead: city }\n}\n`;
    const fixed = assertFixRemoves(rule, text, { today: new Date("2025-03-04T00:00:00Z") });
    assert.match(fixed, /country: "Philippines"\n  hazards: flood, storm\n  lead: city\n  reviewed: 2025-03-04\n/);
  });

  it("offers every hazard to prune when the title names none", () => {
    const fixed = assertFixRemoves(rule, `plan "Contingency plan" {\n  lead: mes\n  country: "X"\n  reviewed: 2026-01-01\n${stakeholder}}\n`);
    assert.match(fixed, /hazards: flood, earthquake, mudflow, landslide, storm, drought, wildfire, heatwave, epidemic, conflict, industrial\n/);
  });

  it("declares a lead agency when the plan has no stakeholder to name, so the reference resolves", () => {
    const text = `plan "Flood plan" { }`;
    const fixed = assertFixRemoves(rule, text);
    assert.equal(
      fixed,
      `plan "Flood plan" { country: "TODO: the country the plan covers" hazards: flood lead: lead_agency reviewed: 2026-11-27 stakeholder lead_agency "Lead agency (name it)" { kind: government } }`,
    );
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});
