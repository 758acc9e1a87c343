/**
 * `check --fix` and `--fix-dry-run`: which edits are applied (fixes by
 * default, suggestions only when asked), the list of edits on stderr, the
 * unified diff, and writes that lose nothing: atomic, mode kept, refused
 * when the file changed since it was read, the original left whole when a
 * write fails, BOM, CRLF and Markdown container prefixes kept.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { applyPatch } from "diff";
import { writeFixedFile } from "../../server/src/cli/write-fixes";
import { checkSource } from "../helpers/checker";
import { repoRoot, TODAY } from "../helpers/plan";
import { bin, childProcess, inProcess } from "./run";

const execFileAsync = promisify(execFile);
const posix = process.platform !== "win32";

const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
/** Two misspelt words (fixes) and a missing consent (EVAC004, a suggestion). */
const flawed = complete
  .replace("  hazards: flood, mudflow", "  hazards: flod, mudflow")
  .replace("    kind: local-authority", "    kind: local-authorty")
  .replace("    consent: informed\n", "");
/** `flawed` with its two fixes applied. */
const fixedFlawed = complete.replace("    consent: informed\n", "");

describe("micic-plan check --fix", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name = "plan.micic") => path.join(dir, name);
  const read = (name = "plan.micic") => readFileSync(file(name), "utf8");

  before(() => {
    assert.notEqual(flawed, complete.replace("    consent: informed\n", ""), "the sample still has the words the test misspells");
    assert.notEqual(fixedFlawed, complete, "the sample still has its consent");
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-fix-"));
    writeFileSync(file(), flawed);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const [how, runner] of [["in-process", inProcess], ["child process", childProcess]] as const) {
    it(`applies fixes only, lists each edit on stderr, and a second run changes nothing (${how})`, async () => {
      const first = await runner(["check", "plan.micic", "--fix"], dir);
      assert.equal(
        first.stderr,
        [
          'plan.micic:8:12 SCH002 "flod" → "flood"',
          'plan.micic:21:11 SCH002 "local-authorty" → "local-authority"',
          "micic-plan: fixed 2 problems in 1 file",
          "",
        ].join("\n"),
      );
      assert.equal(read(), fixedFlawed, "the misspelt words are fixed, the missing consent is not (a suggestion)");
      assert.match(first.stdout, /\[EVAC004\]/, "the report is of what is left");
      assert.doesNotMatch(first.stdout, /\[SCH002\]/);
      assert.equal(first.code, 0);
      const again = await runner(["check", "plan.micic", "--fix"], dir);
      assert.equal(again.stderr, "");
      assert.equal(read(), fixedFlawed);
    });
  }

  it("applies suggestions only when asked: --fix-type suggestion, or both kinds", async () => {
    const suggested = await inProcess(["check", "plan.micic", "--fix", "--fix-type", "suggestion"], dir);
    assert.match(suggested.stderr, /^plan\.micic:\d+:\d+ EVAC004 "" → ".*consent: .*"$/m);
    assert.doesNotMatch(suggested.stderr, /SCH002/, "fixes are not applied when only suggestions are asked for");
    assert.match(read(), /hazards: flod/);
    assert.match(read(), /\n\s+consent: /);
    assert.doesNotMatch(suggested.stdout, /\[EVAC004\]/);

    writeFileSync(file(), flawed);
    const both = await inProcess(["check", "plan.micic", "--fix", "--fix-type", "fix,suggestion"], dir);
    assert.match(both.stderr, /SCH002 "flod" → "flood"/);
    assert.match(both.stderr, /EVAC004 "" → /);
    writeFileSync(file(), flawed);
    const repeated = await inProcess(["check", "plan.micic", "--fix", "--fix-type", "fix", "--fix-type", "suggestion"], dir);
    assert.equal(repeated.stderr, both.stderr, "--fix-type repeated is the same as a list");
  });

  it("--fix-dry-run prints a unified diff that gives what --fix writes, writes nothing, and exits as --fix would", async () => {
    const dry = await inProcess(["check", "plan.micic", "--fix-dry-run"], dir);
    assert.equal(read(), flawed, "nothing written");
    assert.match(dry.stdout, /^--- a\/plan\.micic\n\+\+\+ b\/plan\.micic\n@@ -5,7 \+5,7 @@\n/);
    assert.match(dry.stdout, /^- {2}hazards: flod, mudflow, earthquake\n\+ {2}hazards: flood, mudflow, earthquake\n/m);
    assert.equal(applyPatch(flawed, dry.stdout), fixedFlawed, "the diff applies to the file and gives the fixed text");
    assert.equal(dry.stderr, "micic-plan: would fix 2 problems in 1 file\n");
    const child = await childProcess(["check", "plan.micic", "--fix-dry-run"], dir);
    assert.deepEqual(child, dry);
    const fixed = await inProcess(["check", "plan.micic", "--fix"], dir);
    assert.equal(dry.code, fixed.code);
    // With an error left after fixing, both exit 1.
    writeFileSync(file(), flawed.replace("  country: ", "  country "));
    const broken = await inProcess(["check", "plan.micic", "--fix-dry-run"], dir);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^\+ {2}hazards: flood/m);
    // Nothing to fix: no diff at all.
    writeFileSync(file(), complete);
    assert.deepEqual(await inProcess(["check", "plan.micic", "--fix-dry-run"], dir), { code: 0, stdout: "", stderr: "" });
  });

  it("lists at most 100 edits and counts the rest", async () => {
    const stakeholders = Array.from({ length: 150 }, (_, i) => `  stakeholder s${i} "S${i}" { kind: goverment  contact: "${i}" }`).join("\n");
    writeFileSync(file(), complete.replace("  # --- Who does what", `${stakeholders}\n  # --- Who does what`));
    const outcome = await inProcess(["check", "plan.micic", "--fix"], dir);
    const lines = outcome.stderr.split("\n");
    assert.equal(lines.filter((l) => / SCH002 "goverment" → "government"$/.test(l)).length, 100);
    assert.deepEqual(lines.slice(100), ["… and 50 more edits", "micic-plan: fixed 150 problems in 1 file", ""]);
  });

  it("escapes control characters and shortens long texts in the list", async () => {
    const hostile = `  # micic-disable-next-line EVAC010 -- \x1b[2J\x1b]0;pwned\x07 ${"x".repeat(80)}\n`;
    writeFileSync(file(), complete.replace("  lead: mes\n", `  lead: mes\n${hostile}`));
    const outcome = await inProcess(["check", "plan.micic", "--fix"], dir);
    assert.doesNotMatch(outcome.stderr, /[\x00-\x09\x0b-\x1f\x7f]/, "no control character but the line breaks");
    assert.match(outcome.stderr, /^plan\.micic:10:1 SUP001 " {2}# micic-disable-next-line EVAC010 -- \\u001b\[2J\\u001b\]0;pwned\\u0007 x+…" → ""$/m);
    assert.ok(outcome.stderr.split("\n")[0].length < 150, "shortened");
    assert.equal(read(), complete, "the unused suppression is removed");
  });

  it("--fix-type without --fix, an unknown kind, and --fix with --fix-dry-run are one line and exit code 2", async () => {
    assert.deepEqual(await inProcess(["check", "plan.micic", "--fix-type", "suggestion"], dir), {
      code: 2,
      stdout: "",
      stderr: "micic-plan: --fix-type chooses what --fix or --fix-dry-run apply: add one of them\n",
    });
    assert.deepEqual(await inProcess(["check", "plan.micic", "--fix", "--fix-type", "layout"], dir), {
      code: 2,
      stdout: "",
      stderr: "micic-plan: --fix-type 'layout' is not a kind of fix: use fix, suggestion or both (--fix-type fix,suggestion)\n",
    });
    assert.deepEqual(await inProcess(["check", "plan.micic", "--fix", "--fix-dry-run"], dir), {
      code: 2,
      stdout: "",
      stderr: "micic-plan: --fix writes the fixes and --fix-dry-run only shows them: give one of the two\n",
    });
    assert.equal(read(), flawed);
  });

  describe("writes that lose nothing", () => {
    it("writes through a new file renamed over the old one, keeps its mode, and leaves no other file", async function () {
      if (!posix) this.skip();
      chmodSync(file(), 0o640);
      const before = statSync(file());
      const outcome = await inProcess(["check", "plan.micic", "--fix"], dir);
      assert.equal(outcome.code, 0, outcome.stderr);
      const after = statSync(file());
      assert.equal(read(), fixedFlawed);
      assert.equal(after.mode & 0o7777, 0o640, "mode kept");
      assert.notEqual(after.ino, before.ino, "a new file took the old one's place (a rename, not a rewrite in place)");
      assert.deepEqual(readdirSync(dir), ["plan.micic"], "no temporary file left");
    });

    it("leaves a read-only plan alone, and says so", async function () {
      // Permissions do not hold for root.
      if (!posix || process.getuid?.() === 0) this.skip();
      chmodSync(file(), 0o444);
      const outcome = await inProcess(["check", "plan.micic", "--fix"], dir);
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stderr, "micic-plan: cannot write the fixes to 'plan.micic': permission denied; the plan is unchanged\n");
      assert.equal(read(), flawed);
    });

    it("fixes the file a link points at, and keeps the link", async function () {
      if (!posix) this.skip();
      mkdirSync(path.join(dir, "real"));
      writeFileSync(path.join(dir, "real", "target.micic"), flawed);
      rmSync(file());
      symlinkSync(path.join("real", "target.micic"), file());
      const outcome = await inProcess(["check", "plan.micic", "--fix"], dir);
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.ok(lstatSync(file()).isSymbolicLink(), "still a link");
      assert.equal(readFileSync(path.join(dir, "real", "target.micic"), "utf8"), fixedFlawed);
    });

    it("refuses to write a file that changed on disk after it was read, and says so", () => {
      const original = readFileSync(file());
      writeFileSync(file(), flawed + "# a line the drafter added meanwhile\n");
      const problem = writeFixedFile(file(), original, Buffer.from(fixedFlawed));
      assert.equal(problem, "it changed on disk while it was checked, so the fixes were not written: run the command again");
      assert.equal(read(), flawed + "# a line the drafter added meanwhile\n", "the drafter's change is kept");
      assert.deepEqual(readdirSync(dir), ["plan.micic"]);
    });

    it("leaves the original whole and says so when a write fails midway (the file size limit, as a full disk would)", async function () {
      if (!posix) this.skip();
      // 40 KB of plan; the shell lets the command write at most 8 KB (or 4 KB) to any file.
      const big = flawed + `# ${"padding ".repeat(60)}\n`.repeat(80);
      writeFileSync(file(), big);
      const outcome = await execFileAsync("bash", ["-c", `ulimit -f 8 && exec "${process.execPath}" "${bin}" check plan.micic --fix`], { cwd: dir, timeout: 30_000 }).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number; stderr: string; signal?: string }) => ({ code: error.code, stderr: error.stderr, signal: error.signal }),
      );
      assert.equal(read(), big, "the original is whole");
      assert.deepEqual(readdirSync(dir), ["plan.micic"], "no temporary file left");
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stderr, "micic-plan: cannot write the fixes to 'plan.micic': the file would be larger than this process may write (EFBIG); the plan is unchanged\n");
    });

    it("keeps a UTF-8 BOM and CRLF line ends, for fixes and suggestions alike", async () => {
      const crlf = "\uFEFF" + flawed.replace(/\n/g, "\r\n");
      writeFileSync(file(), crlf);
      const outcome = await inProcess(["check", "plan.micic", "--fix", "--fix-type", "fix,suggestion"], dir);
      assert.match(outcome.stderr, /fixed \d+ problems/);
      const bytes = readFileSync(file());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "the BOM is kept");
      const text = bytes.toString("utf8").slice(1);
      assert.doesNotMatch(text, /[^\r]\n/, "every line ends in CRLF");
      assert.match(text, /hazards: flood, mudflow/);
      assert.match(text, /\r\n\s+consent: /);
      assert.equal(text.replace(/\r\n/g, "\n").includes("\uFEFF"), false, "one BOM, at the start");
    });
  });

  describe("```micic blocks in block quotes and list items", () => {
    /** Every line from the opening fence to the closing one starts with `prefix` (or is `prefix` without its trailing spaces). */
    function assertPrefixed(markdown: string, prefix: string, what: string): void {
      const lines = markdown.split(/\r?\n/);
      const open = lines.findIndex((l) => l.includes("```micic"));
      const close = lines.findIndex((l, i) => i > open && /^[>\s\-\d.]*```\s*$/.test(l));
      assert.ok(open >= 0 && close > open, `${what}: the block is still there:\n${markdown}`);
      for (const line of lines.slice(open + 1, close + 1)) {
        assert.ok(line.startsWith(prefix) || line === prefix.trimEnd(), `${what}: ${JSON.stringify(line)} lost its prefix ${JSON.stringify(prefix)}:\n${markdown}`);
      }
    }

    const cases = [
      { what: "a block quote", prefix: "> ", markdown: '> ```micic\n> plan "P" {\n>   evacuation {\n>     lead: mes\n>   }\n> }\n> ```\n' },
      { what: "a list item", prefix: "   ", markdown: '1. The annex:\n\n   ```micic\n   plan "P" {\n     evacuation {\n       lead: mes\n     }\n   }\n   ```\n' },
      { what: "a list item in a block quote", prefix: ">   ", markdown: '> - ```micic\n>   plan "P" {\n>     evacuation {\n>       lead: mes\n>     }\n>   }\n>   ```\n' },
      { what: "a block quote with CRLF", prefix: "> ", markdown: '> ```micic\r\n> plan "P" {\r\n>   evacuation {\r\n>     lead: mes\r\n>   }\r\n> }\r\n> ```\r\n' },
    ];
    for (const { what, prefix, markdown } of cases) {
      it(`keeps the prefixes of a block in ${what}`, async () => {
        writeFileSync(file("n.md"), markdown);
        const outcome = await inProcess(["check", "n.md", "--fix", "--fix-type", "suggestion"], dir);
        const fixed = read("n.md");
        assert.match(outcome.stderr, /fixed \d+ problems in 1 file/);
        assert.ok(fixed.split("\n").length > markdown.split("\n").length, "lines were added");
        assertPrefixed(fixed, prefix, what);
        if (markdown.includes("\r\n")) assert.doesNotMatch(fixed, /[^\r]\n/, "CRLF kept");
        // The note still holds one plan, which now has the suggested attributes.
        const [plan, ...rest] = checkSource(fixed, "markdown", { today: TODAY });
        assert.equal(rest.length, 0);
        assert.ok(plan.document.plan, "a plan");
        assert.ok(!plan.findings.some((f) => f.code === "SYN001"), `no syntax error:\n${fixed}`);
        assert.ok(!plan.findings.some((f) => f.code === "EVAC004"), "the suggestion was applied inside the block");
      });
    }
  });
});
