/**
 * The command-line checker, from a table of cases run twice: in-process
 * through the exported `main`, and as a child process of the built bin.
 * Both must give the same exit code, stdout and stderr.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { main } from "../../server/src/cli/main";
import { repoRoot } from "../helpers/plan";

const run = promisify(execFile);
const bin = path.join(repoRoot, "bin", "micic-plan.js");
const fixtures = path.join(repoRoot, "test", "fixtures", "cli");
const version = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).version as string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function inProcess(args: string[], cwd: string): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

async function childProcess(args: string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: "" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The broken fixture's two language errors, among its MICIC findings, then the summary. */
const brokenOutput = new RegExp(
  [
    "^(.*\\n)*",
    escape("broken/missing-colon.micic:3:10 error Expected ':' after 'country' [SYN001]") + "\n",
    "(.*\\n)*",
    escape("broken/missing-colon.micic:6:5 error 'contcat' is not an attribute of a stakeholder. Did you mean 'contact'? [SCH001]") + "\n",
    "(.*\\n)*",
    "\\n✖ \\d+ problems \\(\\d+ errors, \\d+ warnings?, \\d+ info\\) in 1 file of 1 file\\n$",
  ].join(""),
);

interface Case {
  name: string;
  args: string[];
  cwd?: string;
  code: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
}

const cases: Case[] = [
  { name: "--help", args: ["--help"], code: 0, stdout: /^micic-plan .*\n\nUsage:\n {2}micic-plan check \[paths\.\.\.\]/, stderr: "" },
  { name: "--version", args: ["--version"], code: 0, stdout: `${version}\n`, stderr: "" },
  { name: "no command", args: [], code: 2, stdout: "", stderr: /^micic-plan .*Usage:/s },
  { name: "an unknown command", args: ["lint"], code: 2, stdout: "", stderr: "micic-plan: unknown command 'lint'. The commands are 'check' (micic-plan check [paths...]) and 'report' (micic-plan report PLAN)\n" },
  { name: "an unknown option", args: ["check", "--frobnicate"], code: 2, stdout: "", stderr: "micic-plan: unknown option '--frobnicate'. Run 'micic-plan --help' for the options.\n" },
  { name: "an unknown format", args: ["check", "--format", "xml", "broken"], code: 2, stdout: "", stderr: "micic-plan: unknown format 'xml'. Formats: stylish, json, sarif, junit, github, gitlab.\n" },
  {
    name: "a file with errors",
    args: ["check", "broken/missing-colon.micic"],
    code: 1,
    stdout: brokenOutput,
    stderr: "",
  },
  {
    name: "a folder: plans found below it, other files and node_modules skipped",
    args: ["check", "mixed"],
    code: 1,
    stdout: /^mixed\/nested\/draft\.micic:3:10 error Expected ':' after 'country' \[SYN001\]$(.|\n)*in 1 file of 1 file\n$/m,
    stderr: "",
  },
  { name: "a glob", args: ["check", "**/missing-*.micic"], code: 1, stdout: /^broken\/missing-colon\.micic:3:10 /m, stderr: "" },
  {
    name: "a path that does not exist, beside one that does",
    args: ["check", "nope.micic", "broken"],
    code: 2,
    stdout: /^broken\/missing-colon\.micic:3:10 /m,
    stderr: "micic-plan: cannot read 'nope.micic': no such file or folder\n",
  },
  { name: "a glob that matches nothing", args: ["check", "**/*.plan"], code: 2, stdout: "", stderr: "micic-plan: no files match '**/*.plan'\n" },
  { name: "a folder without plans", args: ["check", "no-plans"], code: 2, stdout: "", stderr: "micic-plan: no plan files (.micic, .md) in 'no-plans'\n" },
  {
    // The bundle carries the language table built at build time (scripts/build.mjs), the sources build it at load: both must agree.
    name: "language codes of every ISO 639 kind, names and a code that is none",
    args: ["check", "languages", "--rule", "SCH002=error"],
    code: 1,
    stdout: new RegExp(
      [
        /^languages\/codes\.micic:8:40 error 'Russian' is not an ISO 639 language code.*Did you mean ru \(Russian\)\? \[SCH002\]\n/.source,
        /languages\/codes\.micic:8:49 error 'Dari' is not an ISO 639 language code.*Did you mean prs \(Dari\)\? \[SCH002\]\n/.source,
        /languages\/codes\.micic:8:55 error 'xq' is not an ISO 639 language code[^?]*\[SCH002\]$/.source,
      ].join(""),
      "m",
    ),
    stderr: "",
  },
  {
    name: "--max-findings: the most severe first, then one finding that counts the rest with their worst severity",
    args: ["check", "broken/missing-colon.micic", "--max-findings", "2"],
    code: 1,
    stdout: /^broken\/missing-colon\.micic:2:1 error 9 more findings are not shown \(4 errors, 2 warnings, 3 info\): a file reports at most 2, the most severe first\. .* \[LIM001\]\n(broken\/missing-colon\.micic:2:6 error .*\n){2}\n✖ 3 problems \(3 errors, 0 warnings, 0 info\) in 1 file of 1 file\n$/,
    stderr: "",
  },
  { name: "--max-findings that is no number", args: ["check", "broken", "--max-findings", "lots"], code: 2, stdout: "", stderr: 'micic-plan: --max-findings is "lots"; use a whole number from 1 to 100,000\n' },
  { name: "--max-findings 0", args: ["check", "broken", "--max-findings", "0"], code: 2, stdout: "", stderr: "micic-plan: --max-findings is 0; use a whole number from 1 to 100,000\n" },
  {
    name: "a configuration with several problems: each on its own line, with its place and a did-you-mean",
    args: ["check", "broken", "--config", "bad-config.json"],
    code: 2,
    stdout: "",
    stderr: [
      "micic-plan: bad-config.json:2:14: unknown rule 'EVAC999'; did you mean 'EVAC009'? Rules are named by code (EVAC005) or by name (evacuation-non-refoulement); see docs/rules/README.md",
      "micic-plan: bad-config.json:2:32: SYN001 (syntax) is a rule of the plan language and cannot be turned off; its severity can be changed",
      'micic-plan: bad-config.json:3:3: unknown setting "ruels"; did you mean "rules"? The settings are extends, rules, staleAfterMonths, maxFindings',
      "",
    ].join("\n"),
  },
  { name: "a folder given from inside it", args: ["check", ".."], cwd: path.join(fixtures, "mixed", "nested"), code: 1, stdout: /^draft\.micic:3:10 /m },
  {
    name: "--fix-type without --fix or --fix-dry-run",
    args: ["check", "broken", "--fix-type", "suggestion"],
    code: 2,
    stdout: "",
    stderr: "micic-plan: --fix-type chooses what --fix or --fix-dry-run apply: add one of them\n",
  },
  {
    name: "--fix-type that is no kind of fix",
    args: ["check", "broken", "--fix-dry-run", "--fix-type", "fix,layout"],
    code: 2,
    stdout: "",
    stderr: "micic-plan: --fix-type 'layout' is not a kind of fix: use fix, suggestion or both (--fix-type fix,suggestion)\n",
  },
  {
    name: "--fix with --fix-dry-run",
    args: ["check", "broken", "--fix", "--fix-dry-run"],
    code: 2,
    stdout: "",
    stderr: "micic-plan: --fix writes the fixes and --fix-dry-run only shows them: give one of the two\n",
  },
  {
    name: "--fix-dry-run with --format: the diff is what goes to stdout",
    args: ["check", "broken", "--fix-dry-run", "--format", "json"],
    code: 2,
    stdout: "",
    stderr: "micic-plan: --fix-dry-run writes a diff on stdout, not a report: write the report to a file with --output-file json=PATH\n",
  },
  {
    name: "--fix-dry-run: the diff of the fixes on stdout, and the exit code of a check of the fixed text",
    args: ["check", "broken", "--fix-dry-run"],
    code: 1,
    stdout: [
      "--- a/broken/missing-colon.micic",
      "+++ b/broken/missing-colon.micic",
      "@@ -3,6 +3,6 @@",
      '   country "Uzbekistan"',
      '   stakeholder mes "Ministry of Emergency Situations" {',
      "     kind: government",
      '-    contcat: "+998 71 000 0000"',
      '+    contact: "+998 71 000 0000"',
      "   }",
      " }",
      "",
    ].join("\n"),
    stderr: "micic-plan: would fix 1 problem in 1 file\n",
  },
];

describe("micic-plan CLI", () => {
  for (const c of cases) {
    for (const [how, runner] of [["in-process", inProcess], ["child process", childProcess]] as const) {
      it(`${c.name} (${how})`, async () => {
        const outcome = await runner(c.args, c.cwd ?? fixtures);
        assert.equal(outcome.code, c.code, `exit code; stderr: ${outcome.stderr}`);
        for (const stream of ["stdout", "stderr"] as const) {
          const expected = c[stream];
          if (expected === undefined) continue;
          if (typeof expected === "string") assert.equal(outcome[stream], expected, stream);
          else assert.match(outcome[stream], expected, stream);
        }
      });
    }
  }

  it("checks the samples with exit code 0 or 1, never 2, and prints a summary", async () => {
    const outcome = await childProcess(["check", "samples"], repoRoot);
    assert.ok(outcome.code === 0 || outcome.code === 1, outcome.stderr);
    assert.match(outcome.stdout, /(no problems in|problems? \(.*\) in) .*\d+ files\n$/);
  });

  it("runs as dist/cli.js too, as the extension's task starts it", async () => {
    const { stdout } = await run(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "--version"]);
    assert.equal(stdout, `${version}\n`);
  });

  it("starts from V8's code cache beside the bundle, and gives the same output with, without or with a broken cache", async () => {
    const cacheDir = path.join(repoRoot, "dist", ".cache");
    const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith("cli.js-") && f.endsWith(".v8")) : []);
    rmSync(cacheDir, { recursive: true, force: true });
    const args = ["check", path.join(repoRoot, "samples", "tripoli-conflict.micic")];
    const first = await childProcess(args, repoRoot);
    assert.equal(cacheFiles().length, 1, "the first run leaves a cache");
    const made = statSync(path.join(cacheDir, cacheFiles()[0]));
    const cached = await childProcess(args, repoRoot);
    assert.deepEqual(cached, first);
    // A cache V8 turned away would be written again (a new file): the same
    // file means the second run started from it.
    assert.equal(statSync(path.join(cacheDir, cacheFiles()[0])).ino, made.ino, "the cache was used, not made again");
    writeFileSync(path.join(cacheDir, cacheFiles()[0]), "not a code cache");
    const broken = await childProcess(args, repoRoot);
    assert.deepEqual(broken, first);
    assert.notEqual(readFileSync(path.join(cacheDir, cacheFiles()[0]), "utf8").slice(0, 16), "not a code cache", "a rejected cache is made again");
    // Damage inside a well-formed cache: V8 would run it (and crash), so the
    // loader's own checksum must turn it away.
    const cacheFile = path.join(cacheDir, cacheFiles()[0]);
    const bytes = readFileSync(cacheFile);
    for (let i = 5000; i < 5064; i++) bytes[i] ^= 0xff;
    writeFileSync(cacheFile, bytes);
    const damaged = await childProcess(args, repoRoot);
    assert.deepEqual(damaged, first);
    assert.notDeepEqual(readFileSync(cacheFile), bytes, "a damaged cache is made again");
    // A new cache replaces the old one (another build or Node version).
    writeFileSync(path.join(cacheDir, "cli.js-0123456789abcdef0123456789abcdef.v8"), "an older build's cache");
    rmSync(cacheFile);
    await childProcess(args, repoRoot);
    assert.deepEqual(cacheFiles(), [path.basename(cacheFile)], "only the current cache is kept");
  });

  it("says the checker is not built when its bundle is missing, and nothing else", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-unbuilt-"));
    mkdirSync(path.join(dir, "bin"));
    for (const name of ["micic-plan.js", "load-with-code-cache.js"]) writeFileSync(path.join(dir, "bin", name), readFileSync(path.join(repoRoot, "bin", name)));
    const outcome = await run(process.execPath, [path.join(dir, "bin", "micic-plan.js"), "check"]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    assert.deepEqual(outcome, { code: 2, stderr: "micic-plan: the checker is not built: run 'npm install' (or 'npm run build') first.\n" });
  });

  it("colours only on request or on a terminal", async () => {
    const plain = await childProcess(["check", "broken"], fixtures);
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    const coloured = await childProcess(["check", "broken", "--color"], fixtures);
    assert.match(coloured.stdout, /\x1b\[31merror\x1b\[39m/);
  });

  it("checks the current folder when no path is given", async () => {
    const outcome = await inProcess(["check"], path.join(fixtures, "broken"));
    assert.equal(outcome.code, 1);
    assert.match(outcome.stdout, /^missing-colon\.micic:3:10 /m);
  });
});

describe("micic-plan CLI: configuration, severity and fixes", () => {
  // Variants of the complete sample plan, written to a fresh folder: one
  // warning (EVAC004: evacuation consent missing) and one info (COMM010).
  const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
  const variant = complete.replace("    consent: informed\n", "").replace("    rumour-tracking: yes\n", "    rumour-tracking: no\n");
  assert.notEqual(variant, complete, "the sample still has the lines the variant removes");
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-cli-"));
    writeFileSync(path.join(dir, "plan.micic"), variant);
  });

  async function both(args: string[]): Promise<Outcome> {
    const a = await inProcess(args, dir);
    const b = await childProcess(args, dir);
    assert.deepEqual(b, a, "in-process and child process agree");
    return a;
  }

  it("exits 0 on warnings by default, and 1 with --fail-level warning or --max-warnings 0", async () => {
    const plain = await both(["check", "plan.micic"]);
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /plan\.micic:\d+:\d+ warning .*\[EVAC004\]/);
    assert.match(plain.stdout, /plan\.micic:\d+:\d+ info .*\[COMM010\]/);
    assert.equal((await both(["check", "plan.micic", "--fail-level", "warning"])).code, 1);
    assert.equal((await both(["check", "plan.micic", "--fail-level", "info"])).code, 1);
    const tooMany = await both(["check", "plan.micic", "--max-warnings", "0"]);
    assert.equal(tooMany.code, 1);
    assert.equal(tooMany.stderr, "micic-plan: 1 warnings, more than --max-warnings 0 allows\n");
    assert.equal((await both(["check", "plan.micic", "--max-warnings", "1"])).code, 0);
  });

  it("--rule sets a severity by code or name and beats the configuration file", async () => {
    writeFileSync(path.join(dir, ".micicrc.json"), '{ "rules": { "EVAC004": "off" } }');
    assert.doesNotMatch((await both(["check", "plan.micic"])).stdout, /EVAC004/);
    const raised = await both(["check", "plan.micic", "--rule", "evacuation-consent=error"]);
    assert.equal(raised.code, 1);
    assert.match(raised.stdout, / error .*\[EVAC004\]/);
  });

  it("--config uses the named file instead of the nearest one", async () => {
    writeFileSync(path.join(dir, ".micicrc.json"), '{ "rules": { "EVAC004": "off" } }');
    writeFileSync(path.join(dir, "strict.json"), '{ "extends": "strict" }');
    const strict = await both(["check", "plan.micic", "--config", "strict.json"]);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, / error .*\[EVAC004\]/);
    assert.match(strict.stdout, / warning .*\[COMM010\]/);
  });

  it("a bad configuration or --rule is one line on stderr and exit code 2", async () => {
    writeFileSync(path.join(dir, ".micicrc.json"), '{ "rules": { "EVAC099": "off" } }');
    const bad = await both(["check", "plan.micic"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^micic-plan: .*\.micicrc\.json:1:14: unknown rule 'EVAC099'; did you mean 'EVAC009'\? Rules are named by code .*\n$/);
    assert.equal(bad.stdout, "");
    const missing = await both(["check", "plan.micic", "--config", "nope.json"]);
    assert.equal(missing.stderr, "micic-plan: cannot read the configuration 'nope.json': no such file\n");
    const flag = await both(["check", "plan.micic", "--rule", "EVAC004"]);
    assert.equal(flag.stderr, "micic-plan: --rule 'EVAC004' needs the form CODE=LEVEL, like --rule EVAC010=off\n");
    assert.equal((await both(["check", "plan.micic", "--fail-level", "loud"])).code, 2);
    assert.equal((await both(["check", "plan.micic", "--max-warnings", "-1"])).code, 2);
  });

  it("--no-inline-config ignores suppression comments", async () => {
    writeFileSync(path.join(dir, "plan.micic"), `# micic-disable EVAC004 -- consent is handled by the governor's decree\n${variant}`);
    assert.doesNotMatch((await both(["check", "plan.micic"])).stdout, /EVAC004/);
    assert.match((await both(["check", "plan.micic", "--no-inline-config"])).stdout, /\[EVAC004\]/);
  });

  it("--fix applies the mechanical fixes in place and keeps comments; --fix-type suggestion the suggestions; a second run changes nothing", async () => {
    // The variant's two findings (EVAC004, COMM010) have suggestions only; a misspelt word has a fix.
    writeFileSync(path.join(dir, "plan.micic"), variant.replace("  hazards: flood,", "  hazards: flod,"));
    const fixedRun = await inProcess(["check", "plan.micic", "--fix"], dir);
    assert.equal(fixedRun.stderr, 'plan.micic:8:12 SCH002 "flod" → "flood"\nmicic-plan: fixed 1 problem in 1 file\n');
    assert.equal(readFileSync(path.join(dir, "plan.micic"), "utf8"), variant);
    assert.match(fixedRun.stdout, /\[EVAC004\](.|\n)*\[COMM010\]/, "suggestions are not applied by --fix");
    const suggested = await inProcess(["check", "plan.micic", "--fix", "--fix-type", "suggestion"], dir);
    assert.match(suggested.stderr, /fixed 2 problems in 1 file\n$/);
    const fixed = readFileSync(path.join(dir, "plan.micic"), "utf8");
    assert.match(fixed, /\n\s+consent: /);
    assert.match(fixed, /\n\s+rumour-tracking: (?!no)/);
    assert.equal(fixed.match(/#/g)?.length, variant.match(/#/g)?.length, "every comment is kept");
    assert.equal(suggested.code, 0);
    assert.doesNotMatch(suggested.stdout, /EVAC004|COMM010/);
    const again = await childProcess(["check", "plan.micic", "--fix", "--fix-type", "fix,suggestion"], dir);
    assert.equal(again.stderr, "");
    assert.equal(readFileSync(path.join(dir, "plan.micic"), "utf8"), fixed);
  });
});

describe("micic-plan CLI: many files, Markdown, ignores", function () {
  this.timeout(60_000);
  let dir: string;
  const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
  const flawed = readFileSync(path.join(repoRoot, "samples", "tripoli-conflict.micic"), "utf8");

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-many-"));
  });

  it("checks a hundred plans on worker threads with the same output, in the same order, as one thread", async () => {
    for (let i = 0; i < 100; i++) {
      const sub = path.join(dir, `region-${String(i % 7)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `plan-${String(i).padStart(3, "0")}.micic`), i % 3 === 0 ? flawed : complete);
    }
    const one = await childProcess(["check", ".", "--workers", "1"], dir);
    const many = await childProcess(["check", ".", "--workers", "2"], dir);
    const auto = await childProcess(["check", "."], dir);
    assert.equal(one.code, 1);
    assert.match(one.stdout, /in 34 files of 100 files/);
    assert.equal(many.stdout, one.stdout);
    assert.equal(auto.stdout, one.stdout);
    assert.equal(many.code, one.code);
  });

  it("checks the micic blocks of Markdown notes, at their lines, and skips notes without plans", async () => {
    writeFileSync(path.join(dir, "note.md"), ["# Note", "", "```micic", 'plan "In a note" {', "  country Uzbekistan", "}", "```", "", "```json", '{ "a": 1 }', "```", ""].join("\n"));
    writeFileSync(path.join(dir, "README.md"), "# Nothing to check here\n");
    const outcome = await inProcess(["check", "."], dir);
    assert.equal(outcome.code, 1);
    assert.match(outcome.stdout, /^note\.md:5:10 error Expected ':' after 'country' \[SYN001\]$/m);
    assert.doesNotMatch(outcome.stdout, /README/);
    assert.match(outcome.stdout, /in 1 file of 1 file\n$/);
  });

  it("skips what .gitignore and --ignore name, but checks a file named on the command line", async () => {
    mkdirSync(path.join(dir, "drafts"));
    mkdirSync(path.join(dir, "old"));
    writeFileSync(path.join(dir, "plan.micic"), complete);
    writeFileSync(path.join(dir, "drafts", "draft.micic"), flawed);
    writeFileSync(path.join(dir, "old", "old.micic"), flawed);
    writeFileSync(path.join(dir, ".gitignore"), "drafts/\n");
    const outcome = await inProcess(["check", ".", "--ignore", "old/**"], dir);
    assert.equal(outcome.code, 0, outcome.stdout);
    assert.match(outcome.stdout, /in 1 file/);
    const named = await inProcess(["check", "drafts/draft.micic"], dir);
    assert.equal(named.code, 1);
    const everything = await inProcess(["check", ".", "--no-gitignore"], dir);
    assert.match(everything.stdout, /drafts\/draft\.micic/);
  });

  it("rejects a bad --output-file or --workers with one line and exit code 2", async () => {
    writeFileSync(path.join(dir, "plan.micic"), complete);
    assert.equal((await inProcess(["check", ".", "--output-file", "sarif"], dir)).stderr, "micic-plan: --output-file 'sarif' needs the form FORMAT=PATH, like --output-file sarif=results.sarif\n");
    assert.match((await inProcess(["check", ".", "--output-file", "xml=out.xml"], dir)).stderr, /unknown format 'xml' in --output-file/);
    assert.match((await inProcess(["check", ".", "--workers", "0"], dir)).stderr, /--workers is '0'/);
  });

  it("writes outputs into folders it makes, and says so when a folder cannot be made, without hanging", async function () {
    writeFileSync(path.join(dir, "plan.micic"), complete);
    const made = await inProcess(["check", "plan.micic", "-o", "json=out/deep/er/results.json"], dir);
    assert.equal(made.code, 0, made.stderr);
    assert.ok(existsSync(path.join(dir, "out", "deep", "er", "results.json")), "the folders are made");
    // Linux's /proc refuses new folders with ENOENT, on which Node's own
    // recursive mkdir retries forever.
    if (!existsSync("/proc/self")) this.skip();
    const refused = await inProcess(["check", "plan.micic", "-o", "sarif=/proc/micic-none/results.sarif"], dir);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, "micic-plan: cannot write '/proc/micic-none/results.sarif': no such file or folder\n");
    const report = await inProcess(["report", "plan.micic", "-o", "/proc/micic-none/report.md"], dir);
    assert.equal(report.code, 2);
    assert.match(report.stderr, /cannot write '\/proc\/micic-none\/report\.md': no such file or folder/);
  });
});

describe("micic-plan report", function () {
  this.timeout(30_000);

  it("writes the reviewer's report to stdout or to a file, in-process and as a child process alike", async () => {
    const plan = path.join(repoRoot, "samples", "tripoli-conflict.micic");
    const a = await inProcess(["report", plan], repoRoot);
    const b = await childProcess(["report", plan], repoRoot);
    assert.equal(a.code, 0);
    assert.equal(b.stdout, a.stdout);
    assert.match(a.stdout, /^# Tripoli armed conflict contingency plan/);
    assert.match(a.stdout, /```mermaid\nflowchart LR/);
    const dir = mkdtempSync(path.join(tmpdir(), "micic-report-"));
    const out = await inProcess(["report", plan, "-o", "out/report.md"], dir);
    assert.equal(out.code, 0);
    assert.equal(out.stdout, "");
    const written = readFileSync(path.join(dir, "out", "report.md"), "utf8");
    assert.equal(written.split("\n").length, a.stdout.split("\n").length);
    assert.match(written, /^# Tripoli armed conflict contingency plan/);
  });

  it("says what is wrong in one line, with exit code 2", async () => {
    assert.equal((await inProcess(["report"], repoRoot)).stderr, "micic-plan: report takes one plan: micic-plan report PLAN [-o report.md]\n");
    assert.equal((await inProcess(["report", "nope.micic"], repoRoot)).stderr, "micic-plan: cannot read 'nope.micic': no such file or folder\n");
    assert.match((await inProcess(["report", "docs/ci.md"], repoRoot)).stderr, /holds no plan to report on/);
  });
});
