import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { migrantsInScope as rule } from "./migrants-in-scope";

describe("PLAN001 migrants-in-scope", () => {
  it("passes when the plan declares a population", () => {
    assert.deepEqual(run(rule, `plan "P" {\n  population workers "Workers" { size: 10 }\n}\n`), []);
  });

  it("is an error at the plan's title when no population is declared", () => {
    const findings = run(rule, `plan "Flood plan" {\n  country: "Uzbekistan"\n}\n`);
    assert.deepEqual(at(findings), ["1:6 error"]);
    assert.match(findings[0].message, /declares no population.*\(MICIC Guidelines 5 and 4\)\.$/);
    assert.doesNotMatch(findings[0].message, /\n/);
  });

  it("reports an empty plan too", () => {
    assert.deepEqual(at(run(rule, 'plan "P" { }')), ["1:6 error"]);
  });

  it("counts a population whose id is missing (that is a language finding of its own)", () => {
    const findings = checkText(`plan "P" {\n  population "Workers" { size: 10 }\n}\n`, { rules: [rule] }).findings;
    assert.deepEqual(findings, []);
  });

  it("inserts an empty population after the last stakeholder, in the editor only", () => {
    const text = `plan "P" {\n  country: "X"\n  stakeholder mes "Ministry" {\n    kind: government\n  }\n  evacuation {\n    covers: all\n  }\n}\n`;
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(
      applyFix(text, finding),
      `plan "P" {\n  country: "X"\n  stakeholder mes "Ministry" {\n    kind: government\n  }\n  population migrants "…" {\n  }\n  evacuation {\n    covers: all\n  }\n}\n`,
    );
    assertFixRemoves(rule, text);
  });

  it("keeps a one-line plan on one line and picks an id not yet declared", () => {
    const text = `plan "P" { stakeholder migrants "Migrants' union" { kind: diaspora } }`;
    const fixed = assertFixRemoves(rule, text);
    assert.equal(fixed, `plan "P" { stakeholder migrants "Migrants' union" { kind: diaspora } population migrants_2 "filled in" { } }`);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("PLAN001 migrants-in-scope in Russian and Uzbek", () => {
  it("says in Russian that the plan names no migrants, and titles its suggestion in Russian", () => {
    const [finding] = run(rule, `plan "Flood plan" {\n  country: "Uzbekistan"\n}\n`, { locale: "ru" });
    assert.match(finding.message, /^В плане не названы мигранты: в нём не объявлено ни одной группы населения\. Добавьте блок `population`.*\(Руководящие принципы MICIC, рекомендации 5 и 4\)\.$/);
    assert.equal(finding.fixes[0].title, "Добавить группу населения migrants, чтобы назвать и описать её");
  });

  it("says it in Uzbek, in Cyrillic script too", () => {
    assert.match(run(rule, 'plan "P" { }', { locale: "uz" })[0].message, /^Rejada migrantlar nomlanmagan: unda birorta ham aholi guruhi eʼlon qilinmagan\./);
    assert.match(run(rule, 'plan "P" { }', { locale: "uz-Cyrl" })[0].message, /^Режада мигрантлар номланмаган: унда бирорта ҳам аҳоли гуруҳи эълон қилинмаган\./);
  });
});
