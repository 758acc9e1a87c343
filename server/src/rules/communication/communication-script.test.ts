import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { communicationScript as rule } from "./communication-script";

const population = (id: string, languages: string) => `  population ${id} "Oʻzbek ishchilari" {\n    size: 10  nationalities: UZ  languages: ${languages}\n  }`;
const plan = (populations: string[], channels: string[]) =>
  `plan "P" {\n${populations.join("\n")}\n  communication {\n${channels.map((c) => `    ${c}`).join("\n")}\n  }\n}\n`;

describe("COMM011 communication-script", () => {
  it("reports a population whose script no written channel in its language writes, on its header", () => {
    const findings = run(rule, plan([population("uz_workers", "uz-Latn, ru")], ['channel sms "SMS" { medium: sms  languages: uz-Cyrl, ru }', 'channel app "App" { medium: messaging-app  languages: uzb-Cyrl }'.replace("uzb-Cyrl", "uz-Cyrl")]));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.equal(
      findings[0].message,
      "Population uz_workers reads Uzbek (uz-Latn) in Latin script, but the written channels that reach it in that language (sms and app) write it in Cyrillic (uz-Cyrl). Add uz-Latn to one of them, or a channel that writes it: a message in a script people cannot read does not reach them (MICIC Guidelines 6 and 9).",
    );
  });

  it("is satisfied by a written channel in the same script, or one that names no script", () => {
    assert.deepEqual(run(rule, plan([population("p", "uz-Latn")], ['channel sms "SMS" { medium: sms  languages: uz-Cyrl, uz-Latn }'])), []);
    assert.deepEqual(run(rule, plan([population("p", "uz-Latn")], ['channel sms "SMS" { medium: sms  languages: uzb }'])), []);
  });

  it("leaves spoken channels alone: a voice has no script", () => {
    assert.deepEqual(run(rule, plan([population("p", "uz-Latn")], ['channel radio "Radio" { medium: radio  languages: uz-Cyrl }'])), []);
  });

  it("says nothing for a population that names no script, or a language no written channel uses (COMM001's)", () => {
    assert.deepEqual(run(rule, plan([population("p", "uz")], ['channel sms "SMS" { medium: sms  languages: uz-Cyrl }'])), []);
    const text = plan([population("p", "uz-Latn")], ['channel sms "SMS" { medium: sms  languages: ru }']);
    assert.deepEqual(run(rule, text), []);
    assert.ok(check(text).some((f) => f.code === "COMM001"));
  });

  it("counts only the channels that reach the population", () => {
    const text = plan([population("a", "uz-Latn"), population("b", "uz-Cyrl")], ['channel sms "SMS" { medium: sms  languages: uz-Cyrl  reaches: b }', 'channel web "Web" { medium: website  languages: uz-Latn  reaches: a }']);
    assert.deepEqual(run(rule, text), []);
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});
