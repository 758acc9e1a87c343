import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ConfigError, configJsonSchema, parseConfig, presetSeverities, settingsFor } from "../../server/src/core/config";
import { ConfigFiles } from "../../server/src/workspace/config-files";
import { micicConfig, micicRules } from "../../server/src/workspace/micic-rules";
import { check } from "../helpers/plan";

const plan = 'plan "P" {\n  evacuation {\n    # micic-disable-next-line EVAC010 -- kept together by law\n    regardless-of-status: yes\n  }\n}\n';

describe("configuration", () => {
  it("reads presets, rules by code and by name, and staleAfterMonths", () => {
    const config = parseConfig('{ "extends": "strict", "rules": { "EVAC010": "off", "communication-rumours": "error" }, "staleAfterMonths": 12 }', "x.json", micicConfig);
    assert.equal(config.extends, "strict");
    assert.equal(config.rules.get("EVAC010"), "off");
    assert.equal(config.rules.get("COMM010"), "error");
    assert.equal(config.staleAfterMonths, 12);
  });

  const bad: [string, RegExp][] = [
    ['{ "rules": { "EVAC999": "off" } }', /^x\.json:1:14: unknown rule 'EVAC999'; did you mean 'EVAC009'\?/],
    ['{ "rules": { "EVAC010": "loud" } }', /rule 'EVAC010' is set to "loud"; use one of off, info, warning, error/],
    ['{ "rules": { "SYN001": "off" } }', /SYN001 \(syntax\) is a rule of the plan language and cannot be turned off/],
    ['{ "extends": "lenient" }', /"extends" is "lenient"; use "recommended" or "strict"/],
    ['{ "staleAfterMonths": "two years" }', /"staleAfterMonths" is "two years"/],
    ['{ "ruels": {} }', /^x\.json:1:3: unknown setting "ruels"; did you mean "rules"\? The settings are extends, rules, staleAfterMonths, maxFindings$/],
    ['{ "rules": { "EVAC010": "of" } }', /rule 'EVAC010' is set to "of"; use one of off, info, warning, error \(did you mean "off"\?\)/],
    ['{ "__proto__": { "polluted": true } }', /^x\.json:1:3: "__proto__" is not a setting; remove it$/],
    ['{ "rules": { "constructor": "off" } }', /^x\.json:1:14: "constructor" is not a setting; remove it$/],
    [`{ "rules": ${"[".repeat(100_000)}${"]".repeat(100_000)} }`, /^x\.json:1:\d+: nested more than 16 deep; a configuration is an object of settings/],
    ["", /^x\.json:1:1: not valid JSON/],
    ["[1, 2]", /must be a JSON object/],
    ['{\n  "rules": { "EVAC010": "off", }\n}', /x\.json:2:32: not valid JSON/],
    ['{ "rules": {} // note\n}', /not valid JSON/],
  ];
  for (const [text, message] of bad) {
    it(`rejects ${text.replace(/\n/g, " ")} with one clear message`, () => {
      assert.throws(() => parseConfig(text, "x.json", micicConfig), (e: unknown) => e instanceof ConfigError && message.test(e.message));
    });
  }

  it("reports every problem at once, in the order of the file, each with its place", () => {
    const text = '{\n  "extends": "strickt",\n  "rules": { "EVAC999": "off", "SYN001": "off", "EVAC010": "loud" },\n  "staleAfterMonth": 12\n}';
    assert.throws(
      () => parseConfig(text, "x.json", micicConfig),
      (e: unknown) =>
        e instanceof ConfigError &&
        assert.deepEqual(e.message.split("\n").map((l) => l.replace(/;.*/, "")), [
          'x.json:2:3: "extends" is "strickt"',
          "x.json:3:14: unknown rule 'EVAC999'",
          "x.json:3:32: SYN001 (syntax) is a rule of the plan language and cannot be turned off",
          "x.json:3:49: rule 'EVAC010' is set to \"loud\"",
          'x.json:4:3: unknown setting "staleAfterMonth"',
        ]) === undefined,
    );
  });

  it("accepts a byte-order mark, as Windows editors write one", () => {
    assert.equal(parseConfig('\ufeff{ "rules": { "EVAC010": "off" } }', "x.json", micicConfig).rules.get("EVAC010"), "off");
  });

  it("strict raises every MICIC rule one step and leaves language rules alone", () => {
    const strict = presetSeverities(micicRules, "strict");
    assert.equal(strict.get("EVAC010"), "warning"); // info → warning
    assert.equal(strict.get("EVAC002"), "error"); // warning → error
    assert.equal(strict.get("SCH003"), undefined);
    assert.equal(presetSeverities(micicRules, "recommended").size, 0);
  });

  it("precedence: inline comment > CLI flag > configuration file > preset", () => {
    const file = parseConfig('{ "extends": "strict", "rules": { "EVAC004": "info" } }', "x.json", micicConfig);
    const severity = (settings: ReturnType<typeof settingsFor>, code: string) =>
      check(plan, settings).find((f) => f.code === code)?.severity ?? "none";
    assert.equal(severity(settingsFor(micicRules, undefined), "EVAC004"), "warning", "the rule's default");
    assert.equal(severity(settingsFor(micicRules, file), "EVAC011"), "warning", "the preset raises info");
    assert.equal(severity(settingsFor(micicRules, file), "EVAC004"), "info", "the file beats the preset");
    assert.equal(severity(settingsFor(micicRules, file, { rules: new Map([["EVAC004", "error"]]) }), "EVAC004"), "error", "the flag beats the file");
    const suppressed = `# micic-disable EVAC010 -- families are kept together by law\n${plan}`;
    const flagged = settingsFor(micicRules, file, { rules: new Map([["EVAC010", "error"]]) });
    assert.equal(check(suppressed, flagged).find((f) => f.code === "EVAC010"), undefined, "the comment beats the flag");
  });

  it("finds the nearest .micicrc.json, walking up from the plan", () => {
    const root = mkdtempSync(path.join(tmpdir(), "micic-config-"));
    mkdirSync(path.join(root, "a", "b"), { recursive: true });
    writeFileSync(path.join(root, ".micicrc.json"), '{ "rules": { "EVAC010": "off" } }');
    writeFileSync(path.join(root, "a", ".micicrc.json"), '{ "rules": { "EVAC010": "error" } }');
    const files = new ConfigFiles();
    assert.equal(files.forFile(path.join(root, "top.micic"))?.rules.get("EVAC010"), "off");
    assert.equal(files.forFile(path.join(root, "a", "b", "deep.micic"))?.rules.get("EVAC010"), "error");
    writeFileSync(path.join(root, "a", "b", ".micicrc.json"), "{ nope");
    assert.throws(() => new ConfigFiles().forFile(path.join(root, "a", "b", "deep.micic")), /\.micicrc\.json:1:3: not valid JSON/);
  });

  it("publishes a JSON schema that names every rule by code and by name", () => {
    const schema = configJsonSchema(micicRules) as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
    const rules = schema.properties.rules.properties;
    assert.deepEqual(rules["EVAC005"].enum, ["off", "info", "warning", "error"]);
    assert.deepEqual(rules["evacuation-non-refoulement"].enum, ["off", "info", "warning", "error"]);
    assert.ok(!rules["SYN001"].enum.includes("off"), "language rules cannot be turned off");
  });
});
