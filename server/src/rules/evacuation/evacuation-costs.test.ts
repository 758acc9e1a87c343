import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { evacuationCosts as rule } from "./evacuation-costs";

const plan = (evacuation: string) => `plan "P" {
  stakeholder ocd "Office of Civil Defense" { kind: government  contact: "1" }
  evacuation {
${evacuation}
  }
}
`;

describe("EVAC014 evacuation-costs", () => {
  it("passes when someone covers the costs", () => {
    assert.deepEqual(run(rule, plan("    costs-covered-by: ocd")), []);
  });

  it("reports a missing costs-covered-by as info on the section keyword", () => {
    const findings = run(rule, plan("    lead: ocd"));
    assert.deepEqual(at(findings), ["3:3 info"]);
    assert.match(findings[0].message, /does not say who pays for fares and transport\. Name them in "costs-covered-by".*\(MICIC Guidelines 11 and 13\)\.$/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("reports a costs-covered-by that names nobody on the attribute", () => {
    const findings = checkText(plan('    costs-covered-by: "the ministry"'), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(findings), ["4:5 info"]);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });
});
