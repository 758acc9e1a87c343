import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { referralLanguages as rule } from "./referral-languages";

const populations = [
  `  population myanmar "Myanmar workers" { size: 10  nationalities: MM  languages: my }`,
  `  population cambodian "Cambodian workers" { size: 10  nationalities: KH  languages: km }`,
  `  population lao "Lao workers" { size: 10  nationalities: LA  languages: lo, th }`,
].join("\n");

const plan = (pathways: string, people = populations) => `plan "P" {\n${people}\n  referral {\n${pathways}\n  }\n}\n`;

describe("REF009 referral-languages", () => {
  it("passes when a pathway shares a language with every population", () => {
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: th, my, km }`)), []);
  });

  it("reports one info per pathway, on its languages, naming every population it cannot serve", () => {
    const findings = run(rule, plan(`    pathway rations "Rations" { need: food  languages: th }`));
    assert.deepEqual(at(findings), ["6:45 info"]);
    assert.equal(
      findings[0].message,
      `The pathway rations is given only in th, which myanmar (my) and cambodian (km) do not understand. Add a language they understand to its "languages", or arrange interpretation: a referral helps only if people can talk to the service (MICIC Guidelines 6 and 12).`,
    );
    assert.deepEqual(findings[0].related.map((r) => r.message), ["myanmar understands my", "cambodian understands km"]);
  });

  it("needs one language in common, not all of a population's languages", () => {
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: lo, my, km }`)), []);
  });

  it("reports each pathway on its own, and pathways with the same languages alike", () => {
    const findings = run(rule, plan([
      `    pathway a "A" { need: food  languages: th, my }`,
      `    pathway b "B" { need: health  languages: km, th, my }`,
      `    pathway c "C" { need: shelter  languages: my, th }`,
    ].join("\n")));
    assert.deepEqual(at(findings), ["6:33 info", "8:36 info"]);
    assert.match(findings[0].message, /which cambodian \(km\) does not understand/);
    assert.match(findings[1].message, /pathway c is given only in my and th, which cambodian \(km\) does not understand/);
  });

  it("does not check a pathway without languages, nor a population without them", () => {
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health }`)), []);
    const people = `  population unknown "Not yet surveyed" { size: 10  nationalities: MM }`;
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: th }`, people)), []);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${populations}\n}\n`), []);
  });

  it("does not check languages given as text", () => {
    const findings = check(plan(`    pathway care "Care" { need: health  languages: "Thai" }`));
    assert.deepEqual(findings.filter((f) => f.code === "REF009"), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });
});
