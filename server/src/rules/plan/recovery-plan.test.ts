import assert from "node:assert/strict";
import { applyAccepted, applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { recoveryPlan as rule } from "./recovery-plan";

const iom = `  stakeholder iom "IOM" { kind: international-organization }\n`;
const plan = (recovery: string) => `plan "P" {\n${iom}  recovery {\n${recovery}  }\n}\n`;

describe("RECV001 recovery-plan", () => {
  it("passes a recovery section with return-support and lessons-learned: yes", () => {
    assert.deepEqual(run(rule, plan("    return-support: iom\n    lessons-learned: yes\n")), []);
  });

  it("is an info at the plan's title when there is no recovery section; the suggestion inserts one, who supports return a choice", () => {
    const text = `plan "Earthquake plan" {\n${iom}  coordination {\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["1:6 info"]);
    assert.match(findings[0].message, /^The plan has no recovery section\..*\(MICIC Guidelines 14 and 8\)\.$/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, findings[0]), `plan "Earthquake plan" {\n${iom}  coordination {\n  }\n  recovery {\n    return-support: "…"\n    lessons-learned: yes\n  }\n}\n`);
    assert.match(findings[0].fixes[0].edits[0].snippet!, /return-support: \$\{1\|iom\|\}\n/);
    assertFixRemoves(rule, text);
  });

  it("offers no fix when there is nobody to name for return support", () => {
    const [finding] = run(rule, 'plan "P" { }');
    assert.deepEqual(finding.fixes, []);
  });

  it("is an info on the recovery keyword when return-support is missing", () => {
    const text = plan("    lessons-learned: yes\n");
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["3:3 info"]);
    assert.match(findings[0].message, /^The recovery section names no one to support return\. Name in "return-support" who helps/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, findings[0]), plan('    lessons-learned: yes\n    return-support: "…"\n'));
    assert.equal(applyAccepted(text, findings[0]), plan("    lessons-learned: yes\n    return-support: iom\n"));
  });

  it("stands on lessons-learned: no, and sets it to yes unattended", () => {
    const text = plan("    return-support: iom\n    lessons-learned: no\n");
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["5:5 info"]);
    assert.match(findings[0].message, /says no lessons will be learned/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, findings[0]), plan("    return-support: iom\n    lessons-learned: yes\n"));
  });

  it("inserts a missing lessons-learned unattended", () => {
    const text = plan("    return-support: iom\n");
    assert.deepEqual(at(run(rule, text)), ["3:3 info"]);
    assert.equal(assertFixRemoves(rule, text), plan("    return-support: iom\n    lessons-learned: yes\n"));
  });

  it("is one finding when both are missing, mended by one insertion", () => {
    const text = plan('    reintegration: yes\n');
    const findings = run(rule, text);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /names no one to support return and does not commit to learning lessons/);
    assert.equal(findings[0].fixes[0].edits.length, 1);
    assert.equal(assertFixRemoves(rule, text), plan("    reintegration: yes\n    return-support: iom\n    lessons-learned: yes\n"));
  });

  it("mends a missing return-support and lessons-learned: no together", () => {
    const text = plan("    lessons-learned: no\n");
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].title, "Choose who supports return ('return-support') and commit to learning lessons ('lessons-learned: yes')");
    assert.equal(assertFixRemoves(rule, text), plan("    lessons-learned: yes\n    return-support: iom\n"));
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("RECV001 recovery-plan in Russian and Uzbek", () => {
  it("says in Russian that the plan has no recovery section, citing the guidelines in Russian", () => {
    const [finding] = run(rule, `plan "P" {\n${iom}}\n`, { locale: "ru" });
    assert.match(finding.message, /^В плане нет раздела восстановления\. Добавьте `recovery \{ … \}`.*\(Руководящие принципы MICIC, рекомендации 14 и 8\)\.$/);
  });

  it("says in Russian and Uzbek that lessons-learned: no is no commitment, and titles the suggestion in each", () => {
    const text = plan("    return-support: iom\n    lessons-learned: no\n");
    const [ru] = run(rule, text, { locale: "ru" });
    assert.match(ru.message, /^В разделе восстановления сказано, что уроки извлекаться не будут\. Возьмите обязательство проанализировать реагирование вместе с мигрантами \(`lessons-learned: yes`\):/);
    assert.equal(ru.fixes[0].title, "Закрепить в плане обязательство извлечь уроки (`lessons-learned: yes`)");
    const [uz] = run(rule, text, { locale: "uz" });
    assert.match(uz.message, /^Tiklanish boʻlimida saboq olinmasligi aytilgan\. Javob choralarini migrantlar bilan birga tahlil qilish majburiyatini oling \(`lessons-learned: yes`\):/);
    assert.equal(uz.fixes[0].title, "Rejada saboq olish majburiyatini belgilash (`lessons-learned: yes`)");
  });
});
