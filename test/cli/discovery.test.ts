/**
 * Which files a folder search checks (workspace/discovery.ts), as a user of
 * the command meets it: .micicignore files, read like .gitignore relative to
 * their own folder, also above the folder searched; a folder whose every
 * plan is ignored is said so; and at the top of this repository the command
 * checks the samples, not the documentation's examples.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";
import { inProcess } from "./run";

const PLAN = 'plan "Паводок" {\n  hazards: flood\n}\n';

/** A project: plans at the top, in drafts/ and in notes/, and a README with an example. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "micic-discovery-"));
  mkdirSync(path.join(dir, "drafts"));
  mkdirSync(path.join(dir, "notes", "old"), { recursive: true });
  writeFileSync(path.join(dir, "plan.micic"), PLAN);
  writeFileSync(path.join(dir, "drafts", "draft.micic"), PLAN);
  writeFileSync(path.join(dir, "notes", "note.md"), "# Note\n\n```micic\n" + PLAN + "```\n");
  writeFileSync(path.join(dir, "notes", "old", "old.micic"), PLAN);
  writeFileSync(path.join(dir, "README.md"), "# Example\n\n```micic\nplan {\n```\n");
  return dir;
}

/** The files a run checked, relative to `dir`, from its JSON output. */
async function checked(args: string[], dir: string): Promise<{ code: number; files: string[]; stderr: string }> {
  const outcome = await inProcess(["check", ...args, "--format", "json"], dir);
  const report = outcome.stdout ? (JSON.parse(outcome.stdout) as { files: { path: string }[] }) : { files: [] };
  const files = report.files.map((f) => path.relative(dir, path.resolve(dir, f.path)).split(path.sep).join("/"));
  return { code: outcome.code, files: files.sort(), stderr: outcome.stderr };
}

describe("which files a folder search checks", () => {
  it("checks every plan and plan note without ignore files", async () => {
    const dir = project();
    assert.deepEqual((await checked(["."], dir)).files, ["README.md", "drafts/draft.micic", "notes/note.md", "notes/old/old.micic", "plan.micic"]);
  });

  it("passes over what .micicignore names, each file's patterns relative to its own folder", async () => {
    const dir = project();
    writeFileSync(path.join(dir, ".micicignore"), "# examples, not plans\nREADME.md\ndrafts/\n");
    writeFileSync(path.join(dir, "notes", ".micicignore"), "old/\n");
    assert.deepEqual((await checked(["."], dir)).files, ["notes/note.md", "plan.micic"]);
  });

  it("honours a .micicignore above the folder it is asked to search", async () => {
    const dir = project();
    writeFileSync(path.join(dir, ".micicignore"), "notes/old/\n");
    assert.deepEqual((await checked(["notes"], dir)).files, ["notes/note.md"]);
  });

  it("keeps .micicignore with --no-gitignore, which turns off .gitignore alone", async () => {
    const dir = project();
    writeFileSync(path.join(dir, ".micicignore"), "README.md\n");
    writeFileSync(path.join(dir, ".gitignore"), "drafts/\n");
    assert.deepEqual((await checked(["."], dir)).files, ["notes/note.md", "notes/old/old.micic", "plan.micic"]);
    assert.deepEqual((await checked([".", "--no-gitignore"], dir)).files, ["drafts/draft.micic", "notes/note.md", "notes/old/old.micic", "plan.micic"]);
  });

  it("says so when every plan of a folder is ignored, and checks a file named anyway", async () => {
    const dir = project();
    writeFileSync(path.join(dir, ".micicignore"), "drafts/\n");
    const outcome = await inProcess(["check", "drafts"], dir);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stderr, "micic-plan: every plan file in 'drafts' is ignored (by a .micicignore or .gitignore file, or --ignore); name a file to check it anyway\n");
    assert.deepEqual((await checked(["drafts/draft.micic"], dir)).files, ["drafts/draft.micic"]);
  });

  it("at the top of this repository, checks the samples and not the documentation's examples", async () => {
    const { files } = await checked([], repoRoot);
    assert.ok(files.length > 0);
    assert.deepEqual(files.filter((f) => !f.startsWith("samples/")), [], "only samples/ holds plans");
  });
});
