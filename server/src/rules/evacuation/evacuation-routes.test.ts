import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { evacuationRoutes as rule } from "./evacuation-routes";

const plan = (evacuation: string) => `plan "P" {
  stakeholder mes "Ministry" { kind: government  contact: "1" }
  evacuation {
    assembly-point stadium "Central stadium" { capacity: 15000 }
    assembly-point school "School No. 12" { capacity: 3000 }
${evacuation}
  }
}
`;
const findingsOf = (text: string) => checkText(text, { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);

describe("EVAC007 evacuation-routes", () => {
  it("passes when every route leads to an assembly point and every point is reached", () => {
    const text = plan('    route north { from: "Zone"  to: stadium }\n    route east { from: "Sites"  to: school }');
    assert.deepEqual(run(rule, text), []);
  });

  it("reports an assembly point no route reaches as info, on its header, one per point", () => {
    const findings = run(rule, plan('    route north { from: "Zone"  to: stadium }'));
    assert.deepEqual(at(findings), ["5:5 info"]);
    assert.match(findings[0].message, /^No route leads to assembly point 'school'\. Add a route with "to: school".*\(MICIC Guideline 13\)\.$/);
    assert.deepEqual(at(run(rule, plan(""))), ["4:5 info", "5:5 info"]);
  });

  it("reports a route without 'to' as a warning on the route's header", () => {
    const findings = run(rule, plan('    route north { from: "Zone"  to: stadium }\n    route east "East road" { from: "Sites" }\n    route west { from: "Fields"  to: school }'));
    assert.deepEqual(at(findings), ["7:5 warning"]);
    assert.match(findings[0].message, /^Route 'east' does not say where it leads/);
  });

  it("reports a route leading to something that is not an assembly point on the value", () => {
    const findings = findingsOf(plan('    route north { from: "Zone"  to: mes }\n    route east { from: "Sites"  to: school }'));
    assert.deepEqual(at(findings), ["4:5 info", "6:37 warning"]);
    assert.match(findings[1].message, /^Route 'north' leads to the stakeholder 'mes', not to an assembly point/);
  });

  it("reports a route leading to an undeclared name, or to a quoted place", () => {
    const findings = findingsOf(plan('    route north { from: "Zone"  to: stadum }\n    route east { from: "Sites"  to: "School" }'));
    assert.deepEqual(at(findings), ["4:5 info", "5:5 info", "6:37 warning", "7:37 warning"]);
    assert.match(findings[2].message, /leads to 'stadum', which is not declared/);
    assert.match(findings[3].message, /leads to "School", not to an assembly point/);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });
});
