import assert from "node:assert/strict";
import { check } from "../../../../test/helpers/plan";
import { at, run } from "../../../../test/helpers/rule";
import { lookalikeName as rule } from "./lookalike-name";

const plan = (body: string) => `plan "P" {\n${body}\n}\n`;
const stakeholder = (id: string, n: number) => `  stakeholder ${id} "S${n}" { kind: government  contact: "+998 71 000 000${n}" }`;

describe("NAM004 lookalike-name", () => {
  it("passes names in one script, Cyrillic, Uzbek Latin or ASCII", () => {
    assert.deepEqual(run(rule, plan([stakeholder("мчс", 1), stakeholder("oʻzbek_elchixonasi", 2), stakeholder("kg_embassy", 3)].join("\n"))), []);
  });

  it("reports a name that mixes scripts, and shows it in its main script", () => {
    const findings = run(rule, plan(stakeholder("мчc", 1)));
    assert.deepEqual(at(findings), ["2:15 warning"]);
    assert.equal(
      findings[0].message,
      "The name 'мчc' mixes Cyrillic and Latin letters (c is Latin). It looks like 'мчс', but to the checker it is another name. Write all of its letters in Cyrillic, so that references to it find it.",
    );
  });

  it("reports a name that looks exactly like another declared name, in another script", () => {
    const findings = run(rule, plan([stakeholder("асе", 1), stakeholder("ace", 2)].join("\n")));
    assert.deepEqual(at(findings), ["3:15 warning"]);
    assert.match(findings[0].message, /^The name 'ace' looks exactly like 'асе' \(line 2\)/);
    assert.deepEqual(findings[0].related.map((r) => r.message), ["'асе' is declared here"]);
  });

  it("leaves a reference to the mixed name to NAM002, which finds no declaration for it", () => {
    const findings = check(plan(`  lead: мчс\n${stakeholder("мчc", 1)}`));
    assert.deepEqual(findings.filter((f) => f.code === "NAM004").length, 1);
    assert.deepEqual(findings.filter((f) => f.code === "NAM002").length, 1);
  });
});

describe("NAM002 with look-alike names", () => {
  it("suggests the declared name a reference looks like, letter for letter, and says why it is not found", () => {
    const text = plan(`  lead: мчc\n${stakeholder("мчс", 1)}`);
    const [finding] = check(text).filter((f) => f.code === "NAM002");
    assert.match(finding.message, /^No stakeholder is named 'мчc'.* It looks like 'мчс', which is declared, but some of its letters are from another script/);
    assert.equal(finding.fixes[0].title, "Change to 'мчс'");
    assert.deepEqual(check(text.replace("lead: мчc", "lead: мчс")).filter((f) => f.code === "NAM002"), []);
  });
});
