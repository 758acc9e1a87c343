/**
 * The GitHub Action's entry point (scripts/github-action.mjs), run as
 * action.yml runs it: the same environment variables (INPUT_*, GITHUB_*),
 * on a local repository cloned as actions/checkout clones a pull request
 * (one commit deep, the base branch not fetched). Annotations in the log,
 * SARIF written, the comparison with the base in the job summary, the
 * outputs set, and the exit code the last step fails the job with.
 * Needs `npm run build` first (it runs bin/micic-plan.js).
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";

const script = path.join(repoRoot, "scripts", "github-action.mjs");
const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
const conflict = readFileSync(path.join(repoRoot, "samples", "beirut-conflict.micic"), "utf8");

describe("the GitHub Action's entry point", function () {
  this.timeout(120_000);
  let root: string;
  let origin: string;
  let work: string;
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, stdio: "pipe" }).toString();

  /** Runs the script as the action's step does; returns its log, outputs and job summary. */
  function runAction(inputs: Record<string, string>, event = "pull_request", payload?: object) {
    const outputFile = path.join(root, `output-${Math.random()}`);
    const summaryFile = path.join(root, `summary-${Math.random()}`);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: root,
      GITHUB_WORKSPACE: work,
      GITHUB_EVENT_NAME: event,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...(event === "pull_request" ? { GITHUB_BASE_REF: "main", GITHUB_HEAD_REF: "revision" } : {}),
    };
    if (payload) {
      env.GITHUB_EVENT_PATH = path.join(root, `event-${Math.random()}.json`);
      writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(payload));
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] = value;
    const run = spawnSync(process.execPath, [script], { cwd: work, env, encoding: "utf8", timeout: 60_000 });
    const outputs = Object.fromEntries(
      (existsSync(outputFile) ? readFileSync(outputFile, "utf8") : "")
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    return { status: run.status, log: run.stdout + run.stderr, outputs, summary: existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "" };
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "micic-action-"));
    origin = path.join(root, "origin");
    mkdirSync(path.join(origin, "plans"), { recursive: true });
    git(origin, "init", "-q", "-b", "main");
    git(origin, "config", "user.email", "test@example.invalid");
    git(origin, "config", "user.name", "test");
    writeFileSync(path.join(origin, "plans", "tashkent.micic"), complete);
    writeFileSync(path.join(origin, "plans", "beirut.micic"), conflict);
    git(origin, "add", ".");
    git(origin, "commit", "-q", "-m", "plans");
    // The pull request's branch: consent no longer sought in Tashkent.
    git(origin, "checkout", "-q", "-b", "revision");
    writeFileSync(path.join(origin, "plans", "tashkent.micic"), complete.replace("consent: informed", "consent: not-sought"));
    git(origin, "commit", "-q", "-am", "revision");
    // As actions/checkout does for a pull request: one commit, the base branch not fetched.
    work = path.join(root, "work");
    git(root, "clone", "-q", "--depth=1", "--single-branch", "--branch", "revision", `file://${origin}`, work);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("annotates, writes SARIF, and puts the comparison with the fetched base branch in the job summary", () => {
    assert.throws(() => git(work, "rev-parse", "--verify", "origin/main"), "the clone lacks the base branch, as on GitHub");
    const run = runAction({ paths: "plans", "fail-level": "warning" });
    assert.equal(run.status, 0, run.log);
    assert.match(run.log, /^::warning file=plans\/tashkent\.micic,line=\d+,.*title=EVAC004/m, "an annotation for the new finding");
    assert.match(run.log, /^::warning file=plans\/beirut\.micic,/m, "and for the findings that were there before");
    assert.equal(run.outputs["exit-code"], "1", "warnings fail at fail-level warning");
    assert.equal(run.outputs.introduced, "1");
    assert.equal(run.outputs["sarif-file"], "micic-plan.sarif");
    const sarif = JSON.parse(readFileSync(path.join(work, "micic-plan.sarif"), "utf8"));
    assert.equal(sarif.version, "2.1.0");
    assert.ok(sarif.runs[0].results.length > 1);
    assert.match(run.summary, /^### MICIC plan check: what this change does$/m);
    assert.match(run.summary, /❌ 1 finding introduced, 0 resolved, \d+ still open, in 2 files/);
    assert.match(run.summary, /\| `plans\/tashkent\.micic` \| \d+ \| ⚠️ warning \| \[EVAC004\]/);
    assert.match(run.summary, /✏️ `evacuation › consent`: `informed` → `not-sought`/);
  });

  it("with fail-on: introduced, passes a pull request that adds nothing, whatever was there before", () => {
    git(work, "checkout", "-q", "HEAD~0");
    writeFileSync(path.join(work, "plans", "tashkent.micic"), complete);
    const run = runAction({ paths: "plans", "fail-level": "warning", "fail-on": "introduced" });
    assert.equal(run.status, 0, run.log);
    assert.equal(run.outputs.introduced, "0");
    assert.equal(run.outputs["exit-code"], "0", "beirut's old warnings do not fail it");
    const strict = runAction({ paths: "plans", "fail-level": "warning" });
    assert.equal(strict.outputs["exit-code"], "1", "with fail-on: findings they do");
  });

  it("speaks the locale asked for, and without a base writes the check's summary", () => {
    const ru = runAction({ paths: "plans", locale: "ru" });
    assert.match(ru.summary, /Проверка плана по MICIC: что меняет эта правка/);
    const push = runAction({ paths: "plans" }, "push");
    assert.equal(push.outputs.introduced, undefined);
    assert.match(push.summary, /^### micic-plan check\n\n✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 2 files of 2 files$/m);
    assert.equal(push.outputs["exit-code"], "0", "warnings only: under the default fail-level error, the check passes");
  });

  it("on a push, compares with the push's previous tip; without one, fail-on: introduced passes with a notice", () => {
    const mainTip = git(origin, "rev-parse", "main").trim();
    const pushed = runAction({ paths: "plans", "fail-level": "warning", "fail-on": "introduced" }, "push", { before: mainTip });
    assert.equal(pushed.outputs.introduced, "1", pushed.log);
    assert.equal(pushed.outputs["exit-code"], "1");
    const first = runAction({ paths: "plans", "fail-level": "warning", "fail-on": "introduced" }, "push", { before: "0".repeat(40) });
    assert.equal(first.outputs["exit-code"], "0", first.log);
    assert.match(first.log, /^::notice title=micic-plan::no revision to compare with/m);
  });

  it("takes one path a line, so a path may hold spaces", () => {
    mkdirSync(path.join(work, "my plans"));
    writeFileSync(path.join(work, "my plans", "beirut.micic"), conflict);
    const run = runAction({ paths: "my plans\nplans/tashkent.micic\n" }, "push");
    assert.equal(run.outputs["exit-code"], "0", run.log);
    assert.match(run.log, /^::warning file=my plans\/beirut\.micic,/m);
    assert.match(run.log, /^::warning file=plans\/tashkent\.micic,/m);
  });

  it("offers no SARIF for upload when the check could not run", () => {
    const run = runAction({ paths: "plans", config: "no-such-config.json" });
    assert.equal(run.outputs["exit-code"], "2");
    assert.equal(run.outputs["sarif-file"], undefined);
  });

  it("gives exit code 2, not a crash, for a bad input or paths that match nothing", () => {
    const bad = runAction({ paths: "plans", "fail-on": "sometimes" });
    assert.equal(bad.status, 2);
    assert.match(bad.log, /^::error title=micic-plan::the input fail-on is 'sometimes'/m);
    const nothing = runAction({ paths: "no-such-folder" });
    assert.equal(nothing.status, 0);
    assert.equal(nothing.outputs["exit-code"], "2");
    assert.doesNotMatch(nothing.log, /\n\s+at /, "no stack trace");
  });
});
