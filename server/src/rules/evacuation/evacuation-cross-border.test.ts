import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationCrossBorder as rule } from "./evacuation-cross-border";

const plan = (evacuation: string) => `plan "P" {
  stakeholder cy "Cyprus Civil Defence" { kind: government  contact: "1" }
  evacuation {
${evacuation}
  }
}
`;

describe("EVAC012 evacuation-cross-border", () => {
  it("passes a cross-border evacuation with permits waived and transit agreed", () => {
    assert.deepEqual(run(rule, plan("    cross-border: yes\n    exit-permits: waived\n    transit-agreements: cy")), []);
    assert.deepEqual(run(rule, plan("    cross-border: yes\n    exit-permits: not-applicable\n    transit-agreements: cy")), []);
  });

  it("ignores an evacuation that stays in the country, or does not say", () => {
    assert.deepEqual(run(rule, plan("    cross-border: no\n    exit-permits: required")), []);
    assert.deepEqual(run(rule, plan("    exit-permits: required")), []);
  });

  it("reports 'exit-permits: required' on the attribute", () => {
    const findings = run(rule, plan("    cross-border: yes\n    exit-permits: required\n    transit-agreements: cy"));
    assert.deepEqual(at(findings), ["5:5 warning"]);
    assert.match(findings[0].message, /^The evacuation crosses the border but still requires exit permits.*Write "exit-permits: waived".*\(MICIC Guidelines 10 and 7\)\.$/);
  });

  it("reports missing exit-permits on the section keyword", () => {
    const findings = run(rule, plan("    cross-border: yes\n    transit-agreements: cy"));
    assert.deepEqual(at(findings), ["3:3 warning"]);
    assert.match(findings[0].message, /does not say whether exit permits are waived/);
  });

  it("reports missing transit agreements on the section keyword, without a fix", () => {
    const findings = run(rule, plan("    cross-border: yes\n    exit-permits: waived"));
    assert.deepEqual(at(findings), ["3:3 warning"]);
    assert.match(findings[0].message, /names no transit agreements\. List in "transit-agreements"/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("names both gaps in one finding", () => {
    const findings = run(rule, plan("    cross-border: yes\n    exit-permits: required"));
    assert.deepEqual(at(findings), ["5:5 warning"]);
    assert.match(findings[0].message, /still requires exit permits \("exit-permits: required"\) and names no transit agreements/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("fixes the permits in place, or inserts them", () => {
    const text = plan("    cross-border: yes\n    exit-permits: required\n    transit-agreements: cy");
    assert.equal(applyFix(text, run(rule, text)[0]), plan("    cross-border: yes\n    exit-permits: waived\n    transit-agreements: cy"));
    assert.equal(
      assertFixRemoves(rule, plan("    cross-border: yes\n    transit-agreements: cy")),
      plan("    cross-border: yes\n    transit-agreements: cy\n    exit-permits: waived"),
    );
  });
});
