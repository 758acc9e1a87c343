import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { communicationRedundancy as rule } from "./communication-redundancy";

const channel = (id: string, medium: string) => `    channel ${id} "${id}" { medium: ${medium}  languages: ru }`;
const plan = (...channels: string[]) => `plan "P" {\n  communication {\n${channels.join("\n")}\n  }\n}\n`;

describe("COMM002 communication-redundancy", () => {
  it("passes with two media, one of which survives a power or internet cut", () => {
    assert.deepEqual(run(rule, plan(channel("hotline", "hotline"), channel("radio", "radio"))), []);
    assert.deepEqual(run(rule, plan(channel("sms", "sms"), channel("broadcast", "cell-broadcast"))), []);
  });

  it("counts each of radio, loudspeaker, door-to-door, community-meeting, printed, sms and cell-broadcast as resilient", () => {
    for (const medium of ["radio", "loudspeaker", "door-to-door", "community-meeting", "printed", "sms", "cell-broadcast"]) {
      assert.deepEqual(run(rule, plan(channel("web", "website"), channel("other", medium))), [], medium);
    }
  });

  it("reports two media that both need power or the internet, on the section keyword", () => {
    const findings = run(rule, plan(channel("hotline", "hotline"), channel("web", "website"), channel("tv", "tv")));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /has no channel that still works when power or the internet fails\. Add a radio, .* or cell-broadcast channel: .*\(MICIC Guideline 6\)\.$/);
  });

  it("reports channels that all share one medium, even a resilient one", () => {
    const findings = run(rule, plan(channel("radio_a", "radio"), channel("radio_b", "radio")));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /uses only one medium \(radio\)\. Add a channel of another medium:/);
  });

  it("names both problems in one finding when one non-resilient medium is all there is", () => {
    const findings = run(rule, plan(channel("hotline", "hotline")));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /uses only one medium \(hotline\) and has no channel that still works/);
  });

  it("reports a section without channels, and ignores channels without a medium", () => {
    assert.match(run(rule, plan("    rumour-tracking: yes"))[0].message, /has no channel with a medium/);
    const findings = run(rule, plan(channel("radio", "radio"), '    channel blank "Blank" { languages: ru }'));
    assert.match(findings[0].message, /uses only one medium \(radio\)/);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  communication {\n    channel c "C" { medium: "radio", 3 }\n    channel { medium: radio }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
