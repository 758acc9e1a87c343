/**
 * The CI integrations used as they are: action.yml (a composite GitHub
 * Action) and .pre-commit-hooks.yaml. Each is read as YAML and held to what
 * its host requires, and what it runs is run: the action's inputs reach
 * scripts/github-action.mjs under the names it reads (its behaviour is
 * test/cli/github-action.test.ts), and each pre-commit hook's entry is run
 * as pre-commit runs it, on the files its pattern selects. Needs `npm run
 * build` first.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../helpers/plan";
import { bin } from "./run";

interface ActionStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
}

const action = parse(readFileSync(path.join(repoRoot, "action.yml"), "utf8")) as Action;
const hooks = parse(readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const script = readFileSync(path.join(repoRoot, "scripts", "github-action.mjs"), "utf8");

describe("the GitHub Action (action.yml)", () => {
  it("is a composite action whose every run step names its shell, with a description for every input and output", () => {
    assert.equal(action.runs.using, "composite");
    assert.ok(action.name && action.description);
    for (const step of action.runs.steps) if (step.run) assert.equal(step.shell, "bash", `${step.name}: a composite run step needs a shell`);
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `input ${name}`);
    for (const [name, output] of Object.entries(action.outputs)) assert.match(output.value, /^\$\{\{ steps\.check\.outputs\.[a-z-]+ \}\}$/, `output ${name}`);
  });

  it("passes every input to the script, under the name the script reads", () => {
    const check = action.runs.steps.find((s) => s.id === "check")!;
    assert.match(check.run!, /node "\$GITHUB_ACTION_PATH\/scripts\/github-action\.mjs"/);
    for (const name of Object.keys(action.inputs).filter((n) => n !== "upload-sarif")) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
      assert.equal(check.env?.[variable], `\${{ inputs.${name} }}`, `${name} → ${variable}`);
      assert.match(script, new RegExp(`input\\("${name}"`), `the script reads ${name}`);
      // A shell drops variables whose names hold a hyphen.
      assert.match(variable, /^[A-Z_]+$/);
    }
  });

  it("uploads the SARIF even when the check failed, then fails the job with the check's exit code", () => {
    const steps = action.runs.steps;
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    assert.match(upload.if!, /always\(\)/);
    assert.equal(upload.with?.sarif_file, "${{ steps.check.outputs.sarif-file }}");
    const last = steps[steps.length - 1];
    assert.match(last.if!, /always\(\)/);
    assert.match(last.run!, /exit "\$\{\{ steps\.check\.outputs\.exit-code \|\| 2 \}\}"/);
    assert.ok(steps.indexOf(upload) < steps.indexOf(last));
  });
});

describe("the pre-commit hooks (.pre-commit-hooks.yaml)", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-pre-commit-"));
    writeFileSync(path.join(dir, "plan.micic"), readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic")));
    writeFileSync(path.join(dir, "flawed.micic"), readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8").replace("  hazards: flood,", "  hazards: flod,"));
    writeFileSync(path.join(dir, "README.md"), "# Plans\n\nNo plan here.\n");
    writeFileSync(path.join(dir, "notes.txt"), "not a plan\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs a hook's entry as pre-commit does: the entry's words, then the staged files its pattern selects. */
  function runHook(hook: Hook, files: string[]) {
    const selected = files.filter((f) => new RegExp(hook.files).test(f));
    const [command, ...args] = hook.entry.split(" ");
    assert.equal(command, "micic-plan", "the entry is the package's bin");
    try {
      return { code: 0, selected, output: execFileSync(process.execPath, [bin, ...args, ...selected], { cwd: dir, encoding: "utf8", stdio: "pipe" }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, selected, output: e.stdout + e.stderr };
    }
  }

  it("declares node hooks on plans and Markdown notes", () => {
    assert.deepEqual(hooks.map((h) => h.id), ["micic-plan", "micic-plan-fix"]);
    for (const hook of hooks) {
      assert.equal(hook.language, "node");
      assert.ok(hook.name);
    }
  });

  it("passes a clean plan and a Markdown file without a plan, and fails a flawed plan", () => {
    const check = hooks.find((h) => h.id === "micic-plan")!;
    const clean = runHook(check, ["plan.micic", "README.md", "notes.txt"]);
    assert.deepEqual(clean.selected, ["plan.micic", "README.md"]);
    assert.equal(clean.code, 0, clean.output);
    const flawed = runHook(check, ["flawed.micic"]);
    assert.equal(flawed.code, 1, flawed.output);
    assert.match(flawed.output, /flawed\.micic:\d+:\d+ error 'flod' is not allowed/);
  });

  it("installs as pre-commit installs it (npm pack, then the packed files alone) and checks a plan", () => {
    const packed = mkdtempSync(path.join(tmpdir(), "micic-pack-"));
    try {
      const tarball = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packed], { cwd: repoRoot, encoding: "utf8" }).trim().split("\n").pop()!;
      execFileSync("tar", ["-xzf", path.join(packed, tarball), "-C", packed]);
      const installed = path.join(packed, "package", "bin", "micic-plan.js");
      // No node_modules beside it: the bundles need none.
      const run = (() => {
        try {
          return { code: 0, output: execFileSync(process.execPath, [installed, "check", "plan.micic", "flawed.micic"], { cwd: dir, encoding: "utf8", stdio: "pipe" }) };
        } catch (error) {
          const e = error as { status: number; stdout: string; stderr: string };
          return { code: e.status, output: e.stdout + e.stderr };
        }
      })();
      assert.equal(run.code, 1, run.output);
      assert.match(run.output, /flawed\.micic:\d+:\d+ error/);
    } finally {
      rmSync(packed, { recursive: true, force: true });
    }
  });

  it("micic-plan-fix fixes what is mechanical, then passes", () => {
    const fix = hooks.find((h) => h.id === "micic-plan-fix")!;
    const run = runHook(fix, ["flawed.micic"]);
    assert.equal(run.code, 0, run.output);
    assert.match(readFileSync(path.join(dir, "flawed.micic"), "utf8"), /^ {2}hazards: flood,/m);
  });
});
