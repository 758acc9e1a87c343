/**
 * `--format gitlab`: GitLab's code quality report, validated against the
 * schema GitLab validates it with (test/fixtures/gitlab/) and the fields
 * its documentation asks for; fingerprints unique in a report and stable
 * when lines are added above a finding or the locale changes.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import { repoRoot } from "../helpers/plan";
import type { GitlabIssue } from "../../server/src/cli/formatters/gitlab";
import { both, inProcess } from "./run";

const schema = JSON.parse(readFileSync(path.join(repoRoot, "test/fixtures/gitlab/codeclimate.json"), "utf8"));
const validateIssue = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe("--format gitlab (code quality)", function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-gitlab-"));
    for (const name of ["beirut-conflict.micic", "tripoli-conflict.micic", "policy-note.md"]) {
      writeFileSync(path.join(dir, name), readFileSync(path.join(repoRoot, "samples", name)));
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives an array of issues GitLab's schema and documentation accept", async () => {
    const run = await both(["check", ".", "--format", "gitlab"], dir);
    const issues = JSON.parse(run.stdout) as GitlabIssue[];
    assert.ok(Array.isArray(issues) && issues.length > 10, "the samples have findings");
    for (const issue of issues) {
      assert.ok(validateIssue(issue), JSON.stringify(validateIssue.errors));
      assert.match(issue.check_name, /^[A-Z]{3,4}\d{3}$/);
      assert.ok(["info", "minor", "major", "critical", "blocker"].includes(issue.severity), issue.severity);
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
      assert.ok(issue.location.lines.end >= issue.location.lines.begin);
      assert.ok(!path.isAbsolute(issue.location.path) && !issue.location.path.includes("\\"), issue.location.path);
      assert.ok(issue.description.length > 0);
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, "fingerprints are unique in a report");
    assert.ok(issues.some((i) => i.location.path === "policy-note.md"), "Markdown notes are reported too");
    assert.ok(issues.some((i) => i.severity === "major") && issues.some((i) => i.severity === "minor"), "errors are major, warnings minor");
  });

  it("keeps each finding's fingerprint when lines are added above it, or the messages are in Russian", async () => {
    writeFileSync(path.join(dir, "plan.micic"), readFileSync(path.join(repoRoot, "samples", "beirut-conflict.micic")));
    const once = await inProcess(["check", "plan.micic", "--format", "gitlab"], dir);
    const before = JSON.parse(once.stdout) as GitlabIssue[];
    writeFileSync(path.join(dir, "plan.micic"), "# Second reading\n\n\n" + readFileSync(path.join(repoRoot, "samples", "beirut-conflict.micic"), "utf8"));
    const moved = JSON.parse((await inProcess(["check", "plan.micic", "--format", "gitlab", "--locale", "ru"], dir)).stdout) as GitlabIssue[];
    assert.ok(before.length > 0);
    assert.deepEqual(moved.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
    assert.deepEqual(moved.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin + 3));
    assert.notDeepEqual(moved.map((i) => i.description), before.map((i) => i.description), "the messages are in Russian");
  });

  it("is an empty array when nothing is found", async () => {
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(path.join(tmpdir(), "micic-gitlab-"));
    writeFileSync(path.join(dir, "plan.micic"), readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic")));
    const run = await inProcess(["check", "plan.micic", "--format", "gitlab"], dir);
    assert.equal(run.stdout, "[]\n");
  });
});
