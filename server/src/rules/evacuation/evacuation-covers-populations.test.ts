import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationCoversPopulations as rule } from "./evacuation-covers-populations";

const plan = (evacuation: string) => `plan "P" {
  population residents "Korean residents" { size: 9000 }
  population seafarers "Indonesian seafarers" { size: 1500 }
  population traders "Chinese traders" { size: 7000 }
  evacuation {
${evacuation}
  }
}
`;

describe("EVAC002 evacuation-covers-populations", () => {
  it("passes when covers lists every population", () => {
    assert.deepEqual(run(rule, plan("    covers: residents, seafarers, traders")), []);
  });

  it("passes on 'covers: all' and when covers is absent (everyone is covered)", () => {
    assert.deepEqual(run(rule, plan("    covers: all")), []);
    assert.deepEqual(run(rule, plan("    regardless-of-status: yes")), []);
  });

  it("reports once per section, on 'covers', naming every population left out", () => {
    const findings = run(rule, plan("    covers: residents"));
    assert.deepEqual(at(findings), ["6:5 warning"]);
    assert.match(findings[0].message, /leaves out the populations 'seafarers' \(Indonesian seafarers\) and 'traders' \(Chinese traders\)/);
    assert.match(findings[0].message, /Add "seafarers" and "traders" to "covers", or write "covers: all".*\(MICIC Guidelines 5 and 13\)\.$/);
    assert.deepEqual(findings[0].related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1}`), ["3:3", "4:3"]);
  });

  it("counts a population named once as covered, whatever else the list holds", () => {
    const findings = run(rule, plan("    covers: residents, traders"));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /the population 'seafarers' \(Indonesian seafarers\): "covers" does not list it/);
  });

  it("says nothing without an evacuation section or without populations", () => {
    assert.deepEqual(run(rule, 'plan "P" {\n  population residents "Residents" { size: 1 }\n}\n'), []);
    assert.deepEqual(run(rule, 'plan "P" {\n  evacuation {\n    covers: all\n  }\n}\n'), []);
  });

  it("fixes by adding the populations left out (safe), or offers 'covers: all' in the editor", () => {
    const text = plan("    covers: residents");
    const fixed = assertFixRemoves(rule, text);
    assert.equal(fixed, plan("    covers: residents, seafarers, traders"));
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(finding.fixes[1].kind, "suggestion");
    const all = applyFix(text, finding, 1);
    assert.equal(all, plan("    covers: all"));
    assert.deepEqual(run(rule, all), []);
  });
});
