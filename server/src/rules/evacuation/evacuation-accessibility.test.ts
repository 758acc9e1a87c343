import assert from "node:assert/strict";
import { assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationAccessibility as rule } from "./evacuation-accessibility";

const plan = (populations: string, evacuation: string) => `plan "P" {
${populations}
  evacuation {
${evacuation}
  }
}
`;
const older = '  population older_residents "Older residents" { vulnerabilities: older-persons }';
const disabled = '  population workers "Workers" { vulnerabilities: disabilities, children }';
const accessible = '    assembly-point centre "Cooling centre" { capacity: 3000  accessible: yes }';
const steps = '    assembly-point school "School" { capacity: 3000  accessible: no }';

describe("EVAC008 evacuation-accessibility", () => {
  it("passes when the population is in priority and an assembly point is accessible", () => {
    assert.deepEqual(run(rule, plan(older, `    priority: older-persons\n${steps}\n${accessible}`)), []);
  });

  it("ignores populations without disabilities or older persons", () => {
    assert.deepEqual(run(rule, plan('  population young "Young workers" { vulnerabilities: children }', "    priority: pregnant")), []);
  });

  it("reports a population not in priority on its header, with the fix", () => {
    const findings = run(rule, plan(older, `    priority: children, pregnant\n${accessible}`));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /^Population 'older_residents' includes older persons, but "older-persons" is not in the evacuation's "priority"\. Add "older-persons" to "priority".*\(MICIC Guidelines 5 and 13\)\.$/);
    assert.equal(findings[0].fixes.length, 1);
  });

  it("reports no accessible assembly point, without a fix (no edit makes a site accessible)", () => {
    const findings = run(rule, plan(older, `    priority: older-persons\n${steps}`));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /but no assembly point is marked "accessible: yes"\. Name an assembly point they can reach and use/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("names both gaps in one finding per population", () => {
    const findings = run(rule, plan(`${older}\n${disabled}`, `    priority: children\n${steps}`));
    assert.deepEqual(at(findings), ["2:3 warning", "3:3 warning"]);
    assert.match(findings[1].message, /'workers' includes people with disabilities, but "disabilities" is not in the evacuation's "priority" and no assembly point is marked "accessible: yes"/);
  });

  it("names only the vulnerability that is missing from priority", () => {
    const both = '  population carers "Carers" { vulnerabilities: older-persons, disabilities }';
    const [finding] = run(rule, plan(both, `    priority: disabilities\n${accessible}`));
    assert.match(finding.message, /includes people with disabilities and older persons, but "older-persons" is not/);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${older}\n}\n`), []);
  });

  it("fixes by adding to priority, or inserting priority", () => {
    assert.equal(
      assertFixRemoves(rule, plan(older, `    priority: children\n${accessible}`)),
      plan(older, `    priority: children, older-persons\n${accessible}`),
    );
    assert.equal(
      assertFixRemoves(rule, plan(disabled, `    covers: all\n${accessible}`)),
      plan(disabled, `    covers: all\n    priority: disabilities\n${accessible}`),
    );
  });
});
