import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { communicationAccessibleFormats as rule } from "./communication-accessible-formats";

/** A population on one line (line 2 for the first, 3 for the second…). */
const population = (id: string, vulnerabilities: string) =>
  `  population ${id} "${id}" { size: 10  nationalities: SY  languages: ar  vulnerabilities: ${vulnerabilities} }`;
const sms = '    channel sms "SMS" { medium: sms  languages: ar }';
const plan = (populations: string[], ...channels: string[]) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n${[sms, ...channels].join("\n")}\n  }\n}\n`;

describe("COMM009 communication-accessible-formats", () => {
  it("passes when a channel naming the population in 'reaches' has accessible formats", () => {
    const text = plan([population("syrians", "disabilities")], '    channel meetings "Meetings" { medium: community-meeting  reaches: syrians  accessible-formats: sign-language }');
    assert.deepEqual(run(rule, text), []);
  });

  it("passes when a channel without 'reaches' (reaching everyone) has accessible formats", () => {
    const text = plan([population("syrians", "disabilities")], '    channel lines "Lines" { medium: messaging-app  accessible-formats: audio, easy-read }');
    assert.deepEqual(run(rule, text), []);
  });

  it("reports each population with disabilities and no accessible channel, on its header", () => {
    const text = plan([population("syrians", "disabilities, children"), population("iraqis", "children"), population("afghans", "disabilities")]);
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning", "4:3 warning"]);
    assert.match(
      findings[0].message,
      /^Population syrians includes people with disabilities, but no channel that reaches it offers accessible formats\. Add "accessible-formats" \(audio, braille, easy-read, sign-language or pictograms\) to a channel that reaches syrians: .*\(MICIC Guideline 6\)\.$/,
    );
  });

  it("does not count an accessible channel that names only other populations", () => {
    const text = plan(
      [population("syrians", "disabilities"), population("iraqis", "children")],
      '    channel meetings "Meetings" { medium: community-meeting  reaches: iraqis  accessible-formats: pictograms }',
    );
    assert.deepEqual(at(run(rule, text)), ["2:3 warning"]);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("syrians", "disabilities")}\n}\n`), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  population p "P" { vulnerabilities: disabilities }\n  communication {\n    channel c "C" { accessible-formats: "audio", 3  reaches: 4 }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
