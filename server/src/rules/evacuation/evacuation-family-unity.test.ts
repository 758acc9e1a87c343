import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationFamilyUnity as rule } from "./evacuation-family-unity";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;

describe("EVAC010 evacuation-family-unity", () => {
  it("passes when families stay together", () => {
    assert.deepEqual(run(rule, plan("    family-unity: yes")), []);
  });

  it("reports 'no' as info on the attribute", () => {
    const findings = run(rule, plan("    family-unity: no"));
    assert.deepEqual(at(findings), ["3:5 info"]);
    assert.match(findings[0].message, /says families of mixed nationality are not kept together\. Add "family-unity: yes".*\(MICIC Guideline 13\)\.$/);
  });

  it("reports a missing family-unity as info on the section keyword", () => {
    assert.deepEqual(at(run(rule, plan("    covers: all"))), ["2:3 info"]);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("fixes 'no' in place and inserts the attribute where it is missing", () => {
    const text = plan("    family-unity: no  # to be decided");
    assert.equal(applyFix(text, run(rule, text)[0]), plan("    family-unity: yes  # to be decided"));
    assert.equal(assertFixRemoves(rule, plan("    covers: all")), plan("    covers: all\n    family-unity: yes"));
  });
});
