/**
 * What package.json contributes to VS Code beyond the grammar (see
 * grammar.test.ts): the task's problem matcher.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";

interface ProblemMatcher {
  name: string;
  owner: string;
  source?: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { contributes: { problemMatchers: ProblemMatcher[] } };

describe("package.json contributions", () => {
  const [matcher] = manifest.contributes.problemMatchers;

  it("the task's problem matcher reports under an owner of its own, not the language server's", () => {
    // Under the same owner, VS Code let the task's findings replace the live
    // ones: a plan's list went from 44 to 38 and unsaved documents lost theirs.
    const client = readFileSync(path.join(repoRoot, "client", "src", "extension.ts"), "utf8");
    const collection = /export const SERVER_SOURCE = "([^"]+)"/.exec(client)?.[1];
    assert.ok(collection, "client/src/extension.ts names its diagnostic collection SERVER_SOURCE");
    assert.match(client, /diagnosticCollectionName: SERVER_SOURCE/);
    assert.equal(matcher.name, "micic-plan");
    assert.notEqual(matcher.owner, collection);
  });

  it("the task's problem matcher reads every finding the command line prints for the task, in Cyrillic too", () => {
    // The task runs `check <paths> --no-color` (client/src/tasks.ts).
    let output: string;
    try {
      output = execFileSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "check", "samples", "--no-color"], { cwd: repoRoot, encoding: "utf8" });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // exit 1: there are findings
    }
    const pattern = new RegExp(matcher.pattern.regexp);
    const findings = output.split("\n").filter((line) => /\[[A-Z]{3,4}\d{3}\]$/.test(line));
    assert.ok(findings.length > 20, `the samples have findings:\n${output.slice(0, 500)}`);
    for (const line of findings) {
      const match = pattern.exec(line);
      assert.ok(match, line);
      assert.ok(/\.(micic|md)$/.test(match[matcher.pattern.file]) && Number(match[matcher.pattern.line]) > 0, line);
      assert.match(match[matcher.pattern.severity], /^(error|warning|info)$/);
    }
    assert.ok(findings.some((line) => pattern.exec(line)?.[matcher.pattern.message].includes("кыргызские_рабочие")), "a Cyrillic name in a message");
  });
});
