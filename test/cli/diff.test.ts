/**
 * `micic-plan diff`: two files, or the plans against a git revision
 * (`--base`). Findings introduced, resolved and unchanged, matched by rule
 * and block so that moving blocks changes nothing; what the plan now
 * commits to; stylish, JSON and Markdown; exit codes; bad input (unrelated
 * plans, an empty file, syntax errors, an unknown revision) answered in one
 * sentence.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";
import { both, inProcess } from "./run";

const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
const conflict = readFileSync(path.join(repoRoot, "samples", "beirut-conflict.micic"), "utf8");
/** Two findings introduced into the complete plan: consent not sought (EVAC004) and a misspelt hazard (SCH002). */
const worse = complete.replace("consent: informed", "consent: not-sought").replace("  hazards: flood,", "  hazards: flod,");

describe("micic-plan diff", function () {
  this.timeout(60_000);
  let dir: string;
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  const json = async (...args: string[]) => {
    const run = await inProcess(["diff", ...args, "--format", "json"], dir);
    return { code: run.code, report: JSON.parse(run.stdout), stderr: run.stderr };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-diff-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lists what a revision introduced and resolved, at the top level of the JSON, and exits 1", async () => {
    assert.ok(complete.includes("consent: informed") && complete.includes("  hazards: flood,"), "the sample has what the test changes");
    write("old.micic", complete);
    write("new.micic", worse);
    const { code, report } = await json("old.micic", "new.micic");
    assert.equal(code, 1);
    assert.deepEqual(report.introduced.map((f: { code: string }) => f.code).sort(), ["EVAC004", "SCH002"]);
    assert.deepEqual(report.resolved, []);
    assert.equal(report.introduced[0].path, "new.micic");
    assert.ok(report.introduced.every((f: { line: number; message: string; anchor: string }) => f.line > 0 && f.message && f.anchor));
    assert.deepEqual(report.summary, { files: 1, introduced: 2, resolved: 0, unchanged: 0 });
    assert.deepEqual(
      report.files[0].commitments.filter((c: { what: string }) => c.what === "setting").map((c: { setting: string; after: string }) => `${c.setting}: ${c.after}`),
      ["consent: not-sought", "hazards: flod, mudflow, earthquake"],
    );

    // The other way round, the same findings are resolved, and nothing new: exit 0.
    const back = await json("new.micic", "old.micic");
    assert.equal(back.code, 0);
    assert.deepEqual(back.report.resolved.map((f: { code: string }) => f.code).sort(), ["EVAC004", "SCH002"]);
    assert.equal(back.report.introduced.length, 0);
  });

  it("introduces nothing when blocks move and lines are added above them", async () => {
    const populations = conflict.match(/\n  population [\s\S]*?\n  }\n/g) ?? [];
    assert.ok(populations.length >= 2);
    let moved = conflict;
    for (const block of populations) moved = moved.replace(block, "\n");
    moved = "# Second reading\n# with the consulates' comments\n\n" + moved.replace(/\n}\s*$/, `\n${populations.reverse().join("")}}\n`);
    write("old.micic", conflict);
    write("new.micic", moved);
    const { code, report } = await json("old.micic", "new.micic");
    assert.equal(code, 0);
    assert.equal(report.introduced.length, 0);
    assert.equal(report.resolved.length, 0);
    assert.ok(report.unchanged.length > 0, "the sample has findings");
    assert.ok(report.unchanged.some((f: { line: number; before: { line: number } }) => f.line !== f.before.line), "findings moved, and were matched anyway");
    assert.deepEqual(report.files[0].commitments, []);
  });

  it("says what the plan now commits to, in stylish text and in Russian", async () => {
    write("old.micic", complete);
    write(
      "new.micic",
      complete.replace("  evacuation {", '  population сезонные_рабочие "Сезонные рабочие" {\n    size: 400\n    nationalities: TJ\n    languages: tg\n  }\n\n  evacuation {'),
    );
    const run = await both(["diff", "old.micic", "new.micic", "--no-color"], dir);
    assert.match(run.stdout, /now names population сезонные_рабочие \(“Сезонные рабочие”\)/);
    assert.match(run.stdout, /^✖ \d+ findings? introduced, 0 resolved, 0 still open, in 1 file$/m);
    const ru = await inProcess(["diff", "old.micic", "new.micic", "--locale", "ru"], dir);
    assert.match(ru.stdout, /в плане появился блок population сезонные_рабочие \(“Сезонные рабочие”\)/);
    assert.match(ru.stdout, /добавлено замечаний: \d+, устранено: 0, осталось: 0; 1 файл/);
    const ruMarkdown = await inProcess(["diff", "old.micic", "new.micic", "--locale", "ru", "--format", "markdown"], dir);
    assert.match(ruMarkdown.stdout, /\]\(https:\/\/[^)]+\/docs\/rules\/ru\/[A-Z]+\d{3}\.md\)/, "the table links the rule pages in Russian");
  });

  it("writes a Markdown comment with a table, bounded, and escapes what would break it", async () => {
    write("old.micic", complete);
    write("new.micic", worse);
    const run = await inProcess(["diff", "old.micic", "new.micic", "--format", "markdown", "-o", "markdown=out/summary.md"], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^### MICIC plan check: what this change does$/m);
    assert.match(run.stdout, /^\| File \| Line \| Severity \| Rule \| Message \|$/m);
    assert.match(run.stdout, /\| `new\.micic` \| \d+ \| ❌ error \| \[SCH002\]\(https:\/\/[^)]+SCH002\.md\) \|/);
    assert.match(run.stdout, /✏️ `evacuation › consent`: `informed` → `not-sought`/);
    assert.equal(readFileSync(path.join(dir, "out", "summary.md"), "utf8"), run.stdout);

    // A plan with a hundred new findings: the table names 50 and counts the rest.
    const many = complete.replace("  evacuation {", Array.from({ length: 100 }, (_, i) => `  population p${i} "P|${i}" {\n    size: 10\n  }\n`).join("") + "  evacuation {");
    write("many.micic", many);
    const bounded = await inProcess(["diff", "old.micic", "many.micic", "--format", "markdown"], dir);
    const rows = bounded.stdout.split("\n").filter((line) => line.startsWith("| `many.micic`"));
    assert.equal(rows.length, 50);
    assert.match(bounded.stdout, /… and \d+ more/);
    assert.ok(!/\| P\|/.test(bounded.stdout), "a | in the plan does not split a table cell");
  });

  it("answers bad input in one sentence: unrelated plans, an empty file, syntax errors, a missing file, /dev/null", async () => {
    write("a.micic", complete);
    write("b.micic", conflict);
    write("empty.micic", "");
    write("broken.micic", complete.replace("  hazards: flood,", "  hazards flood, {{"));
    const unrelated = await json("a.micic", "b.micic");
    assert.equal(unrelated.code, 1);
    assert.ok(unrelated.report.introduced.length > 0);
    assert.ok(unrelated.report.files[0].commitments.some((c: { type: string }) => c.type === "removed"));

    const fromEmpty = await inProcess(["diff", "empty.micic", "b.micic", "--no-color"], dir);
    assert.equal(fromEmpty.code, 1);
    assert.match(fromEmpty.stdout, /the earlier revision holds no plan/);
    const toEmpty = await json("b.micic", "empty.micic");
    assert.equal(toEmpty.code, 1);
    assert.deepEqual(toEmpty.report.introduced.map((f: { code: string }) => f.code), ["SYN001"], "an empty file is one finding: it has no plan");

    const broken = await json("a.micic", "broken.micic");
    assert.equal(broken.code, 1);
    assert.ok(broken.report.introduced.some((f: { code: string }) => f.code === "SYN001"));

    const added = await json("/dev/null", "b.micic");
    assert.equal(added.report.files[0].status, "added");
    assert.equal(added.report.resolved.length, 0);

    for (const [args, message] of [
      [["a.micic"], /diff compares two files: micic-plan diff OLD NEW .*; 1 was given/],
      [["a.micic", "nowhere.micic"], /cannot read 'nowhere\.micic': /],
      [["a.micic", "b.micic", "--format", "sarif"], /diff has no format 'sarif': use stylish, json, markdown/],
      [["a.micic", "b.micic", "--fail-level", "fatal"], /--fail-level is 'fatal'/],
      [["a.micic", "b.micic", "-o", "markdown=a.micic"], /would write over 'a\.micic'/],
    ] as const) {
      const run = await inProcess(["diff", ...args], dir);
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split("\n").length, 1, `one line: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    }
    assert.equal(readFileSync(path.join(dir, "a.micic"), "utf8"), complete, "the refused output left the plan alone");
  });

  it("pairs each of several findings of one rule on one block with itself, not by their order", async () => {
    const tripoli = readFileSync(path.join(repoRoot, "samples", "tripoli-conflict.micic"), "utf8");
    assert.match(tripoli, /^  referral \{\n    lead: dcim\n/m);
    write("old.micic", tripoli);
    // A shelter pathway: of the three REF001 (psychosocial, shelter, documents) only shelter's goes.
    write("new.micic", tripoli.replace("  referral {\n    lead: dcim\n", '  referral {\n    lead: dcim\n    pathway shelter "Shelter" { need: shelter  provider: dcim  regardless-of-status: yes }\n'));
    const { report } = await json("old.micic", "new.micic");
    const resolved = report.resolved.filter((f: { code: string }) => f.code === "REF001").map((f: { message: string }) => f.message);
    assert.equal(resolved.length, 1);
    assert.match(resolved[0], /no pathway for emergency shelter/);
  });

  it("keeps a Markdown note's findings when a second ```micic block is added to it", async () => {
    const note = readFileSync(path.join(repoRoot, "samples", "policy-note.md"), "utf8");
    write("old.md", note);
    write("new.md", `${note}\n## Annex\n\n\`\`\`micic\nplan "Annex" {\n  country: "Uzbekistan"\n}\n\`\`\`\n`);
    const { report } = await json("old.md", "new.md");
    assert.ok(report.unchanged.length > 0, "the note has findings");
    assert.equal(report.resolved.length, 0, JSON.stringify(report.resolved.map((f: { code: string; anchor: string }) => `${f.code} ${f.anchor}`)));
    assert.ok(report.introduced.every((f: { anchor: string }) => f.anchor.startsWith('plan "Annex">')), "only the annex's findings are new");
    assert.ok(!report.files[0].commitments.some((c: { type: string; setting?: string }) => c.type === "changed"), "no setting of the first plan changed");
  });

  it("calls nothing resolved when a revision reached the findings limit, and says so", async () => {
    const tripoli = readFileSync(path.join(repoRoot, "samples", "tripoli-conflict.micic"), "utf8");
    write("old.micic", tripoli);
    // Twenty new errors push the old plan's info findings past a limit of 50: they are hidden, not gone.
    const errors = Array.from({ length: 20 }, (_, i) => `  stakeholder s${i} "S" { kind: nobody  contact: "1" }\n`).join("");
    write("new.micic", tripoli.replace("  referral {\n", `${errors}  referral {\n`));
    const limited = await json("old.micic", "new.micic", "--max-findings", "50");
    assert.equal(limited.report.files[0].partial, true);
    assert.equal(limited.report.resolved.length, 0, limited.report.resolved.map((f: { code: string }) => f.code).join(" "));
    assert.ok(limited.report.introduced.length >= 20);
    const stylish = await inProcess(["diff", "old.micic", "new.micic", "--max-findings", "50", "--no-color"], dir);
    assert.match(stylish.stdout, /reached the findings limit \(LIM001\)/);
  });

  it("--fail-level error exits 0 when only warnings were introduced", async () => {
    write("old.micic", complete);
    write("new.micic", complete.replace("consent: informed", "consent: not-sought"));
    assert.equal((await inProcess(["diff", "old.micic", "new.micic"], dir)).code, 1);
    const passing = await inProcess(["diff", "old.micic", "new.micic", "--fail-level", "error", "--format", "markdown"], dir);
    assert.equal(passing.code, 0);
    assert.match(passing.stdout, /^✅ 1 finding introduced/m, "the summary's sign follows --fail-level");
  });

  describe("--base: against a git revision", () => {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" }).toString();

    beforeEach(() => {
      git("init", "-q", "-b", "main");
      git("config", "user.email", "test@example.invalid");
      git("config", "user.name", "test");
      write("kept.micic", complete);
      write("gone.micic", conflict);
      write("README.md", "# Plans\n");
      git("add", ".");
      git("commit", "-q", "-m", "plans");
    });

    it("compares each plan with the revision: changed, added and removed files", async () => {
      write("kept.micic", worse);
      write("new.micic", conflict);
      unlinkSync(path.join(dir, "gone.micic"));
      const { code, report } = await json("--base", "main");
      assert.equal(code, 1);
      const byPath = Object.fromEntries(report.files.map((f: { path: string; status: string; before: string }) => [f.path, `${f.status} ${f.before}`]));
      assert.deepEqual(byPath, { "kept.micic": "modified main:kept.micic", "new.micic": "added main:new.micic", "gone.micic": "removed main:gone.micic" });
      const introducedIn = (file: string) => report.introduced.filter((f: { path: string }) => f.path === file).map((f: { code: string }) => f.code);
      assert.deepEqual(introducedIn("kept.micic").sort(), ["EVAC004", "SCH002"]);
      assert.ok(introducedIn("new.micic").length > 0);
      assert.ok(report.resolved.some((f: { path: string }) => f.path === "main:gone.micic"));
    });

    it("compares a plan renamed since the revision (git mv) with its old self", async () => {
      git("mv", "kept.micic", "Тошкент тошқини.micic");
      const { code, report } = await json("--base", "main");
      assert.equal(code, 0, JSON.stringify(report.introduced.map((f: { code: string }) => f.code)));
      const renamed = report.files.find((f: { path: string }) => f.path === "Тошкент тошқини.micic");
      assert.deepEqual([renamed.status, renamed.before], ["modified", "main:kept.micic"]);
      assert.ok(!report.files.some((f: { status: string }) => f.status === "removed"), "the old name is not reported removed");
    });

    it("reports the plans of a path removed since the revision, given by name", async () => {
      mkdirSync(path.join(dir, "old plans"));
      git("mv", "gone.micic", "old plans/gone.micic");
      git("commit", "-q", "-m", "moved");
      git("rm", "-q", "-r", "old plans");
      const { code, report } = await json("--base", "HEAD", "old plans");
      assert.equal(code, 0);
      assert.deepEqual(report.files.map((f: { path: string; status: string }) => `${f.status} ${f.path}`), ["removed old plans/gone.micic"]);
      const unknown = await inProcess(["diff", "--base", "HEAD", "never-there"], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /never-there/);
    });

    it("names at most 20 files in its text and Markdown, and counts the rest", async () => {
      for (let i = 0; i < 23; i++) write(`new-${String(i).padStart(2, "0")}.micic`, conflict);
      const markdown = await inProcess(["diff", "--base", "main", "--format", "markdown"], dir);
      assert.match(markdown.stdout, /… and 3 more files with changes/);
      const stylish = await inProcess(["diff", "--base", "main", "--no-color"], dir);
      assert.match(stylish.stdout, /… and 3 more files with changes/);
      assert.match(stylish.stdout, /in 25 files$/m, "the summary counts them all");
    });

    it("introduces nothing when the plans did not change, from a sub-folder too", async () => {
      const { code, report } = await json("--base", "HEAD", "kept.micic");
      assert.equal(code, 0);
      assert.equal(report.introduced.length + report.resolved.length, 0);
      assert.ok(report.unchanged.length === 0 || report.unchanged.every((f: { line: number; before: { line: number } }) => f.line === f.before.line));
    });

    it("names an unknown revision, and a folder outside git, in one sentence", async () => {
      const unknown = await inProcess(["diff", "--base", "no-such-branch"], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /--base 'no-such-branch' is not a revision this repository knows/);
      const outside = mkdtempSync(path.join(tmpdir(), "micic-nogit-"));
      try {
        writeFileSync(path.join(outside, "plan.micic"), complete);
        const run = await inProcess(["diff", "--base", "main"], outside);
        assert.equal(run.code, 2);
        assert.match(run.stderr, /is not in a git repository: give two files instead/);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});
