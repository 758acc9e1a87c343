import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { communicationHardToReach as rule } from "./communication-hard-to-reach";

/** A population on one line (line 2 for the first, 3 for the second…). */
const population = (id: string, vulnerabilities: string) =>
  `  population ${id} "${id}" { size: 10  nationalities: NG  languages: en, ha  vulnerabilities: ${vulnerabilities} }`;
const radio = '    channel radio "Radio" { medium: radio  languages: en, ha }';
const plan = (populations: string[], ...communication: string[]) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n${[radio, ...communication].join("\n")}\n  }\n}\n`;
/** A stakeholder line, to put before the populations. */
const stakeholder = (id: string, attributes: string) => `  stakeholder ${id} "${id}" { contact: "1"  ${attributes} }`;

describe("COMM008 communication-hard-to-reach", () => {
  it("passes when an outreach channel names the population in 'reaches'", () => {
    for (const medium of ["door-to-door", "community-meeting", "messaging-app"]) {
      const text = plan([population("labourers", "undocumented")], `    channel visits "Visits" { medium: ${medium}  languages: ha  reaches: labourers }`);
      assert.deepEqual(run(rule, text), [], medium);
    }
  });

  it("passes when an outreach channel has no 'reaches' and so reaches everyone", () => {
    const text = plan([population("labourers", "undocumented")], '    channel groups "Groups" { medium: messaging-app  languages: ha }');
    assert.deepEqual(run(rule, text), []);
  });

  it("reports each hard-to-reach population reached by broadcasts only, on its header", () => {
    const text = plan([
      population("labourers", "undocumented"),
      population("carers", "domestic-workers, children"),
      population("newcomers", "limited-local-language"),
      population("families", "children"),
    ]);
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning", "3:3 warning", "4:3 warning"]);
    assert.match(
      findings[0].message,
      /^Population labourers includes undocumented people, whom broadcasts and notices often miss, yet no door-to-door, community-meeting or messaging-app channel reaches it and the plan lists no trusted messenger\. Add such a channel for it, .*\(MICIC Guideline 6\)\.$/,
    );
    assert.match(findings[1].message, /includes domestic workers,/);
  });

  it("does not count an outreach channel that names only other populations", () => {
    const text = plan(
      [population("labourers", "undocumented"), population("families", "children")],
      '    channel visits "Visits" { medium: door-to-door  languages: ha  reaches: families }',
    );
    assert.deepEqual(at(run(rule, text)), ["2:3 warning"]);
  });

  it("counts a trusted messenger who speaks one of the population's languages, or is its consulate", () => {
    const withMessenger = (attributes: string) =>
      `plan "P" {\n${stakeholder("voice", attributes)}\n${population("labourers", "undocumented")}\n  communication {\n    trusted-messengers: voice\n${radio}\n  }\n}\n`;
    assert.deepEqual(run(rule, withMessenger("kind: diaspora  languages: ha")), [], "speaks Hausa");
    assert.deepEqual(run(rule, withMessenger("kind: consulate  country: NG  languages: fr")), [], "the Nigerian consulate");
    assert.deepEqual(run(rule, withMessenger("kind: civil-society")), [], "languages not given: taken on trust");
    const findings = run(rule, withMessenger("kind: civil-society  languages: ar, fr"));
    assert.deepEqual(at(findings), ["3:3 warning"]);
    assert.match(findings[0].message, /no trusted messenger speaks English \(en\) or Hausa \(ha\)\./);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("labourers", "undocumented")}\n}\n`), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  stakeholder s "S" { languages: 3  country: "NG" }\n  population p "P" { vulnerabilities: "undocumented", 3, undocumented  languages: 4 }\n  communication {\n    trusted-messengers: s, 5\n    channel c "C" { medium: 3  reaches: "p" }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
