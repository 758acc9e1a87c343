// The GitHub Action's entry point (action.yml runs it; test/cli/github-action.test.ts
// runs it the same way, with the same environment variables, on a local repository).
//
// 1. Checks the plans: annotations on the pull request (--format github) and a
//    SARIF file for code scanning, in one run.
// 2. On a pull request (or with the `base` input), compares the plans with the
//    base branch (`micic-plan diff --base`) and writes the comparison, as
//    Markdown, to the job summary; without a base, the check's summary.
// 3. Sets the step's outputs: exit-code (the check's, or diff's with
//    `fail-on: introduced`), introduced, sarif-file.
//
// It exits 0 itself when it ran, so that action.yml can upload the SARIF before
// failing the job with the exit code; 2 when it could not run.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/micic-plan.js", import.meta.url));
const env = process.env;
// action.yml passes each input as INPUT_<NAME>, hyphens as underscores (a shell drops variables with hyphens).
const input = (name, fallback = "") => (env[`INPUT_${name.toUpperCase().replace(/[ -]/g, "_")}`] ?? "").trim() || fallback;
const cwd = env.GITHUB_WORKSPACE || process.cwd();

/** Runs the checker; its stdout passes through to the log (annotations), unless captured. */
function micicPlan(args, { capture = false } = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"], encoding: "utf8" });
  if (run.error) throw run.error;
  return { code: run.status ?? 2, stdout: run.stdout ?? "" };
}

function git(args) {
  const run = spawnSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** A push's previous tip (the event's `before`), when the event names one: what the push changed is compared with it. */
function pushedFrom() {
  if (env.GITHUB_EVENT_NAME !== "push" || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const before = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")).before;
    return typeof before === "string" && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before) ? before : undefined;
  } catch {
    return undefined;
  }
}

/** The revision to compare with: the input, else a pull request's base branch, else a push's previous tip (fetched when the checkout lacks it). */
function baseRevision() {
  const asked = input("base");
  const commit = asked ? undefined : pushedFrom();
  if (commit) {
    if (git(["cat-file", "-e", `${commit}^{commit}`]) !== undefined) return commit;
    if (git(["fetch", "--no-tags", "--depth=1", "origin", commit]) !== undefined) return commit;
  }
  const branch = asked || (env.GITHUB_EVENT_NAME?.startsWith("pull_request") ? env.GITHUB_BASE_REF : "");
  if (!branch) return undefined;
  for (const candidate of [`origin/${branch}`, branch]) {
    if (git(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`])) return candidate;
  }
  // actions/checkout fetches one commit: fetch the base branch's tip.
  if (git(["fetch", "--no-tags", "--depth=1", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]) !== undefined) return `origin/${branch}`;
  console.log(`::warning title=micic-plan::the base '${branch}' could not be found or fetched; the job summary shows the check only`);
  return undefined;
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function summary(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
}

function main() {
  // One path a line (a path may hold spaces), or, on one line, separated by spaces.
  const given = input("paths", ".");
  const paths = (given.includes("\n") ? given.split("\n") : given.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  const shared = [];
  if (input("config")) shared.push("--config", input("config"));
  if (input("locale")) shared.push("--locale", input("locale"));
  const sarifFile = input("sarif-file", "micic-plan.sarif");
  const failLevel = input("fail-level", "error");
  const failOn = input("fail-on", "findings");
  if (!["findings", "introduced"].includes(failOn)) {
    console.log(`::error title=micic-plan::the input fail-on is '${failOn}': use findings (fail on any finding at fail-level) or introduced (only on findings the pull request introduces)`);
    return 2;
  }

  const check = micicPlan(["check", ...paths, "--format", "github", "--fail-level", failLevel, "--output-file", `sarif=${sarifFile}`, ...shared]);
  // Only a SARIF log that was written is offered for upload: a check that could not run wrote none.
  if (existsSync(path.resolve(cwd, sarifFile))) output("sarif-file", sarifFile);
  let exitCode = check.code;

  const base = baseRevision();
  const scratch = mkdtempSync(path.join(tmpdir(), "micic-action-"));
  try {
    if (base) {
      const json = path.join(scratch, "diff.json");
      const diff = micicPlan(["diff", "--base", base, ...paths, "--fail-level", failLevel, "--format", "markdown", "--output-file", `json=${json}`, ...shared], { capture: true });
      if (diff.code === 2) {
        console.log("::warning title=micic-plan::the comparison with the base could not run; see the log");
      } else {
        summary(diff.stdout);
        output("introduced", JSON.parse(readFileSync(json, "utf8")).summary.introduced);
        if (failOn === "introduced" && check.code !== 2) exitCode = diff.code;
      }
    } else {
      if (failOn === "introduced" && check.code !== 2) {
        // Nothing to compare with (a push without a previous tip, a base that cannot be fetched): nothing was introduced.
        console.log("::notice title=micic-plan::no revision to compare with, so nothing counts as introduced (fail-on: introduced); the findings are annotated all the same");
        exitCode = 0;
      }
      // The check's own summary line, in the locale asked for.
      const stylish = micicPlan(["check", ...paths, "--format", "stylish", "--no-color", "--fail-level", failLevel, ...shared], { capture: true });
      const last = stylish.stdout.trim().split("\n").pop();
      if (stylish.code !== 2 && last) summary(`### micic-plan check\n\n${last}\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  output("exit-code", exitCode);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.log(`::error title=micic-plan::the action could not run: ${error?.message ?? error}`);
  process.exitCode = 2;
}
