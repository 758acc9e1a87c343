import assert from "node:assert/strict";
import { at, run } from "../../../../test/helpers/rule";
import { evacuationCapacity as rule } from "./evacuation-capacity";

const populations = `  population syrians "Syrians" { size: 48_000 }
  population afghans "Afghans" { size: 8_000 }
  population iraqis "Iraqis" { size: 4_500 }
`;
const plan = (evacuation: string, members = populations) => `plan "P" {
${members}  evacuation {
${evacuation}
  }
}
`;
const points = (...capacities: number[]) =>
  capacities.map((c, i) => `    assembly-point site_${i} "Site ${i}" { capacity: ${c} }`).join("\n");

describe("EVAC006 evacuation-capacity", () => {
  it("passes when the assembly points hold everyone covered (equal is enough)", () => {
    assert.deepEqual(run(rule, plan(`    covers: all\n${points(40_000, 20_500)}`)), []);
  });

  it("reports a shortfall once, on the section keyword, giving both numbers", () => {
    const findings = run(rule, plan(`    covers: all\n${points(25_000, 12_000, 5_000)}`));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /^The assembly points hold 42,000 people, but the populations in the plan number 60,500: 18,500 people would have nowhere to go\..*\(MICIC Guideline 13\)\.$/);
  });

  it("counts every population when covers is absent", () => {
    const findings = run(rule, plan(points(42_000)));
    assert.match(findings[0].message, /hold 42,000 people, but the populations in the plan number 60,500/);
  });

  it("counts only the listed populations when covers lists them", () => {
    assert.deepEqual(run(rule, plan(`    covers: afghans, iraqis\n${points(12_500)}`)), []);
    const findings = run(rule, plan(`    covers: syrians, iraqis\n${points(42_000)}`));
    assert.match(findings[0].message, /hold 42,000 people, but the populations the evacuation covers number 52,500: 10,500 people/);
  });

  it("says which populations and assembly points were not counted", () => {
    const members = `  population syrians "Syrians" { size: 48_000 }\n  population afghans "Afghans" { nationalities: AF }\n`;
    const findings = run(rule, plan(`    assembly-point a "A" { capacity: 1000 }\n    assembly-point b "B" { accessible: yes }`, members));
    assert.match(findings[0].message, /number 48,000 \('afghans' has no size and is not counted; 'b' has no capacity and is not counted\): 47,000 people/);
  });

  it("reports an evacuation with no assembly point at all", () => {
    const findings = run(rule, plan("    covers: all"));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /^The evacuation has no assembly point, but the populations in the plan number 60,500: 60,500 people/);
  });

  it("says nothing while no population has a size, or without an evacuation section", () => {
    assert.deepEqual(run(rule, plan("    covers: all", '  population afghans "Afghans" { nationalities: AF }\n')), []);
    assert.deepEqual(run(rule, `plan "P" {\n${populations}}\n`), []);
  });

  it("offers no fix", () => {
    assert.equal(rule.meta.fixable, false);
    assert.deepEqual(run(rule, plan(points(1)))[0].fixes, []);
  });
});
