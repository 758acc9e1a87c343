import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { TODAY } from "../../../../test/helpers/plan";
import { communicationTwoWay as rule } from "./communication-two-way";

const radio = '    channel radio "Radio" { medium: radio  languages: ru }';
const hotline = '    channel hotline "Hotline" { medium: hotline  languages: ru  two-way: yes }';
const app = '    channel app "App" { medium: messaging-app  languages: ru  two-way: yes }';
const plan = (...members: string[]) => `plan "P" {\n  communication {\n${members.join("\n")}\n  }\n}\n`;

describe("COMM003 communication-two-way", () => {
  it("passes when feedback points at a two-way channel", () => {
    assert.deepEqual(run(rule, plan("    feedback: hotline", radio, hotline)), []);
  });

  it("reports a missing feedback on the section keyword and offers to point it at the two-way channel", () => {
    const text = plan(radio, hotline);
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /^The communication section has no "feedback" channel\. Point "feedback" at hotline, the two-way channel: .*\(MICIC Guideline 9\)\.$/);
    assert.equal(findings[0].fixes[0].kind, "suggestion");
    assert.equal(assertFixRemoves(rule, text), plan("    feedback: hotline", radio, hotline));
  });

  it("reports feedback pointing at a one-way channel on the attribute, and repoints it", () => {
    const text = plan("    feedback: radio", radio, hotline);
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["3:5 warning"]);
    assert.match(findings[0].message, /^"feedback" points at radio, which is not two-way\. Point "feedback" at hotline, .* or set "two-way: yes" on radio/);
    assert.equal(applyFix(text, findings[0]), plan("    feedback: hotline", radio, hotline));
  });

  it("counts 'two-way: no' and a missing 'two-way' alike as one-way", () => {
    const text = plan("    feedback: radio", radio.replace("languages: ru", "languages: ru  two-way: no"));
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["3:5 warning"]);
    assert.match(findings[0].message, /which is not two-way, and no channel has "two-way: yes"/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("offers one suggestion per two-way channel (the first three), none applied by --fix", () => {
    const findings = run(rule, plan(radio, hotline, app));
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.kind]), [
      ["Point 'feedback' at channel 'hotline'", "suggestion"],
      ["Point 'feedback' at channel 'app'", "suggestion"],
    ]);
    const many = [1, 2, 3, 4].map((n) => `    channel line${n} "Line ${n}" { medium: hotline  languages: ru  two-way: yes }`);
    assert.deepEqual(run(rule, plan(radio, ...many))[0].fixes.map((f) => f.title.match(/'(line\d)'/)?.[1]), ["line1", "line2", "line3"]);
  });

  it("reports a plan with no two-way channel and no feedback, without a fix", () => {
    const findings = run(rule, plan(radio));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /no "feedback" channel and no channel with "two-way: yes"\. Set "two-way: yes" on a channel/);
    assert.deepEqual(findings[0].fixes, []);
  });

  it("leaves a feedback naming no channel to NAM002, unless no channel is two-way", () => {
    const withTwoWay = checkText(plan("    feedback: helpline", hotline), { today: TODAY }).findings;
    assert.ok(withTwoWay.some((f) => f.code === "NAM002"));
    assert.deepEqual(withTwoWay.filter((f) => f.code === rule.meta.code), []);
    const without = checkText(plan("    feedback: helpline", radio), { today: TODAY }).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(at(without), ["2:3 warning"]);
    assert.match(without[0].message, /^No channel in the communication section has "two-way: yes"/);
  });

  it("says nothing without a communication section (PLAN004's business)", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  communication {\n    feedback: "hotline", 3\n    channel c "C" { two-way: "yes" }\n    channel { two-way: yes }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
