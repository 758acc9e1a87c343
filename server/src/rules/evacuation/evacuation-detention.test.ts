import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { TODAY } from "../../../../test/helpers/plan";
import { applyAccepted, applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
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

  it("suggests detention-release with a place for the drafter to write the procedure, writing no English for them", () => {
    const text = plan(detainees, "    covers: all");
    assert.equal(applyFix(text, run(rule, text)[0]), plan(detainees, '    covers: all\n    detention-release: "…"'));
    assert.equal(assertFixRemoves(rule, text), plan(detainees, '    covers: all\n    detention-release: "filled in"'));
    const [fix] = run(rule, text)[0].fixes;
    assert.equal(fix.kind, "suggestion");
    assert.equal(fix.edits[0].snippet, '\n    detention-release: "${1:…}"');
    const empty = plan(detainees, '    detention-release: ""');
    assert.deepEqual(run(rule, applyAccepted(empty, run(rule, empty)[0])), []);
  });

  it("does not throw on a detention-release of the wrong kind", () => {
    const findings = checkText(plan(detainees, "    detention-release: 12"), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings, []);
  });
});
