import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationRegardlessOfStatus as rule } from "./evacuation-regardless-of-status";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;

describe("EVAC001 evacuation-regardless-of-status", () => {
  it("passes when evacuation is open to all", () => {
    assert.deepEqual(run(rule, plan("    regardless-of-status: yes")), []);
  });

  it("is an error on 'no', standing on the attribute", () => {
    const findings = run(rule, plan("    regardless-of-status: no"));
    assert.deepEqual(at(findings), ["3:5 error"]);
    assert.match(findings[0].message, /not open to migrants without status.*MICIC Principle 1, Guidelines 11 and 13/);
  });

  it("is a warning when absent, standing on the section keyword", () => {
    assert.deepEqual(at(run(rule, plan("    covers: all"))), ["2:3 warning"]);
  });

  it("says nothing without an evacuation section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("fixes 'no' in place and inserts the attribute where it is missing", () => {
    assert.equal(applyFix(plan("    regardless-of-status: no"), run(rule, plan("    regardless-of-status: no"))[0]), plan("    regardless-of-status: yes"));
    const inserted = assertFixRemoves(rule, plan("    covers: all"));
    assert.equal(inserted, plan("    covers: all\n    regardless-of-status: yes"));
  });
});
