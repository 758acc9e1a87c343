/**
 * The reviewer's report (server/src/report/): the two reference
 * samples against stored reports, and the properties every report keeps
 * whatever the plan: Mermaid that draws, the 15 guideline rows, tables whose
 * rows all have their header's cells, Markdown that reads back the same, and
 * a report even for a file with no plan or with syntax errors.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Code, Heading, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { checkText } from "../helpers/checker";
import { renderReport, reportTree } from "../../server/src/report/markdown";
import { mermaidText } from "../../server/src/report/mermaid";
import { MAX_CHANNEL_COLUMNS, MAX_DIAGRAM_EDGES, MAX_ROWS } from "../../server/src/report/model";
import { crossProductPlan } from "../../bench/shapes";
import { repoRoot, sampleFiles } from "../helpers/plan";

/** The day the stored reports were written; checkText ages plans against it too. */
const TODAY = new Date("2026-11-27T00:00:00Z");

function report(text: string, file = "plan.micic"): string {
  return renderReport(text, checkText(text, { today: TODAY }), { path: file, today: TODAY });
}

function sample(name: string): string {
  return sampleFiles().find((s) => s.name === name)!.text;
}

/** The Markdown read back as GitHub reads it (with tables). */
function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

/** Top-level nodes grouped under the text of the heading they follow. */
function bySection(tree: Root): Map<string, RootContent[]> {
  const sections = new Map<string, RootContent[]>();
  let current = "";
  for (const node of tree.children) {
    if (node.type === "heading") {
      current = toString(node);
      sections.set(current, []);
    } else {
      sections.get(current)?.push(node);
    }
  }
  return sections;
}

function tableUnder(tree: Root, heading: string): Table {
  const found = bySection(tree).get(heading)?.find((n): n is Table => n.type === "table");
  assert.ok(found, `a table under "${heading}"`);
  return found;
}

/** Each row's cells as text; the header first. */
function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  for (const node of parse(markdown).children) if (node.type === "code" && (node as Code).lang === "mermaid") blocks.push((node as Code).value);
  return blocks;
}

/**
 * Asserts that a flowchart is one Mermaid draws: `flowchart LR`, then only
 * node definitions with a quoted, escaped label, edges between defined
 * nodes, and the class definition; no id defined twice.
 */
function assertWellFormedFlowchart(chart: string): void {
  const [first, ...lines] = chart.split("\n");
  assert.equal(first, "flowchart LR");
  // Quoted, with `#` and `;` only in entities (`#34;`), and no raw quote, bracket, brace, pipe, angle or backtick.
  const label = String.raw`"(?:[^"\[\]{}<>|\x60#;]|#\d+;)*"`;
  const nodeLine = new RegExp(String.raw`^  ([A-Za-z][A-Za-z0-9_]*)\[(${label})\](:::missing)?$`);
  const edgeLine = new RegExp(String.raw`^  ([A-Za-z][A-Za-z0-9_]*) -->(?:\|${label}\|)? ([A-Za-z][A-Za-z0-9_]*)$`);
  const classLine = /^ {2}classDef missing [^\n]+$/;
  const defined = new Set<string>();
  let usesMissing = false;
  for (const line of lines) {
    const node = nodeLine.exec(line);
    if (node) {
      assert.ok(!defined.has(node[1]), `node ${node[1]} is defined once`);
      assert.ok(!/^(end|o|x)/.test(node[1]), `id ${node[1]} cannot be read as a keyword or an arrow head`);
      defined.add(node[1]);
      usesMissing ||= node[3] !== undefined;
      continue;
    }
    const edge = edgeLine.exec(line);
    if (edge) {
      assert.ok(defined.has(edge[1]), `edge from ${edge[1]}, which is defined above it`);
      assert.ok(defined.has(edge[2]), `edge to ${edge[2]}, which is defined above it`);
      continue;
    }
    assert.match(line, classLine, `a line Mermaid reads: ${line}`);
  }
  if (usesMissing) assert.ok(lines.some((l) => classLine.test(l)), "the missing class is defined");
}

/** A plan with everything a diagram can trip on: quotes and brackets in labels, dangling routes and providers. */
const AWKWARD = `plan "Awkward \\"quoted\\" plan [draft]" {
  country: "Nowhere"  hazards: flood  lead: gov  reviewed: 2026-01-01
  stakeholder gov "Ministry of <Works> & \\"Roads\\"" { kind: government  contact: "+1 | 2; 3" }
  population end-users "People [with] {braces}" { size: 100  nationalities: KG  languages: ky }
  evacuation {
    covers: all
    assembly-point x-ray "Hall \\"A\\" [north] #1" { capacity: 50 }
    assembly-point o_point "Unreached hall" { capacity: 10 }
    route r-1 { from: "Camp \\"B\\" (east) | gate"  to: x-ray  transport: "bus [hired]" }
    route r_2 { from: "Camp \\"B\\" (east) | gate"  to: nowhere }
    route r3 { to: x-ray }
  }
  communication {
    channel radio-1 "Radio" { medium: radio  languages: ru }
  }
  referral {
    pathway care "Care \\"24/7\\"" { need: health  provider: ghost }
    pathway nobody "Nobody's desk" { need: health }
    pathway loose "A pathway with no need" { provider: gov }
  }
}
`;

describe("report", () => {
  describe("the stored reports", () => {
    // After a deliberate change to the report or a sample, rewrite them with:
    // UPDATE_GOLDEN=1 npx mocha -g "the stored reports"
    for (const name of ["tashkent-flood", "tripoli-conflict"]) {
      it(`samples/${name}.micic gives test/golden/report-${name}.md`, () => {
        const actual = report(sample(`${name}.micic`), `samples/${name}.micic`);
        const golden = path.join(repoRoot, "test", "golden", `report-${name}.md`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
        assert.equal(actual, readFileSync(golden, "utf8"));
      });
    }
  });

  describe("Mermaid", () => {
    for (const name of ["tashkent-flood.micic", "tripoli-conflict.micic"]) {
      it(`draws well-formed flowcharts for ${name}`, () => {
        const blocks = mermaidBlocks(report(sample(name)));
        assert.equal(blocks.length, 2, "one for evacuation routes, one for referral pathways");
        blocks.forEach(assertWellFormedFlowchart);
      });
    }

    it("draws each route to its assembly point, with the point's capacity", () => {
      const [evacuation] = mermaidBlocks(report(sample("tashkent-flood.micic")));
      assert.match(evacuation, /^ {2}point_chirchiq_stadium\["Central stadium, Chirchiq · 15,000 places · accessible"\]$/m);
      assert.match(evacuation, /^ {2}from_chirchiq_zone -->\|"chirchiq_zone · bus · capacity 2,000"\| point_chirchiq_stadium$/m);
    });

    it("draws needs to pathways to providers, and missing needs dashed", () => {
      const [, referral] = mermaidBlocks(report(sample("tripoli-conflict.micic")));
      assert.match(referral, /^ {2}need_health --> pathway_clinics$/m);
      assert.match(referral, /^ {2}pathway_clinics --> provider_iom$/m);
      assert.match(referral, /^ {2}need_shelter\["Emergency shelter: no pathway"\]:::missing$/m);
      assert.match(referral, /^ {2}pathway_food_distribution --> missing_food_distribution_provider$/m);
    });

    it("escapes labels and keeps ids Mermaid reads, on an awkward plan", () => {
      const markdown = report(AWKWARD);
      const blocks = mermaidBlocks(markdown);
      assert.equal(blocks.length, 2);
      blocks.forEach(assertWellFormedFlowchart);
      const [evacuation, referral] = blocks;
      assert.match(evacuation, /point_x_ray\["Hall #34;A#34; #91;north#93; #35;1 · 50 places"\]/);
      assert.match(evacuation, /point_o_point\["Unreached hall · 10 places"\]/, "a point no route reaches is still drawn");
      assert.match(evacuation, /from_r_1\["Camp #34;B#34; #40;east#41; #124; gate"\]/);
      assert.match(evacuation, /^ {2}from_r_1 -->\|"r_2"\| missing_nowhere$/m, "two routes from one place share its node");
      assert.match(evacuation, /missing_nowhere\["nowhere: not an assembly point"\]:::missing/);
      assert.match(evacuation, /from_r3\["r3: start not given"\]:::missing/);
      assert.match(referral, /missing_ghost\["ghost: not declared"\]:::missing/);
      assert.match(referral, /need_not_given\["need not given"\]:::missing/);
      assert.match(referral, /pathway_care\["Care #34;24\/7#34;"\]/);
    });

    it("mermaidText leaves no character Mermaid could read as syntax", () => {
      const escaped = mermaidText(`a "b" [c] {d} (e) <f> |g| #h; i & j \`k\` 'l'\nm`);
      assert.equal(escaped, "a #34;b#34; #91;c#93; #123;d#125; #40;e#41; #60;f#62; #124;g#124; #35;h#59; i #38; j #96;k#96; #39;l#39; m");
      assert.doesNotMatch(escaped, /["[\]{}()<>|`'\n]/);
    });
  });

  describe("the guidelines table", () => {
    for (const name of ["tashkent-flood.micic", "tripoli-conflict.micic"]) {
      it(`has a row for each of G1 to G15 in ${name}`, () => {
        const rows = cells(tableUnder(parse(report(sample(name))), "MICIC guidelines"));
        assert.deepEqual(rows[0], ["Guideline", "What it asks", "Addressed", "In the plan", "Findings citing it"]);
        assert.deepEqual(rows.slice(1).map((r) => r[0]), Array.from({ length: 15 }, (_, i) => `G${i + 1}`));
        for (const row of rows.slice(1)) assert.match(row[2], /^(✅ yes|⚠️ partly|❌ no)$/);
      });
    }

    it("says what addresses each guideline and which findings cite it", () => {
      const rows = cells(tableUnder(parse(report(sample("tripoli-conflict.micic"))), "MICIC guidelines"));
      const g = (code: string) => rows.find((r) => r[0] === code)!;
      assert.equal(g("G3")[2], "❌ no");
      assert.equal(g("G13")[2], "⚠️ partly");
      assert.match(g("G13")[3], /evacuation section: 2 assembly points, 2 routes/);
      assert.match(g("G13")[4], /EVAC001/);
      assert.match(g("G6")[4], /COMM001 ×5/);
      assert.equal(g("G14")[3], "nothing in the plan");
    });

    it("counts a guideline addressed with no finding citing it as yes", () => {
      const rows = cells(tableUnder(parse(report(sample("tashkent-flood.micic"))), "MICIC guidelines"));
      for (const row of rows.slice(1)) assert.deepEqual([row[0], row[2], row[4]], [row[0], "✅ yes", "—"]);
    });
  });

  describe("the Markdown", () => {
    const markdown = report(sample("tripoli-conflict.micic"), "samples/tripoli-conflict.micic");
    const tree = parse(markdown);

    it("ends with one link definition per rule it cites, on consecutive lines", () => {
      const definitions = tree.children.filter((n) => n.type === "definition");
      const cited = new Set(checkText(sample("tripoli-conflict.micic"), { today: TODAY }).findings.map((f) => f.code));
      assert.deepEqual(definitions.map((d) => (d as { label?: string }).label), [...cited].sort());
      assert.match(markdown, /\n\[COMM001\]: \S+\n\[COMM003\]: \S+\n/);
    });

    it("reads back with the tree's headings and tables", () => {
      const text = sample("tripoli-conflict.micic");
      const built = reportTree(text, checkText(text, { today: TODAY }), { path: "samples/tripoli-conflict.micic", today: TODAY });
      const headings = (root: Root) =>
        root.children.filter((n): n is Heading => n.type === "heading").map((h) => `${h.depth} ${toString(h)}`);
      assert.deepEqual(headings(tree), headings(built));
      assert.deepEqual(headings(tree), [
        "1 Tripoli armed conflict contingency plan: foreign nationals (early draft)",
        "2 Scope",
        "3 Populations",
        "3 Stakeholders",
        "2 Scorecard",
        "2 MICIC guidelines",
        "2 Languages by channel",
        "2 Needs by provider",
        "2 Routes and referrals",
        "3 Evacuation routes to assembly points",
        "3 Referral needs to providers",
        "2 Findings",
      ]);
      const tables = (root: Root) => root.children.filter((n): n is Table => n.type === "table").map(cells);
      assert.deepEqual(tables(tree), tables(built));
    });

    it("renders its tables with the expected columns, every row as wide as its header", () => {
      const expected: [string, number][] = [
        ["Populations", 6],
        ["Stakeholders", 4],
        ["Scorecard", 6],
        ["MICIC guidelines", 5],
        ["Languages by channel", 2 + 3 + 1], // population, language, 3 channels, covered
        ["Needs by provider", 7],
        ["Findings", 5],
      ];
      for (const [heading, columns] of expected) {
        const table = tableUnder(tree, heading);
        assert.equal(table.align?.length, columns, `${heading}: ${columns} columns`);
        for (const row of table.children) assert.equal(row.children.length, columns, `${heading}: a row of ${columns} cells`);
      }
    });

    it("links each rule code to its page", () => {
      assert.match(markdown, /^\[EVAC001\]: https:\/\/github\.com\/micic-plan\/micic-plan\/blob\/main\/docs\/rules\/EVAC001\.md$/m);
      const findings = cells(tableUnder(tree, "Findings"));
      assert.deepEqual(findings[0], ["Line", "Severity", "Rule", "Message", "Fix"]);
      const evac001 = findings.find((r) => r[2] === "EVAC001")!;
      assert.deepEqual([evac001[0], evac001[1], evac001[4]], ["68:5", "❌ error", "Commit the plan to 'regardless-of-status: yes'"]);
    });

    it("counts findings by section in the scorecard, and marks missing sections", () => {
      const rows = cells(tableUnder(tree, "Scorecard"));
      const row = (label: string) => rows.find((r) => r[0] === label)!;
      assert.deepEqual(row("Evacuation").slice(1), ["❌ errors", "2 assembly points, 2 routes", "2", "5", "4"]);
      assert.deepEqual(row("Recovery").slice(1, 3), ["➖ not in the plan", "not in the plan"]);
      assert.equal(row("Populations")[1], "✅ in order", "a sign with words, never a sign alone");
      const total = row("Total");
      const findings = checkText(sample("tripoli-conflict.micic"), { today: TODAY }).findings;
      assert.deepEqual(total.slice(3), ["error", "warning", "info"].map((s) => String(findings.filter((f) => f.severity === s).length)));
    });

    it("marks a core need without a pathway, and says which vulnerabilities call for a need", () => {
      const rows = cells(tableUnder(tree, "Needs by provider"));
      const shelter = rows.find((r) => r[0].endsWith("shelter"))!;
      assert.deepEqual(shelter.slice(1, 3), ["core need (REF001)", "❌ no pathway"]);
      const asylum = rows.find((r) => r[0].endsWith("asylum"))!;
      assert.equal(asylum[1], "asylum-seekers in detainees, eritreans (REF006)");
      const food = rows.find((r) => r[0].endsWith("food"))!;
      assert.deepEqual([food[1], food[3], food[4], food[5]], ["—", "⚠️ none named", "⚠️ none", "not stated"]);
    });

    it("shows which channels carry each population's languages", () => {
      const rows = cells(tableUnder(tree, "Languages by channel"));
      assert.deepEqual(rows[0], ["Population", "Language", "radio_news (radio)", "sms_notice (sms)", "info_line (hotline)", "Covered"]);
      assert.deepEqual(rows.find((r) => r[0] === "nigerian_workers" && r[1] === "Yoruba (yo)"), ["nigerian_workers", "Yoruba (yo)", "—", "—", "—", "❌ none"]);
      assert.deepEqual(rows.find((r) => r[0] === "detainees" && r[1] === "English (en)"), ["detainees", "English (en)", "—", "✓", "✓", "✅ 2 channels"]);
    });
  });

  describe("partial and broken files", () => {
    it("reports on a file with no plan block, listing its syntax findings", () => {
      const markdown = report('country: "Uzbekistan"\n', "loose.micic");
      const tree = parse(markdown);
      assert.equal(toString(tree.children[0]), "Plan report: loose.micic");
      assert.match(markdown, /the file has no plan block/);
      const rows = cells(tableUnder(tree, "Findings"));
      assert.deepEqual(rows.slice(1).map((r) => [r[0], r[2]]), [["1:1", "SYN001"]]);
      assert.equal(mermaidBlocks(markdown).length, 0);
    });

    it("reports on an empty file", () => {
      const markdown = report("", "empty.micic");
      assert.match(markdown, /the file is empty/);
      assert.match(markdown, /The file has no plan: start it with plan/);
    });

    it("reports what it can read of a plan with syntax errors", () => {
      const broken = sample("tashkent-flood.micic").replace("kind: government  contact: \"+998 71 000 0000\"", "kind: government  contact \"+998 71 000 0000\" }}");
      const markdown = report(broken, "broken.micic");
      const tree = parse(markdown);
      assert.match(markdown, /The file has \d+ syntax errors?: this report covers what the checker could read/);
      assert.ok(cells(tableUnder(tree, "Findings")).some((r) => r[2] === "SYN001"));
      assert.equal(cells(tableUnder(tree, "MICIC guidelines")).length, 16);
      mermaidBlocks(markdown).forEach(assertWellFormedFlowchart);
    });

    it('says "not in the plan" for each missing section', () => {
      const markdown = report('plan "Bare plan" {\n  country: "Uzbekistan"\n}\n');
      const tree = parse(markdown);
      const sections = bySection(tree);
      for (const heading of ["Languages by channel", "Needs by provider", "Evacuation routes to assembly points", "Referral needs to providers"]) {
        assert.match(toString({ type: "root", children: sections.get(heading)! }), /not in the plan/, heading);
      }
      const scorecard = cells(tableUnder(tree, "Scorecard"));
      for (const label of ["Evacuation", "Communication", "Referral"]) {
        assert.equal(scorecard.find((r) => r[0] === label)![1], "❌ not in the plan");
      }
      assert.match(toString({ type: "root", children: sections.get("Populations")! }), /No population is declared/);
      assert.match(markdown, /It names no hazards\. It names no lead agency\. It does not say when it was last reviewed\./);
      assert.equal(mermaidBlocks(markdown).length, 0);
    });

    it("lists findings suppressed by comments apart, and does not count them", () => {
      const text = sample("tripoli-conflict.micic").replace("    regardless-of-status: no", "    # micic-disable-next-line EVAC001 -- under negotiation\n    regardless-of-status: no");
      const markdown = report(text);
      assert.match(markdown, /Suppressed by comments in the plan, and not counted above: \[EVAC001\]\[\] at 69:5\./);
      assert.match(markdown, /\*\*Verdict:\*\* 3 errors, .* 1 finding was suppressed by comments/);
    });
  });

  describe("a national plan: every section bounded", function () {
    this.timeout(60_000);
    it("shows at most a table's rows, a matrix's columns and a diagram's arrows, and counts the rest", () => {
      const text = crossProductPlan(20_000);
      const markdown = report(text);
      const tree = parse(markdown);
      const populations = cells(tableUnder(tree, "Populations"));
      assert.equal(populations.length, 1 + MAX_ROWS + 2, "the header, the rows shown, one that counts the rest, and the total");
      assert.match(populations[1 + MAX_ROWS][0], /^… and [\d,]+ more populations: see the plan$/);
      const matrix = tableUnder(tree, "Languages by channel");
      assert.equal(matrix.children[0].children.length, MAX_CHANNEL_COLUMNS + 3, "population, language, the channels shown, covered");
      assert.ok(matrix.children.length <= 1 + MAX_ROWS + 1);
      assert.match(markdown, /The first 12 channels are shown as columns; the \d+ others count in “Covered”\./);
      for (const block of mermaidBlocks(markdown)) {
        assert.ok(block.split("\n").filter((line) => line.includes("-->")).length <= 2 * MAX_DIAGRAM_EDGES);
        assertWellFormedFlowchart(block);
      }
      assert.match(markdown, /more pathways? not drawn: see the plan\./);
    });
  });
});
