import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { communicationAnonymous as rule } from "./communication-anonymous";

/** A population on one line (line 2 for the first, 3 for the second…). */
const population = (id: string, status: string) =>
  `  population ${id} "${id}" { size: 10  nationalities: KH  languages: km${status ? `  status: ${status}` : ""} }`;
const plan = (populations: string[], anonymous: string) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n    channel hotline "Hotline" { medium: hotline  languages: km${anonymous} }\n  }\n}\n`;

describe("COMM004 communication-anonymous", () => {
  it("passes when some channel is anonymous", () => {
    assert.deepEqual(run(rule, plan([population("builders", "irregular")], "  anonymous: yes")), []);
  });

  it("reports no anonymous channel on the section keyword when a population is irregular, mixed or unknown", () => {
    for (const status of ["irregular", "mixed", "unknown", "regular, irregular"]) {
      const findings = run(rule, plan([population("builders", status)], "  anonymous: no"));
      assert.deepEqual(at(findings), ["3:3 warning"], status);
    }
  });

  it("names every population concerned, once, in one finding", () => {
    const findings = run(rule, plan([population("builders", "irregular"), population("carers", "regular"), population("farmers", "mixed")], ""));
    assert.deepEqual(at(findings), ["5:3 warning"]);
    assert.match(findings[0].message, /^No channel can be used anonymously, yet builders and farmers include people with irregular or mixed status\. Set "anonymous: yes" on a channel .*\(MICIC Guideline 6\)\.$/);
  });

  it("passes when every population is regular or silent on status", () => {
    assert.deepEqual(run(rule, plan([population("builders", "regular"), population("carers", "")], "")), []);
  });

  it("reports a section without channels when some population lacks status", () => {
    const text = `plan "P" {\n${population("builders", "mixed")}\n  communication {\n    rumour-tracking: yes\n  }\n}\n`;
    assert.deepEqual(at(run(rule, text)), ["3:3 warning"]);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("builders", "irregular")}\n}\n`), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  population p "P" { status: "irregular", 4 }\n  population { status: mixed }\n  communication {\n    channel c "C" { anonymous: 3 }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
