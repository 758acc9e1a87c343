import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationDetention as rule } from "./evacuation-detention";

const detainees = '  population detainees "Migrants in detention" { size: 2800  vulnerabilities: detained, asylum-seekers }';
const plan = (populations: string, evacuation: string) => `plan "P" {
${populations}
  evacuation {
${evacuation}
  }
}
`;

describe("EVAC009 evacuation-detention", () => {
  it("passes when detention-release says how detainees are moved", () => {
    assert.deepEqual(run(rule, plan(detainees, '    detention-release: "Centres opened at level 2; IOM escorts detainees"')), []);
  });

  it("ignores populations without detained migrants", () => {
    assert.deepEqual(run(rule, plan('  population workers "Workers" { vulnerabilities: undocumented }', "    covers: all")), []);
  });

  it("reports each population with detained migrants, on its header", () => {
    const others = '  population eritreans "Eritreans" { vulnerabilities: asylum-seekers }\n  population held "Held at the port" { vulnerabilities: detained }';
    const findings = run(rule, plan(`${detainees}\n${others}`, "    covers: all"));
    assert.deepEqual(at(findings), ["2:3 warning", "4:3 warning"]);
    assert.match(findings[0].message, /^Population 'detainees' includes migrants in detention.*Add "detention-release".*\(MICIC Guidelines 5 and 11\)\.$/);
  });

  it("counts an empty detention-release as missing", () => {
    assert.deepEqual(at(run(rule, plan(detainees, '    detention-release: ""'))), ["2:3 warning"]);
  });

  it("says nothing without an evacuation section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${detainees}\n}\n`), []);
  });

  it("offers a fix that inserts a prompt, in the editor only", () => {
    const text = plan(detainees, "    covers: all");
    const fixed = assertFixRemoves(rule, text);
    assert.equal(fixed, plan(detainees, '    covers: all\n    detention-release: "TO WRITE: who releases detained migrants, how they are protected and moved, and where to"'));
    assert.equal(run(rule, text)[0].fixes[0].kind, "suggestion");
    const empty = plan(detainees, '    detention-release: ""');
    assert.deepEqual(run(rule, applyFix(empty, run(rule, empty)[0])), []);
  });

  it("does not throw on a detention-release of the wrong kind", () => {
    const findings = checkText(plan(detainees, "    detention-release: 12"), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings, []);
  });
});
