import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { communicationLanguageCoverage as rule } from "./communication-language-coverage";

/** A population on three lines (header on the first), then whatever follows. */
const population = (id: string, languages: string) =>
  `  population ${id} "${id} workers" {\n    size: 10  nationalities: LA  languages: ${languages}\n  }`;
const plan = (populations: string[], channels: string[]) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n${channels.map((c) => `    ${c}`).join("\n")}\n  }\n}\n`;

describe("COMM001 communication-language-coverage", () => {
  it("passes when every language of every population is on a channel that reaches it", () => {
    const text = plan(
      [population("lao", "lo, th"), population("mm", "my")],
      ['channel radio "Radio" { medium: radio  languages: th }', 'channel app "App" { medium: messaging-app  languages: lo, my  reaches: lao, mm }'],
    );
    assert.deepEqual(run(rule, text), []);
  });

  it("compares languages by language, whatever the form of their codes (ISO 639-1, -2, BCP 47 with script or region)", () => {
    const text = plan(
      [population("uzb", "uzb, rus"), population("tjk", "tgk, ru-RU"), population("kaz", "kk")],
      ['channel sms "SMS" { medium: sms  languages: uz-Cyrl, ru }', 'channel radio "Радио" { medium: radio  languages: tg, kaz }'],
    );
    assert.deepEqual(run(rule, text), []);
    const [finding] = run(rule, plan([population("uzb", "uzb, uz-Latn")], ['channel sms "SMS" { medium: sms  languages: ru }']));
    assert.match(finding.message, /understands Uzbek \(uzb\)/);
    assert.equal(run(rule, plan([population("uzb", "uzb, uz-Latn")], ['channel sms "SMS" { medium: sms  languages: ru }'])).length, 1, "uzb and uz-Latn are one language: one finding");
  });

  it("counts a channel without 'reaches' as reaching everyone", () => {
    const text = plan([population("lao", "lo"), population("mm", "my")], ['channel radio "Radio" { medium: radio  languages: lo, my }']);
    assert.deepEqual(run(rule, text), []);
  });

  it("does not count a channel whose 'reaches' names other populations", () => {
    const text = plan(
      [population("lao", "lo"), population("mm", "my")],
      ['channel app "App" { medium: messaging-app  languages: lo, my  reaches: mm }'],
    );
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /^Population lao understands Lao \(lo\), but no channel reaches it at all\./);
    assert.deepEqual(findings[0].fixes, [], "no channel reaches lao, so there is none to extend");
  });

  it("reports once per population and language, on the population's header", () => {
    const text = plan(
      [population("lao", "lo, th, km"), population("mm", "my, th")],
      ['channel radio "Radio" { medium: radio  languages: th }'],
    );
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning", "2:3 warning", "5:3 warning"]);
    assert.deepEqual(
      findings.map((f) => f.message.match(/understands .*? \((\w+)\)/)?.[1]),
      ["lo", "km", "my"],
    );
    assert.match(findings[0].message, /Add "lo" to the languages of a channel that reaches it, such as radio: .*\(MICIC Guidelines 6 and 9\)\.$/);
    assert.doesNotMatch(findings[0].message, /\n/);
  });

  it("names a population's language once even when it is listed twice", () => {
    const text = plan([population("lao", "lo, lo")], ['channel radio "Radio" { medium: radio  languages: th }']);
    assert.equal(run(rule, text).length, 1);
  });

  it("stays silent without a communication section, and for a population without languages", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("lao", "lo")}\n}\n`), []);
    const noLanguages = `plan "P" {\n  population lao "Lao" { size: 10 }\n  communication {\n    channel radio "Radio" { medium: radio  languages: th }\n  }\n}\n`;
    assert.deepEqual(run(rule, noLanguages), []);
  });

  it("reports every language when the section has no channel, without a fix", () => {
    const text = `plan "P" {\n${population("lao", "lo, th")}\n  communication {\n    rumour-tracking: yes\n  }\n}\n`;
    const findings = run(rule, text);
    assert.deepEqual(at(findings), ["2:3 warning", "2:3 warning"]);
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it("fixes by adding the language to a channel that names the population in 'reaches' before one that reaches everyone", () => {
    const text = plan(
      [population("lao", "lo, th")],
      ['channel radio "Radio" { medium: radio  languages: th }', 'channel app "App" { medium: messaging-app  languages: th  reaches: lao }'],
    );
    const fixed = assertFixRemoves(rule, text);
    assert.equal(
      fixed,
      plan(
        [population("lao", "lo, th")],
        ['channel radio "Radio" { medium: radio  languages: th }', 'channel app "App" { medium: messaging-app  languages: th, lo  reaches: lao }'],
      ),
    );
    assert.equal(run(rule, text)[0].fixes[0].title, "Add 'lo' to the languages of channel 'app'");
    assert.equal(run(rule, text)[0].fixes[0].kind, "suggestion");
  });

  it("falls back to a channel that reaches everyone, preferring one that already lists languages", () => {
    const text = plan(
      [population("lao", "lo")],
      ['channel sirens "Sirens" { medium: loudspeaker }', 'channel radio "Radio" { medium: radio  languages: th }'],
    );
    assert.equal(
      applyFix(text, run(rule, text)[0]),
      plan([population("lao", "lo")], ['channel sirens "Sirens" { medium: loudspeaker }', 'channel radio "Radio" { medium: radio  languages: th, lo }']),
    );
  });

  it("inserts 'languages' on a channel that has none", () => {
    const text = `plan "P" {\n${population("lao", "lo")}\n  communication {\n    channel visits "Visits" {\n      medium: door-to-door\n      reaches: lao\n    }\n  }\n}\n`;
    const fixed = assertFixRemoves(rule, text);
    assert.equal(fixed, text.replace("      reaches: lao\n", "      reaches: lao\n      languages: lo\n"));
  });

  it("does not crash on a broken plan", () => {
    const broken = `plan "P" {\n  population lao "L" { languages: "lo", 3 }\n  population { languages: lo }\n  communication {\n    channel c "C" { reaches: "lao", 4  languages: 7 }\n    channel { languages: lo }\n  }\n}\n`;
    const findings = checkText(broken).findings.filter((f) => f.code === rule.meta.code);
    assert.deepEqual(findings.filter((f) => /failed on this plan/.test(f.message)), []);
  });
});
