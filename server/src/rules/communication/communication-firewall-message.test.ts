import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyEdits } from "../../core/edits";
import { assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { communicationFirewallMessage as rule } from "./communication-firewall-message";

/** A population on one line (line 2 for the first, 3 for the second…). */
const population = (id: string, status: string) =>
  `  population ${id} "${id}" { size: 10  nationalities: KH  languages: km${status ? `  status: ${status}` : ""} }`;
const plan = (populations: string[], topics?: string) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n${topics === undefined ? "    rumour-tracking: yes" : `    information-on: ${topics}`}\n  }\n}\n`;

describe("COMM007 communication-firewall-message", () => {
  it("passes when messages say there is no immigration enforcement", () => {
    assert.deepEqual(run(rule, plan([population("builders", "irregular")], "hazard, no-immigration-enforcement")), []);
  });

  it("reports each irregular, mixed or unknown population once, on its header", () => {
    const text = plan(
      [population("builders", "irregular"), population("carers", "regular"), population("farmers", "mixed, unknown"), population("cooks", "")],
      "hazard, evacuation",
    );
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning", "4:3 warning"]);
    assert.match(
      findings[1].message,
      /^Population farmers includes people with mixed or unknown status, but crisis messages do not tell them that seeking help will not lead to immigration enforcement\. Add "no-immigration-enforcement" to "information-on": .*\(MICIC Guidelines 11 and 3\)\.$/,
    );
  });

  it("passes when every population is regular", () => {
    assert.deepEqual(run(rule, plan([population("carers", "regular")], "hazard")), []);
  });

  it("fixes by adding the topic to information-on, or inserting information-on", () => {
    const listed = plan([population("builders", "irregular")], "hazard, evacuation");
    assert.equal(assertFixRemoves(rule, listed), plan([population("builders", "irregular")], "hazard, evacuation, no-immigration-enforcement"));
    const absent = plan([population("builders", "irregular")]);
    assert.equal(
      assertFixRemoves(rule, absent),
      absent.replace("    rumour-tracking: yes\n", "    rumour-tracking: yes\n    information-on: no-immigration-enforcement\n"),
    );
  });

  it("gives every finding the same edit, so one application clears them all", () => {
    const text = plan([population("builders", "irregular"), population("farmers", "mixed")], "hazard");
    const findings = run(rule, text);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings[0].fixes[0].edits, findings[1].fixes[0].edits);
    assert.deepEqual(run(rule, applyEdits(text, findings[0].fixes[0].edits)), []);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("builders", "irregular")}\n}\n`), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  population p "P" { status: "irregular", 4, mixed }\n  population { status: mixed }\n  communication {\n    information-on: 3\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
