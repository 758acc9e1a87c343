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
      `The pathway rations is given only in th, which myanmar (my) and cambodian (km) do not understand. Add a language they understand to its "languages", name in "serves" whom it is for, or arrange interpretation: a referral helps only if people can talk to the service (MICIC Guidelines 6 and 12).`,
    );
    assert.deepEqual(findings[0].related.map((r) => r.message), ["myanmar understands my", "cambodian understands km"]);
  });

  it("compares languages by language, whatever the form of their codes", () => {
    const people = [
      `  population uzbeks "Узбекские рабочие" { size: 10  nationalities: UZ  languages: uzb }`,
      `  population tajiks "Tajik workers" { size: 10  nationalities: TJ  languages: tgk, rus }`,
    ].join("\n");
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: uz-Cyrl, ru-RU }`, people)), []);
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: uz  serves: uzbeks }`, people)), []);
    assert.equal(run(rule, plan(`    pathway care "Care" { need: health  languages: ru }`, people)).length, 1, "uzbeks (uzb) are not served in Russian");
  });

  it("checks a pathway against the populations it serves, and only those", () => {
    assert.deepEqual(run(rule, plan(`    pathway care "Care" { need: health  languages: my  serves: myanmar }`)), []);
    const findings = run(rule, plan(`    pathway care "Care" { need: health  languages: my  serves: myanmar, lao }`));
    assert.deepEqual(at(findings), ["6:41 info"]);
    assert.match(findings[0].message, /given only in my, which lao \(lo and th\) does not understand\./);
    assert.deepEqual(findings[0].related.map((r) => r.message), ["lao understands lo and th"]);
  });

  it("reads 'serves: all' as every population, like no 'serves'", () => {
    const findings = run(rule, plan(`    pathway care "Care" { need: health  languages: th  serves: all }`));
    assert.match(findings[0].message, /which myanmar \(my\) and cambodian \(km\) do not understand/);
  });

  it("leaves a name in 'serves' that is no population to the language rules", () => {
    const text = plan(`    pathway care "Care" { need: health  languages: my  serves: myanmar, nobody }`);
    assert.deepEqual(check(text).filter((f) => f.code === "REF009"), []);
    assert.deepEqual(check(text).filter((f) => f.code === "NAM002").length, 1);
  });

  it("names five of many populations it cannot serve, counts the rest, and links to ten", () => {
    const people = Array.from({ length: 400 }, (_, i) => `  population p${i} "P${i}" { size: 10  nationalities: MM  languages: ${i % 4 === 0 ? "th" : "my"} }`).join("\n");
    const [finding] = run(rule, plan(`    pathway rations "Rations" { need: food  languages: th }`, people));
    assert.match(finding.message, /which 300 of the populations it serves do not understand, among them p1 \(my\), p2 \(my\), p3 \(my\), p5 \(my\) and p6 \(my\)\./);
    assert.equal(finding.related.length, 10);
    const listed = Array.from({ length: 400 }, (_, i) => `p${i}`).join(", ");
    const [named] = run(rule, plan(`    pathway rations "Rations" { need: food  languages: th  serves: ${listed} }`, people));
    assert.equal(named.message, finding.message);
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
