import assert from "node:assert/strict";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { referralVulnerableNeeds as rule } from "./referral-vulnerable-needs";

const population = (id: string, vulnerabilities: string) =>
  `  population ${id} "${id}" {\n    size: 100  nationalities: AF  languages: prs\n    vulnerabilities: ${vulnerabilities}\n  }`;

const plan = (populations: string[], pathways: string[]) =>
  `plan "P" {\n${populations.join("\n")}\n  referral {\n    consent: required\n${pathways.map((p) => `    ${p}`).join("\n")}\n  }\n}\n`;

const pathway = (need: string, id = need.replace(/-/g, "_")) => `pathway ${id} "${id}" { need: ${need} }`;

/** The 1-based line of the referral keyword in `plan(populations, …)`. */
const referralLine = (populations: number) => 2 + populations * 4;

describe("REF006 referral-vulnerable-needs", () => {
  it("passes when every vulnerability has its pathway", () => {
    const text = plan(
      [population("kids", "children, unaccompanied-children, trafficking-victims"), population("others", "asylum-seekers, stateless, pregnant")],
      ["child-protection", "family-tracing", "trafficking", "asylum", "health"].map((n) => pathway(n)),
    );
    assert.deepEqual(run(rule, text), []);
  });

  it("passes when no population declares a vulnerability that calls for a pathway", () => {
    assert.deepEqual(run(rule, plan([population("workers", "undocumented, domestic-workers, older-persons")], [])), []);
  });

  it("reports one warning per missing need, at the referral keyword, naming the populations", () => {
    const text = plan([population("kids", "unaccompanied-children"), population("families", "children")], []);
    const findings = run(rule, text);
    assert.deepEqual(at(findings), [`${referralLine(2)}:3 warning`, `${referralLine(2)}:3 warning`]);
    assert.equal(
      findings[0].message,
      `The referral section has no pathway for child protection, needed by kids (unaccompanied-children) and families (children). Add a pathway with "need: child-protection" and its provider: children separated or put at risk in a crisis need a child-protection agency that takes charge of them (MICIC Guideline 12).`,
    );
    assert.match(findings[1].message, /no pathway for family tracing and reunification, needed by kids \(unaccompanied-children\)\./);
    assert.deepEqual(findings[0].related.map((r) => r.message), ["kids declares unaccompanied-children", "families declares children"]);
  });

  it("reports one finding for a need however many vulnerabilities call for it", () => {
    const findings = run(rule, plan([population("a", "asylum-seekers, stateless"), population("b", "stateless")], []));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /asylum and international protection, needed by a \(asylum-seekers and stateless\) and b \(stateless\)/);
  });

  it("covers each vulnerability named in RULES.md", () => {
    const cases: [string, string[]][] = [
      ["children", ["child-protection"]],
      ["unaccompanied-children", ["child-protection", "family-tracing"]],
      ["trafficking-victims", ["trafficking"]],
      ["asylum-seekers", ["asylum"]],
      ["stateless", ["asylum"]],
      ["pregnant", ["health"]],
    ];
    for (const [vulnerability, needs] of cases) {
      const findings = run(rule, plan([population("p", vulnerability)], []));
      assert.deepEqual(findings.map((f) => /"need: ([a-z-]+)"/.exec(f.message)![1]), needs, vulnerability);
    }
  });

  it("is satisfied by the pathway whoever provides it, and by nothing else", () => {
    assert.deepEqual(run(rule, plan([population("p", "children")], [pathway("child-protection")])), []);
    assert.equal(run(rule, plan([population("p", "children")], [pathway("protection")])).length, 1);
  });

  it("says nothing without a referral section", () => {
    assert.deepEqual(run(rule, `plan "P" {\n${population("p", "children")}\n}\n`), []);
  });

  it("fixes by inserting the pathway, with a fresh id", () => {
    const text = plan([population("p", "trafficking-victims")], [pathway("health", "trafficking")]);
    const fixed = assertFixRemoves(rule, text);
    assert.equal(
      fixed,
      plan([population("p", "trafficking-victims")], [pathway("health", "trafficking"), `pathway trafficking_2 "filled in" {`, `  need: trafficking`, `}`]),
    );
  });

  it("inserts a maternal health pathway for pregnant women, apart from REF001's health pathway", () => {
    const text = plan([population("p", "pregnant")], []);
    const [finding] = run(rule, text);
    assert.match(applyFix(text, finding), /pathway maternal_health "…" \{\n {6}need: health\n {4}\}/);
    assertFixRemoves(rule, text);
  });

  it("names three of many populations that need the pathway in its one finding, counts the rest and links to ten", () => {
    const many = Array.from({ length: 300 }, (_, i) => population(`p${i}`, "children"));
    const findings = run(rule, plan(many, []));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /needed by p0 \(children\), p1 \(children\), p2 \(children\) and 297 more\./);
    assert.equal(findings[0].related.length, 10);
  });
});
