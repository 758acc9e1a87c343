import assert from "node:assert/strict";
import { assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { evacuationEmployerDuties as rule } from "./evacuation-employer-duties";

const plan = (populations: string, evacuation: string) => `plan "P" {
  stakeholder households "Employing households" { kind: employer  contact: "1" }
  stakeholder recruiters "Recruitment agencies" { kind: recruiter  contact: "2" }
${populations}
  evacuation {
${evacuation}
  }
}
`;
const employed = '  population workers "Domestic workers" { size: 6000  employers: households, recruiters }\n  population cleaners "Cleaners" { size: 500  employers: recruiters }';
const unemployed = '  population traders "Traders" { size: 7000 }';

describe("EVAC013 evacuation-employer-duties", () => {
  it("passes when employers must return documents and provide transport", () => {
    assert.deepEqual(run(rule, plan(employed, "    employer-duties: documents, transport")), []);
  });

  it("ignores plans whose populations list no employers", () => {
    assert.deepEqual(run(rule, plan(unemployed, "    covers: all")), []);
  });

  it("reports once, on the section keyword, naming the missing duties and the populations", () => {
    const findings = run(rule, plan(`${employed}\n${unemployed}`, "    employer-duties: documents, information"));
    assert.deepEqual(at(findings), ["7:3 warning"]);
    assert.match(findings[0].message, /^Populations 'workers' and 'cleaners' have employers, but "employer-duties" lacks "transport"\. Add "transport" to "employer-duties".*\(MICIC Guidelines 5 and 13\)\.$/);
  });

  it("reports a missing employer-duties, naming both duties", () => {
    const findings = run(rule, plan('  population workers "Workers" { employers: households }', "    covers: all"));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /^Population 'workers' has employers, but the evacuation section has no "employer-duties"\. Add "documents" and "transport"/);
  });

  it("says nothing without an evacuation section", () => {
    const withoutEvacuation = plan(employed, "").replace(/  evacuation \{\n\n  \}\n/, "");
    assert.doesNotMatch(withoutEvacuation, /evacuation/);
    assert.deepEqual(run(rule, withoutEvacuation), []);
  });

  it("fixes by adding the missing duties, or inserting the attribute", () => {
    assert.equal(
      assertFixRemoves(rule, plan(employed, "    employer-duties: information")),
      plan(employed, "    employer-duties: information, documents, transport"),
    );
    assert.equal(assertFixRemoves(rule, plan(employed, "    covers: all")), plan(employed, "    covers: all\n    employer-duties: documents, transport"));
  });
});
