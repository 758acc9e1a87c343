import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationConsent as rule } from "./evacuation-consent";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;

describe("EVAC004 evacuation-consent", () => {
  it("passes when consent is informed", () => {
    assert.deepEqual(run(rule, plan("    consent: informed")), []);
  });

  it("reports 'not-sought' on the attribute", () => {
    const findings = run(rule, plan("    consent: not-sought"));
    assert.deepEqual(at(findings), ["3:5 warning"]);
    assert.match(findings[0].message, /consent is not sought.*Add "consent: informed".*\(MICIC Guideline 13\)\.$/);
  });

  it("reports a missing consent on the section keyword", () => {
    const findings = run(rule, plan("    covers: all"));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /does not say that people consent/);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("fixes 'not-sought' in place and inserts consent where it is missing", () => {
    const text = plan("    consent: not-sought");
    assert.equal(applyFix(text, run(rule, text)[0]), plan("    consent: informed"));
    assert.equal(assertFixRemoves(rule, plan("    covers: all")), plan("    covers: all\n    consent: informed"));
  });

  it("keeps a one-line section on one line", () => {
    const text = 'plan "P" {\n  evacuation { covers: all }\n}\n';
    assert.equal(assertFixRemoves(rule, text), 'plan "P" {\n  evacuation { covers: all consent: informed }\n}\n');
  });
});
