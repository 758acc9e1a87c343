import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralScreening as rule } from "./referral-screening";

const population = (id: string, vulnerabilities: string) =>
  `  population ${id} "${id}" {\n    size: 100  nationalities: NG  languages: en\n    vulnerabilities: ${vulnerabilities}\n  }`;

const plan = (populations: string[], referral: string) =>
  `plan "P" {\n${populations.join("\n")}\n  referral {\n${referral}\n  }\n}\n`;

describe("REF007 referral-screening", () => {
  it("passes when screening lists every declared vulnerability", () => {
    const text = plan([population("a", "detained, children"), population("b", "children")], "    screening: children, detained, pregnant");
    assert.deepEqual(run(rule, text), []);
  });

  it("passes when no population declares a vulnerability", () => {
    assert.deepEqual(run(rule, plan([`  population a "A" { size: 1  nationalities: NG  languages: en }`], "    consent: required")), []);
  });

  it("reports one warning naming every vulnerability left out, at screening", () => {
    const text = plan([population("a", "detained, trafficking-victims, asylum-seekers"), population("b", "asylum-seekers, children")], "    screening: detained");
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["11:5 warning"]);
    assert.equal(
      findings[0].message,
      `Referral screening does not look for children, trafficking-victims and asylum-seekers, which a and b declare. Add them to "screening": people with specific needs must be identified before they can be referred to the help they need (MICIC Guideline 12).`,
    );
  });

  it("names a few of many populations and counts the rest", () => {
    const many = Array.from({ length: 300 }, (_, i) => population(`p${i}`, "children"));
    const [finding] = run(rule, plan(many, "    screening: detained"));
    assert.match(finding.message, /does not look for children, which p0, p1, p2, p3, p4 and 295 more declare\./);
  });

  it("stands on the referral keyword when screening is missing", () => {
    const findings = run(rule, plan([population("a", "pregnant")], "    consent: required"));
    assert.deepEqual(at(findings), ["6:3 warning"]);
    assert.match(findings[0].message, /does not look for pregnant, which a declares\. Add it to "screening"/);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("a", "children")}\n}\n`), []);
  });

  it("fixes by adding the missing vulnerabilities to screening, or inserting screening", () => {
    const partial = plan([population("a", "detained, children")], "    screening: detained");
    assert.equal(assertFixRemoves(rule, partial), plan([population("a", "detained, children")], "    screening: detained, children"));
    const absent = plan([population("a", "detained, children")], "    consent: required");
    const [finding] = run(rule, absent);
    assert.equal(applyFix(absent, finding), plan([population("a", "detained, children")], "    consent: required\n    screening: children, detained"));
    assertFixRemoves(rule, absent);
  });

  it("never copies an unknown or wrongly typed vulnerability into screening", () => {
    const text = plan([population("a", `children, flying, "detained"`)], "    screening: detained");
    const findings = check(text).filter((f) => f.code === "REF007");
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /does not look for children, which a declares/);
    assert.equal(applyFix(text, findings[0]), text.replace("screening: detained", "screening: detained, children"));
  });
});
