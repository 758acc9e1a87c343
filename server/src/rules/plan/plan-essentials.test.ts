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

  it("inserts the missing attributes after the last one, as places for the drafter: a choice of lead, the date to write", () => {
    const text = `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n${stakeholder}}\n`;
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, finding), `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n  lead: "…"\n  reviewed: "…"\n${stakeholder}}\n`);
    assert.equal(finding.fixes[0].edits[0].snippet, '\n  lead: ${1|mes|}\n  reviewed: ${2:"…"}');
    assert.equal(assertFixRemoves(rule, text, {}, ["mes", "2026-10-01"]), `plan "P" {\n  country: "Uzbekistan"\n  hazards: flood\n  lead: mes\n  reviewed: 2026-10-01\n${stakeholder}}\n`);
  });

  it("takes the hazards from the title, and the evacuation's lead before the first government stakeholder", () => {
    const text = `plan "Manila typhoon and flood plan" {\n  country: "Philippines"\n  stakeholder ocd "Civil Defense" { kind: government }\n  stakeholder city "City office" { kind: local-authority }\n  evacuation { lead: city }\n}\n`;
    const [finding] = run(rule, text);
    assert.match(finding.fixes[0].edits[0].snippet!, /hazards: flood, storm\n  lead: \$\{1\|city,ocd\|\}\n/);
    const fixed = assertFixRemoves(rule, text, {}, [undefined as unknown as string, "2025-03-04"]);
    assert.match(fixed, /country: "Philippines"\n  hazards: flood, storm\n  lead: city\n  reviewed: 2025-03-04\n/);
  });

  it("offers the hazards to choose from when the title names none", () => {
    const text = `plan "Contingency plan" {\n  lead: mes\n  country: "X"\n  reviewed: 2026-01-01\n${stakeholder}}\n`;
    assert.match(run(rule, text)[0].fixes[0].edits[0].snippet!, /hazards: \$\{1\|flood,earthquake,mudflow,landslide,storm,drought,wildfire,heatwave,epidemic,conflict,industrial\|\}$/);
    assert.match(assertFixRemoves(rule, text, {}, ["earthquake"]), /hazards: earthquake\n/);
  });

  it("declares a lead agency when the plan has no stakeholder to name, so the reference resolves", () => {
    const text = `plan "Flood plan" { }`;
    assert.equal(applyFix(text, run(rule, text)[0]), `plan "Flood plan" { country: "…" hazards: flood lead: lead_agency reviewed: "…" stakeholder lead_agency "…" { kind: government contact: "…" } }`);
    const fixed = assertFixRemoves(rule, text, {}, ["Uzbekistan", "2026-10-01", "Ministry of Emergency Situations", "+998 71 000 0000"]);
    assert.equal(
      fixed,
      `plan "Flood plan" { country: "Uzbekistan" hazards: flood lead: lead_agency reviewed: 2026-10-01 stakeholder lead_agency "Ministry of Emergency Situations" { kind: government contact: "+998 71 000 0000" } }`,
    );
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("PLAN002 plan-essentials in Russian and Uzbek", () => {
  it("says in Russian what the plan does not say, the attributes in the plan's own words", () => {
    const [finding] = run(rule, `plan "Flood plan" {\n  area: "Tashkent"\n}\n`, { locale: "ru" });
    assert.match(
      finding.message,
      /^В плане не сказано, какую страну он охватывает, к каким опасностям он готовит, какое ведомство за него отвечает или когда он последний раз пересматривался\. Добавьте `country`, `hazards`, `lead` и `reviewed`:.*\(Руководящие принципы MICIC, рекомендация 5\)\.$/,
    );
    assert.equal(finding.fixes[0].title, "Добавить `country`, `hazards`, `lead` и `reviewed`, чтобы заполнить");
  });

  it("says it in Uzbek", () => {
    const [finding] = run(rule, `plan "P" {\n  country: "Greece"\n  hazards: heatwave\n  lead: mes\n${stakeholder}}\n`, { locale: "uz" });
    assert.match(finding.message, /^Rejada oxirgi marta qachon qayta koʻrib chiqilgani aytilmagan\. `reviewed` ni qoʻshing:.*\(MICIC qoʻllanmasi, tavsiya 5\)\.$/);
    assert.equal(finding.fixes[0].title, "Toʻldirish uchun `reviewed` ni qoʻshish");
  });
});
