import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { stakeholderContact as rule } from "./stakeholder-contact";

const plan = (stakeholders: string) => `plan "P" {\n${stakeholders}}\n`;

describe("STK001 stakeholder-contact", () => {
  it("passes a stakeholder with a contact", () => {
    assert.deepEqual(run(rule, plan(`  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }\n`)), []);
  });

  it("is a warning on the header of each stakeholder without a contact", () => {
    const findings = run(
      rule,
      plan(`  stakeholder mes "Ministry" { kind: government }\n  stakeholder iom "IOM" { kind: international-organization  contact: "iom@example.org" }\n  stakeholder municipality "Tripoli Central Municipality" {\n    kind: local-authority\n  }\n`),
    );
    assert.deepEqual(at(findings), ["2:3 warning", "4:3 warning"]);
    assert.match(findings[1].message, /^Stakeholder municipality \("Tripoli Central Municipality"\) has no contact\. Add "contact".*\(MICIC Guideline 12\)\.$/);
  });

  it("treats a blank contact as missing, standing on it", () => {
    const findings = run(rule, plan(`  stakeholder mes "Ministry" {\n    kind: government\n    contact: "  "\n  }\n`));
    assert.deepEqual(at(findings), ["4:5 warning"]);
    assert.match(findings[0].message, /gives a blank contact/);
  });

  it("leaves a contact of the wrong kind to SCH002", () => {
    const findings = checkText(plan(`  stakeholder mes "Ministry" { kind: government  contact: 1234 }\n`)).findings;
    assert.deepEqual(findings.filter((f) => f.code === rule.meta.code), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("suggests a contact as a place to fill, in the editor only", () => {
    const text = plan(`  stakeholder municipality "Municipality" {\n    kind: local-authority\n    role: "Shelters"\n  }\n`);
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(
      applyFix(text, finding),
      plan(`  stakeholder municipality "Municipality" {\n    kind: local-authority\n    role: "Shelters"\n    contact: "…"\n  }\n`),
    );
    assertFixRemoves(rule, text, {}, ["+998 71 000 0000"]);
  });

  it("fills in a blank contact in place", () => {
    const text = plan(`  stakeholder mes "Ministry" { kind: government  contact: "" }\n`);
    assert.equal(applyFix(text, run(rule, text)[0]), plan(`  stakeholder mes "Ministry" { kind: government  contact: "…" }\n`));
    const fixed = assertFixRemoves(rule, text, {}, ["+998 71 000 0000"]);
    assert.equal(fixed, plan(`  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }\n`));
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});
