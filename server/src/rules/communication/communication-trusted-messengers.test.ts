import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { TODAY } from "../../../../test/helpers/plan";
import { communicationTrustedMessengers as rule } from "./communication-trusted-messengers";

const stakeholder = (id: string, kind: string) => `  stakeholder ${id} "${id}" { kind: ${kind}  contact: "1" }`;
const stakeholders = [
  stakeholder("mes", "government"),
  stakeholder("diaspora_group", "diaspora"),
  stakeholder("ngo", "civil-society"),
  stakeholder("church", "faith-based"),
  stakeholder("embassy", "consulate"),
  stakeholder("radio_co", "media"),
];
/** Six stakeholders on lines 2-7, the communication keyword on line 8. */
const plan = (...members: string[]) => `plan "P" {\n${stakeholders.join("\n")}\n  communication {\n${members.join("\n")}\n  }\n}\n`;

describe("COMM005 communication-trusted-messengers", () => {
  it("passes with a messenger of each trusted kind", () => {
    for (const id of ["diaspora_group", "ngo", "church", "embassy"]) {
      assert.deepEqual(run(rule, plan(`    trusted-messengers: mes, ${id}`)), [], id);
    }
  });

  it("reports messengers of other kinds only, on the attribute, suggesting declared ones", () => {
    const findings = run(rule, plan("    trusted-messengers: mes, radio_co"));
    assert.deepEqual(at(findings), ["9:5 warning"]);
    assert.match(
      findings[0].message,
      /^None of the trusted messengers \(mes and radio_co\) is a diaspora group, civil-society or faith-based organisation or consulate\. Add community voices migrants trust, such as diaspora_group \(diaspora\), ngo \(civil-society\) or church \(faith-based\) to "trusted-messengers": .*\(MICIC Guidelines 5 and 6\)\.$/,
    );
  });

  it("reports missing trusted-messengers on the section keyword", () => {
    const findings = run(rule, plan("    rumour-tracking: yes"));
    assert.deepEqual(at(findings), ["8:3 warning"]);
    assert.match(findings[0].message, /^The communication section names no "trusted-messengers"\./);
  });

  it("asks for a new stakeholder when the plan declares none of a trusted kind", () => {
    const text = `plan "P" {\n${stakeholders[0]}\n  communication {\n    trusted-messengers: mes\n  }\n}\n`;
    assert.match(run(rule, text)[0].message, /Declare a diaspora group, civil-society or faith-based organisation or consulate/);
  });

  it("does not count names that are not declared stakeholders", () => {
    const findings = checkText(plan("    trusted-messengers: unknown_group"), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(findings), ["9:5 warning"]);
    assert.match(findings[0].message, /"trusted-messengers" names no declared stakeholder/);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${stakeholders.join("\n")}\n}\n`), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  stakeholder s "S" { kind: 3 }\n  stakeholder { kind: diaspora }\n  communication {\n    trusted-messengers: "s", 4, s\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
