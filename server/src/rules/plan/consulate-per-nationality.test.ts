import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { consulatePerNationality as rule } from "./consulate-per-nationality";

const al = `  stakeholder al_embassy "Embassy of Albania" {\n    kind: consulate\n    country: AL\n  }\n`;
const albanians = `  population albanians "Albanian residents" {\n    nationalities: AL\n  }\n`;
const georgians = `  population georgians "Georgian carers" {\n    nationalities: GE\n  }\n`;

describe("STK003 consulate-per-nationality", () => {
  it("passes when each nationality's consulate is in the liaison list", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${al}${albanians}  evacuation {\n    consular-liaison: al_embassy\n  }\n}\n`), []);
  });

  it("is a warning on the country code when no consulate is declared, and declares one in its fix", () => {
    const text = `plan "P" {\n${al}${albanians}${georgians}  evacuation {\n    consular-liaison: al_embassy\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["10:20 warning"]);
    assert.match(findings[0].message, /^Nationals of Georgia \(GE\) are in the plan \(population georgians\), but the plan declares no consulate of Georgia and the evacuation lists none in "consular-liaison"\..*\(MICIC Guidelines 10 and 13\)\.$/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(
      applyFix(text, findings[0]),
      // Its name and contact are the drafter's to write, in the plan's language.
      `plan "P" {\n${al}  stakeholder ge_consulate "…" {\n    kind: consulate\n    country: GE\n    contact: "…"\n  }\n${albanians}${georgians}  evacuation {\n    consular-liaison: al_embassy, ge_consulate\n  }\n}\n`,
    );
    assertFixRemoves(rule, text);
  });

  it("flags a consulate of the right country that is missing from the liaison list, and adds it", () => {
    const text = `plan "P" {\n${al}${albanians}  evacuation {\n    covers: all\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["7:20 warning"]);
    assert.match(findings[0].message, /and al_embassy is their consulate, but the evacuation does not list it in "consular-liaison"\. Add al_embassy/);
    assert.deepEqual(findings[0].related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1}`), ["2:3"]);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, findings[0]), `plan "P" {\n${al}${albanians}  evacuation {\n    covers: all\n    consular-liaison: al_embassy\n  }\n}\n`);
  });

  it("reports each nationality once, at the first population that names it", () => {
    const text = `plan "P" {\n  population detainees "Detainees" { nationalities: NG, ER }\n  population eritreans "Eritreans" { nationalities: ER }\n  population nigerians "Nigerians" { nationalities: NG }\n  evacuation { covers: all }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:53 warning", "2:57 warning"]);
    assert.match(findings[0].message, /Nigeria \(NG\)/);
    assert.match(findings[1].message, /Eritrea \(ER\)/);
  });

  it("counts only a stakeholder of kind consulate, for the right country", () => {
    const text = `plan "P" {\n  stakeholder ge_office "Georgian office" { kind: government  country: GE }\n  stakeholder tr_embassy "Embassy of Turkey" { kind: consulate  country: TR }\n${georgians}  evacuation { consular-liaison: ge_office, tr_embassy }\n}\n`;
    assert.deepEqual(at(run(rule, text)), ["5:20 warning"]);
  });

  it("picks a fresh id for the consulate it declares, and leaves its name to the drafter", () => {
    const text = `plan "P" {\n  stakeholder sy_consulate "Syrian community" { kind: diaspora }\n  population syrians "Syrians" { nationalities: SY }\n  evacuation { covers: all }\n}\n`;
    const [finding] = run(rule, text);
    assert.match(finding.message, /no consulate of the Syrian Arab Republic/);
    const fixed = assertFixRemoves(rule, text);
    assert.match(fixed, /stakeholder sy_consulate_2 "filled in" \{\n    kind: consulate\n    country: SY\n    contact: "filled in"\n  \}\n/);
    assert.match(fixed, /evacuation \{ covers: all consular-liaison: sy_consulate_2 \}/);
  });

  it("says nothing without an evacuation section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${georgians}}\n`), []);
  });

  it("leaves codes that are not ISO countries to SCH002", () => {
    const findings = checkText(`plan "P" {\n  population x "X" { nationalities: Georgia }\n  evacuation { }\n}\n`).findings;
    assert.deepEqual(findings.filter((f) => f.code === rule.meta.code), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("STK003 consulate-per-nationality in Russian and Uzbek", () => {
  const text = `plan "P" {\n${al}${albanians}${georgians}  evacuation {\n    consular-liaison: al_embassy\n  }\n}\n`;

  it("names the population, the country in the user's words and the guidelines in Russian, and titles its suggestion in Russian", () => {
    const [finding] = run(rule, text, { locale: "ru" });
    assert.match(finding.message, /^В группе населения georgians есть граждане страны Грузия \(GE\), но в плане не объявлено консульство этой страны и в `consular-liaison` раздела эвакуации консульство не указано\. Объявите его \(`stakeholder ge_consulate "…" \{ kind: consulate {2}country: GE {2}contact: "…" \}`\)/);
    assert.match(finding.message, /\(Руководящие принципы MICIC, рекомендации 10 и 13\)\.$/);
    assert.equal(finding.fixes[0].title, "Объявить ge_consulate и добавить в `consular-liaison`");
  });

  it("says it in Uzbek, in Latin and in Cyrillic script", () => {
    assert.match(run(rule, text, { locale: "uz" })[0].message, /^georgians aholi guruhida Gruziya \(GE\) fuqarolari bor, ammo rejada bu davlatning konsulligi eʼlon qilinmagan/);
    assert.match(run(rule, text, { locale: "uz-Cyrl" })[0].message, /^georgians аҳоли гуруҳида Грузия \(GE\) фуқаролари бор, аммо режада бу давлатнинг консуллиги эълон қилинмаган/);
  });
});
