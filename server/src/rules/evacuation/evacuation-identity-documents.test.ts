import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { applyAccepted, applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationIdentityDocuments as rule } from "./evacuation-identity-documents";

const consulates = `  stakeholder kg_embassy "Embassy of the Kyrgyz Republic" { kind: consulate  country: KG  contact: "1" }
  stakeholder tj_embassy "Embassy of Tajikistan" { kind: consulate  country: TJ  contact: "2" }
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "3" }
`;
const plan = (evacuation: string, stakeholders = consulates) => `plan "P" {
${stakeholders}  evacuation {
${evacuation}
  }
}
`;

describe("EVAC003 evacuation-identity-documents", () => {
  it("passes on 'not-required', and on 'alternatives' with someone to replace documents", () => {
    assert.deepEqual(run(rule, plan("    identity-documents: not-required")), []);
    assert.deepEqual(run(rule, plan("    identity-documents: alternatives\n    document-replacement: mes")), []);
  });

  it("is an error on 'required', standing on the attribute, and suggests the liaison consulates", () => {
    const findings = run(rule, plan("    identity-documents: required\n    consular-liaison: tj_embassy"));
    assert.deepEqual(at(findings), ["6:5 error"]);
    assert.match(findings[0].message, /requires identity documents to board.*\(the consulates tj_embassy, for instance\).*\(MICIC Guideline 10\)\.$/);
  });

  it("is a warning when absent, standing on the section keyword", () => {
    const findings = run(rule, plan("    covers: all"));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /does not say what people must show to board.*kg_embassy and tj_embassy/);
  });

  it("is a warning on 'alternatives' with no document-replacement, at the section keyword", () => {
    const findings = run(rule, plan("    identity-documents: alternatives"));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /accepts alternatives to identity documents but names no one to replace them/);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${consulates}}\n`), []);
  });

  it("fixes 'required' in place and names the liaison consulates as replacers", () => {
    const text = plan("    identity-documents: required\n    consular-liaison: tj_embassy");
    assert.equal(assertFixRemoves(rule, text), plan("    identity-documents: alternatives\n    consular-liaison: tj_embassy\n    document-replacement: tj_embassy"));
    assert.equal(run(rule, text)[0].fixes[0].kind, "suggestion");
  });

  it("inserts both lines, together, when neither is there, offering every declared consulate to choose from", () => {
    const text = plan("    covers: all");
    const [finding] = run(rule, text);
    assert.equal(applyFix(text, finding), plan('    covers: all\n    identity-documents: alternatives\n    document-replacement: "…"'));
    assert.match(finding.fixes[0].edits[0].snippet!, /document-replacement: \$\{1\|kg_embassy,tj_embassy\|\}$/);
    assert.equal(assertFixRemoves(rule, text), plan("    covers: all\n    identity-documents: alternatives\n    document-replacement: kg_embassy"));
  });

  it("fills document-replacement alone when alternatives are already accepted", () => {
    const text = plan("    identity-documents: alternatives\n    consular-liaison: kg_embassy");
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].edits.length, 1);
    assert.equal(applyAccepted(text, finding), plan("    identity-documents: alternatives\n    consular-liaison: kg_embassy\n    document-replacement: kg_embassy"));
  });

  it("only sets 'alternatives' when document-replacement already names someone", () => {
    const text = plan("    identity-documents: required\n    document-replacement: mes");
    const [finding] = run(rule, text);
    assert.doesNotMatch(finding.message, /for instance/);
    assert.equal(applyFix(text, finding), plan("    identity-documents: alternatives\n    document-replacement: mes"));
  });

  it("fills an empty document-replacement and inserts identity-documents after it", () => {
    const text = plan("    document-replacement:");
    const result = checkText(text, { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(result), ["5:3 warning"]);
    const fixed = applyAccepted(text, result[0]);
    assert.equal(fixed, plan("    document-replacement: kg_embassy\n    identity-documents: alternatives"));
    assert.deepEqual(run(rule, fixed), []);
  });

  it("offers no fix when the plan declares no consulate to name", () => {
    const government = '  stakeholder mes "Ministry" { kind: government  contact: "3" }\n';
    const [finding] = run(rule, plan("    identity-documents: required", government));
    assert.equal(finding.severity, "error");
    assert.deepEqual(finding.fixes, []);
  });

  it("treats a value of the wrong kind as not set, standing on the attribute", () => {
    const findings = checkText(plan('    identity-documents: "alternatives"'), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(findings), ["6:5 warning"]);
  });
});
