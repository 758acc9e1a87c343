import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { coordinationAgreements as rule } from "./coordination-agreements";

const stakeholders =
  `  stakeholder interior "Ministry of Interior" { kind: government }\n` +
  `  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG }\n` +
  `  stakeholder iom "IOM Libya" { kind: international-organization }\n`;

describe("CORD001 coordination-agreements", () => {
  it("passes when the members include an international organisation, or a consulate", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${stakeholders}  coordination {\n    members: interior, iom\n  }\n}\n`), []);
    assert.deepEqual(run(rule, `plan "P" {\n${stakeholders}  coordination {\n    members: interior, ng_embassy\n  }\n}\n`), []);
  });

  it("is an info on members that include neither, and adds them all in its fix", () => {
    const text = `plan "P" {\n${stakeholders}  coordination {\n    mechanism: "Crisis cell"\n    members: interior\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["7:5 info"]);
    assert.match(findings[0].message, /^The coordination members include no consulate and no international organisation\. Add the consulates and international organisations to "members" \(ng_embassy and iom\):.*\(MICIC Guideline 7\)\.$/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, findings[0]), `plan "P" {\n${stakeholders}  coordination {\n    mechanism: "Crisis cell"\n    members: interior, ng_embassy, iom\n  }\n}\n`);
  });

  it("stands on the coordination keyword when there are no members", () => {
    const text = `plan "P" {\n${stakeholders}  coordination {\n    mechanism: "Crisis cell"\n  }\n}\n`;
    assert.deepEqual(at(run(rule, text)), ["5:3 info"]);
    assert.match(assertFixRemoves(rule, text), /mechanism: "Crisis cell"\n    members: ng_embassy, iom\n/);
  });

  it("is an info at the plan's title when there is no coordination section; the fix inserts one with the lead first", () => {
    const text = `plan "Conflict plan" {\n  lead: interior\n${stakeholders}  referral {\n  }\n  recovery {\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["1:6 info"]);
    assert.match(findings[0].message, /^The plan has no coordination section\./);
    assert.equal(
      applyFix(text, findings[0]),
      `plan "Conflict plan" {\n  lead: interior\n${stakeholders}  referral {\n  }\n  coordination {\n    members: interior, ng_embassy, iom\n  }\n  recovery {\n  }\n}\n`,
    );
    assertFixRemoves(rule, text);
  });

  it("offers no fix when the plan declares no consulate or international organisation to add", () => {
    const findings = run(rule, `plan "P" {\n  stakeholder interior "Ministry" { kind: government }\n  coordination { members: interior }\n}\n`);
    assert.deepEqual(at(findings), ["3:18 info"]);
    assert.match(findings[0].message, /declare them as stakeholders first/);
    assert.deepEqual(findings[0].fixes, []);
    assert.deepEqual(run(rule, 'plan "P" { }')[0].fixes, []);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("CORD001 coordination-agreements in Russian and Uzbek", () => {
  it("says in Russian which partners the members lack, naming them, and titles its suggestion in Russian", () => {
    const text = `plan "P" {\n${stakeholders}  coordination {\n    mechanism: "Crisis cell"\n    members: interior\n  }\n}\n`;
    const [finding] = run(rule, text, { locale: "ru" });
    assert.match(finding.message, /^Среди членов координации нет ни консульства, ни международной организации\. Добавьте консульства и международные организации в `members` \(ng_embassy и iom\):.*\(Руководящие принципы MICIC, рекомендация 7\)\.$/);
    assert.equal(finding.fixes[0].title, "Добавить `ng_embassy` и `iom` в `members`");
  });

  it("asks in Uzbek for the section, the partners' names beside the words that name them", () => {
    const [finding] = run(rule, `plan "P" {\n${stakeholders}}\n`, { locale: "uz" });
    assert.match(finding.message, /^Rejada muvofiqlashtirish boʻlimi yoʻq\..*jumladan konsulliklar va xalqaro tashkilotlar \(ng_embassy va iom\) bilan `coordination \{ … \}` ni qoʻshing:.*\(MICIC qoʻllanmasi, tavsiya 7\)\.$/);
  });
});
