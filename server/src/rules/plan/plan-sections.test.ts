import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { planSections as rule } from "./plan-sections";

describe("PLAN004 plan-sections", () => {
  it("passes when evacuation, communication and referral are all there", () => {
    assert.deepEqual(run(rule, `plan "P" {\n  evacuation { }\n  communication { }\n  referral { }\n}\n`), []);
  });

  it("is one error per missing section, at the plan's title", () => {
    const findings = run(rule, `plan "Heatwave plan" {\n  evacuation {\n    covers: all\n  }\n}\n`);
    assert.deepEqual(at(findings), ["1:6 error", "1:6 error"]);
    assert.match(findings[0].message, /^The plan has no communication section\. Add "communication \{ … \}".*\(MICIC Guidelines 4, 10, 11, 12 and 13\)\.$/);
    assert.match(findings[1].message, /^The plan has no referral section\./);
  });

  it("reports all three on a plan with none", () => {
    const findings = run(rule, 'plan "P" { }');
    assert.equal(findings.length, 3);
    assert.deepEqual(findings.map((f) => f.message.match(/no (\w+) section/)![1]), ["evacuation", "communication", "referral"]);
  });

  it("does not count coordination or recovery as one of the three", () => {
    assert.equal(run(rule, `plan "P" {\n  coordination { }\n  recovery { }\n}\n`).length, 3);
  });

  it("inserts the empty section where it belongs, in the editor only", () => {
    const text = `plan "P" {\n  evacuation {\n    covers: all\n  }\n  referral {\n    consent: required\n  }\n}\n`;
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(
      applyFix(text, finding),
      `plan "P" {\n  evacuation {\n    covers: all\n  }\n  communication {\n  }\n  referral {\n    consent: required\n  }\n}\n`,
    );
    assertFixRemoves(rule, text);
  });

  it("puts a missing evacuation after the populations and before the other sections", () => {
    const text = `plan "P" {\n\tcountry: "X"\n\tpopulation workers "Workers" {\n\t\tsize: 10\n\t}\n\tcommunication {\n\t}\n\treferral {\n\t}\n}\n`;
    const fixed = assertFixRemoves(rule, text);
    assert.equal(fixed, `plan "P" {\n\tcountry: "X"\n\tpopulation workers "Workers" {\n\t\tsize: 10\n\t}\n\tevacuation {\n\t}\n\tcommunication {\n\t}\n\treferral {\n\t}\n}\n`);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("PLAN004 plan-sections in Russian and Uzbek", () => {
  it("names each missing section in Russian words, the keyword to type in the plan's", () => {
    const findings = run(rule, `plan "Heatwave plan" {\n  evacuation {\n    covers: all\n  }\n}\n`, { locale: "ru" });
    assert.match(findings[0].message, /^В плане нет раздела информирования\. Добавьте `communication \{ … \}` и опишите в нём, как мигрантов предупреждают.*\(Руководящие принципы MICIC, рекомендации 4, 10, 11, 12 и 13\)\.$/);
    assert.match(findings[1].message, /^В плане нет раздела перенаправления\./);
    assert.equal(findings[0].fixes[0].title, "Добавить пустой раздел `communication`");
  });

  it("says it in Uzbek, in Cyrillic script too", () => {
    assert.match(run(rule, 'plan "P" { }', { locale: "uz" })[0].message, /^Rejada evakuatsiya boʻlimi yoʻq\. `evacuation \{ … \}` ni qoʻshing/);
    assert.match(run(rule, 'plan "P" { }', { locale: "uz-Cyrl" })[0].message, /^Режада эвакуация бўлими йўқ\. `evacuation \{ … \}` ни қўшинг/);
  });
});
