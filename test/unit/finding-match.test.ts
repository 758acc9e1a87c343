/**
 * Matching findings across revisions (core/finding-match.ts) and what a
 * plan commits to (core/commitments.ts): the ground `micic-plan diff` and
 * baselines stand on. A finding keeps its identity when its block moves or
 * lines are added above it; two findings of one rule on one block stay
 * two; names in Cyrillic and Uzbek Latin anchor like any other.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compareCommitments, planCommitments } from "../../server/src/core/commitments";
import { anchorAt, findingKeys, matchFindings } from "../../server/src/core/finding-match";
import { parseDocument } from "../../server/src/core/document";
import { checkRevision, compareRevisions } from "../../server/src/cli/compare-revisions";
import { allRules } from "../../server/src/rules/index";
import { repoRoot } from "../helpers/plan";

const settings = { rules: allRules };
const sample = (name: string) => readFileSync(path.join(repoRoot, "samples", name), "utf8");

const PLAN = `plan "Тошкент: сел" {
  country: "Uzbekistan"
  hazards: mudflow
  population мардикорлар "Мавсумий ишчилар" {
    size: 1200
    languages: uz, tg
  }
  population oʻquvchilar "Talabalar" {
    size: 300
  }
  evacuation {
    consent: not-sought
    assembly-point maktab_12 "School 12" {
      capacity: 500
    }
  }
}
`;

describe("finding anchors", () => {
  const document = parseDocument(PLAN);
  const at = (needle: string, offset = 0) => anchorAt(document.members, PLAN.indexOf(needle) + offset);

  it("name the block by its id, in any script, and the attribute a finding stands in", () => {
    assert.equal(at("population мардикорлар"), "population:мардикорлар");
    assert.equal(at("languages: uz"), "population:мардикорлар#languages");
    assert.equal(at("population oʻquvchilar"), "population:oʻquvchilar");
    assert.equal(at("size: 300"), "population:oʻquvchilar#size");
  });

  it("keep at most 80 characters of a name, so that a baseline of a plan with huge names stays readable", () => {
    const long = "н".repeat(500);
    const text = `plan "P" {\n  population ${long} "G" {\n    size: 1\n  }\n}\n`;
    const huge = parseDocument(text);
    assert.equal(anchorAt(huge.members, text.indexOf("size")), `population:${"н".repeat(80)}#size`);
  });

  it("name a block without an id by its kind, and the plan's own attributes under 'plan'", () => {
    assert.equal(at("evacuation {"), "evacuation");
    assert.equal(at("consent: not-sought"), "evacuation#consent");
    assert.equal(at("hazards"), "plan#hazards");
    assert.equal(at("plan \""), "plan");
    // An assembly point declares an id: it is anchored by it, wherever it stands.
    assert.equal(at("capacity: 500"), "assembly-point:maktab_12#capacity");
  });
});

describe("matching the findings of two revisions", () => {
  it("keeps every finding when blocks move and lines are added above them", () => {
    const before = sample("beirut-conflict.micic");
    // The populations moved to the end of the plan, and a comment put on top.
    const populations = before.match(/\n  population [\s\S]*?\n  }\n/g) ?? [];
    assert.ok(populations.length >= 2, "the sample has populations to move");
    let moved = before;
    for (const block of populations) moved = moved.replace(block, "\n");
    moved = "# Revised by the ministry, second reading\n\n" + moved.replace(/\n}\s*$/, `\n${populations.join("")}}\n`);
    const a = checkRevision(before, "plan", settings);
    const b = checkRevision(moved, "plan", settings);
    assert.ok(a.findings.length > 0, "the sample has findings to match");
    assert.notDeepEqual(
      a.findings.map((f) => f.finding.range.start.line),
      b.findings.map((f) => f.finding.range.start.line),
      "the findings moved",
    );
    const comparison = compareRevisions(a, b);
    assert.deepEqual(comparison.introduced.map((f) => f.code), []);
    assert.deepEqual(comparison.resolved.map((f) => f.code), []);
    assert.equal(comparison.unchanged.length, a.findings.length);
    assert.deepEqual(comparison.commitments, [], "moving blocks changes no commitment");
  });

  it("tells apart two findings of one rule on one block, and pairs what is left in order", () => {
    const key = (anchor: string, subject: string) => ({ anchor, subject });
    const before = [
      { code: "SCH002", key: key("population:a#size", "size: tons") },
      { code: "SCH002", key: key("population:a#languages", "languages: xx") },
      { code: "COMM001", key: key("population:a", "population a") },
    ];
    const after = [
      { code: "SCH002", key: key("population:a#languages", "languages: yy") },
      { code: "COMM001", key: key("population:a", "population a") },
      { code: "COMM001", key: key("population:b", "population b") },
    ];
    const match = matchFindings(before, after);
    assert.deepEqual(match.introduced, [after[2]]);
    assert.deepEqual(match.resolved, [before[0]]);
    // The languages finding's text changed (xx → yy): still the same finding, paired by rule and anchor.
    assert.deepEqual(match.unchanged, [
      [before[1], after[0]],
      [before[2], after[1]],
    ]);
  });

  it("reports a finding as new when it stands on another block, and as resolved when its block is gone", () => {
    const before = checkRevision(PLAN, "plan", settings);
    const after = checkRevision(PLAN.replace("consent: not-sought", "consent: informed").replace('population oʻquvchilar "Talabalar" {\n    size: 300\n  }\n', ""), "plan", settings);
    const comparison = compareRevisions(before, after);
    assert.ok(comparison.resolved.some((f) => f.code === "EVAC004"), "the consent finding is resolved");
    assert.ok(comparison.resolved.every((f) => !f.key.anchor.startsWith("population:мардикорлар")), "nothing of the other population resolved");
    assert.deepEqual(comparison.introduced.map((f) => f.code), []);
  });

  it("pairs 20,000 findings on 2,000 anchors given in opposite orders", () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => ({ code: `R${i % 7}`, key: { anchor: `population:p${i % 2000}`, subject: `s${i % 3}` } }));
    const match = matchFindings(findings, [...findings].reverse());
    assert.equal(match.unchanged.length, 20_000);
    assert.equal(match.introduced.length + match.resolved.length, 0);
  });

  it("keys the findings of a Markdown note's plans apart by their titles", () => {
    const note = "# Note\n\n```micic\nplan \"North\" {\n  evacuation {\n    consent: not-sought\n  }\n}\n```\n\n```micic\nplan \"South\" {\n  evacuation {\n    consent: not-sought\n  }\n}\n```\n";
    const checked = checkRevision(note, "markdown", settings);
    const anchors = checked.findings.filter((f) => f.code === "EVAC004").map((f) => f.key.anchor);
    assert.deepEqual(anchors, ['plan "North">evacuation#consent', 'plan "South">evacuation#consent']);
    const document = parseDocument("plan \"x\" {\n}\n");
    assert.deepEqual(findingKeys(document, [{ span: { start: 0, end: 4 } }]), [{ anchor: "plan", subject: "plan" }]);
  });
});

describe("what a plan commits to", () => {
  it("names blocks added and removed, languages served, populations covered and settings changed", () => {
    const before = planCommitments(parseDocument(PLAN).members);
    const revised = PLAN.replace("consent: not-sought", "consent: informed\n    covers: all")
      .replace("  evacuation {", '  communication {\n    channel radio "Radio Tashkent" {\n      languages: uzb, tg\n    }\n  }\n  evacuation {')
      .replace('population oʻquvchilar "Talabalar" {\n    size: 300\n  }\n', "");
    const after = planCommitments(parseDocument(revised).members);
    const changes = compareCommitments(before, after);
    const described = changes.map((c) =>
      c.what === "block" ? `${c.type} ${c.block}` : c.what === "language" ? `${c.type} language ${c.code}` : c.what === "covered" ? `${c.type} covers ${c.population}` : `${c.block}#${c.setting}: ${c.before} → ${c.after}`,
    );
    assert.deepEqual(described, [
      "added channel:radio",
      "added communication",
      "removed population:oʻquvchilar",
      // uzb and uz are one language.
      "added language tg",
      "added language uz",
      "added covers all",
      "evacuation#consent: not-sought → informed",
      "evacuation#covers: undefined → all",
    ]);
  });
});
