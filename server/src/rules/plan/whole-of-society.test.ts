import assert from "node:assert/strict";
import { at, run } from "../../../../test/helpers/rule";
import { wholeOfSociety as rule } from "./whole-of-society";

const stakeholder = (id: string, kind: string) => `  stakeholder ${id} "${id}" { kind: ${kind}  contact: "1" }\n`;
const plan = (...kinds: string[]) => `plan "P" {\n${kinds.map((k, i) => stakeholder(`s${i}`, k)).join("")}}\n`;

describe("STK002 whole-of-society", () => {
  it("passes when every part of society is there", () => {
    assert.deepEqual(run(rule, plan("government", "civil-society", "international-organization", "consulate")), []);
  });

  it("accepts any kind within a group: local authority, faith-based or diaspora", () => {
    assert.deepEqual(run(rule, plan("local-authority", "faith-based", "international-organization", "consulate")), []);
    assert.deepEqual(run(rule, plan("local-authority", "diaspora", "international-organization", "consulate")), []);
  });

  it("is one info at the plan's title naming the missing part", () => {
    const findings = run(rule, plan("government", "government", "international-organization", "consulate"));
    assert.deepEqual(at(findings), ["1:6 info"]);
    assert.match(findings[0].message, /^The plan has no civil-society, faith-based or diaspora group among its stakeholders\. Add one:.*\(MICIC Principles 3 and 4, Guideline 7\)\.$/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("names every missing part in one finding; employers and the media stand in for none", () => {
    const findings = run(rule, plan("employer", "media", "private-sector", "recruiter"));
    assert.deepEqual(at(findings), ["1:6 info"]);
    assert.match(
      findings[0].message,
      /no government ministry or local authority, no civil-society, faith-based or diaspora group, no international organisation \(such as IOM or UNHCR\) and no consulate of a country of origin among its stakeholders\. Add one of each:/,
    );
  });

  it("reports a plan with no stakeholders at all", () => {
    assert.deepEqual(at(run(rule, 'plan "P" { }')), ["1:6 info"]);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("STK002 whole-of-society in Russian and Uzbek", () => {
  it("names the missing part in Russian, citing principles and guideline in Russian", () => {
    const [finding] = run(rule, plan("government", "international-organization", "consulate"), { locale: "ru" });
    assert.match(finding.message, /^Среди участников плана нет: организации гражданского общества, религиозной организации или объединения диаспоры\. Добавьте такого участника:.*\(Руководящие принципы MICIC, принципы 3 и 4, рекомендация 7\)\.$/);
    assert.match(run(rule, 'plan "P" { }', { locale: "ru" })[0].message, /консульства страны происхождения\. Добавьте по одному участнику каждого вида:/);
  });

  it("leaves no Latin letters in the Uzbek Cyrillic but MICIC's", () => {
    const [finding] = run(rule, 'plan "P" { }', { locale: "uz-Cyrl" });
    assert.match(finding.message, /Халқаро миграция ташкилоти ёки Бирлашган Миллатлар Ташкилотининг Қочқинлар ишлари бўйича Олий комиссарлиги/);
    assert.doesNotMatch(finding.message.replace(/MICIC/g, ""), /[A-Za-z]/);
  });
});
