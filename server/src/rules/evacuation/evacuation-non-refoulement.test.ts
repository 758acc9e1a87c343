import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationNonRefoulement as rule } from "./evacuation-non-refoulement";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;

describe("EVAC005 evacuation-non-refoulement", () => {
  it("passes when people are screened", () => {
    assert.deepEqual(run(rule, plan("    non-refoulement-screening: yes")), []);
  });

  it("is an error on 'no', standing on the attribute", () => {
    const findings = run(rule, plan("    non-refoulement-screening: no"));
    assert.deepEqual(at(findings), ["3:5 error"]);
    assert.match(findings[0].message, /not screened.*referred to asylum procedures.*\(MICIC Guidelines 13 and 11\)\.$/);
  });

  it("is a warning when absent, standing on the section keyword", () => {
    assert.deepEqual(at(run(rule, plan("    covers: all"))), ["2:3 warning"]);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("fixes 'no' in place and inserts the attribute where it is missing", () => {
    const text = plan("    non-refoulement-screening: no");
    assert.equal(applyFix(text, run(rule, text)[0]), plan("    non-refoulement-screening: yes"));
    assert.equal(assertFixRemoves(rule, plan("    covers: all")), plan("    covers: all\n    non-refoulement-screening: yes"));
  });
});
