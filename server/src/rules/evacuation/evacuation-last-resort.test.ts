import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { evacuationLastResort as rule } from "./evacuation-last-resort";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;

describe("EVAC011 evacuation-last-resort", () => {
  it("passes when evacuation is the last stage", () => {
    assert.deepEqual(run(rule, plan("    stages: shelter-in-place, relocate, evacuate")), []);
    assert.deepEqual(run(rule, plan("    stages: relocate, evacuate")), []);
  });

  it("passes ladders that do not put evacuate before a gentler stage", () => {
    assert.deepEqual(run(rule, plan("    stages: shelter-in-place, relocate")), []);
    assert.deepEqual(run(rule, plan("    stages: evacuate")), []);
  });

  it("reports missing stages as info on the section keyword", () => {
    const findings = run(rule, plan("    covers: all"));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.match(findings[0].message, /does not set out its stages\. Add "stages: shelter-in-place, relocate, evacuate".*\(MICIC Guideline 13\)\.$/);
  });

  it("reports evacuate before relocate or shelter-in-place on the attribute", () => {
    const findings = run(rule, plan("    stages: evacuate, relocate, shelter-in-place"));
    assert.deepEqual(at(findings), ["3:5 info"]);
    assert.match(findings[0].message, /put "evacuate" before "relocate" and "shelter-in-place"/);
    assert.deepEqual(at(run(rule, plan("    stages: relocate, evacuate, shelter-in-place"))), ["3:5 info"]);
  });

  it("reports a stages attribute with no stage in it on the attribute", () => {
    const findings = checkText(plan('    stages: "all of them"'), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(findings), ["3:5 info"]);
  });

  it("says nothing without an evacuation section, and offers no fix", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
    assert.deepEqual(run(rule, plan("    stages: evacuate, relocate"))[0].fixes, []);
  });
});
