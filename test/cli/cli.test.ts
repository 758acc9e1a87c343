/**
 * The command-line checker, from a table of cases run twice: in-process
 * through the exported `main`, and as a child process of the built bin.
 * Both must give the same exit code, stdout and stderr.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
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

const brokenLines = [
  "broken/missing-colon.micic:3:10 error expected ':' after 'country' [SYN001]",
  "broken/missing-colon.micic:6:5 error 'contcat' is not an attribute of a stakeholder. Did you mean 'contact'? [SCH001]",
];

interface Case {
  name: string;
  args: string[];
  cwd?: string;
  code: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
}

const cases: Case[] = [
  { name: "--help", args: ["--help"], code: 0, stdout: /^micic-plan .*\n\nUsage:\n  micic-plan check \[paths\.\.\.\]/, stderr: "" },
  { name: "--version", args: ["--version"], code: 0, stdout: `${version}\n`, stderr: "" },
  { name: "no command", args: [], code: 2, stdout: "", stderr: /^micic-plan .*Usage:/s },
  { name: "an unknown command", args: ["lint"], code: 2, stdout: "", stderr: "micic-plan: unknown command 'lint'. The command is 'check': micic-plan check [paths...]\n" },
  { name: "an unknown option", args: ["check", "--frobnicate"], code: 2, stdout: "", stderr: "micic-plan: unknown option '--frobnicate'. Run 'micic-plan --help' for the options.\n" },
  { name: "an unknown format", args: ["check", "--format", "xml", "broken"], code: 2, stdout: "", stderr: "micic-plan: unknown format 'xml'. Formats: stylish.\n" },
  {
    name: "a file with errors",
    args: ["check", "broken/missing-colon.micic"],
    code: 1,
    stdout: [...brokenLines, "", "✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 file of 1 file", ""].join("\n"),
    stderr: "",
  },
  {
    name: "a folder: plans found below it, other files and node_modules skipped",
    args: ["check", "mixed"],
    code: 1,
    stdout: /^mixed\/nested\/draft\.micic:3:10 error .*\n.*\n\n✖ 2 problems \(2 errors, 0 warnings, 0 info\) in 1 file of 1 file\n$/,
    stderr: "",
  },
  { name: "a glob", args: ["check", "**/missing-*.micic"], code: 1, stdout: /^broken\/missing-colon\.micic:3:10 /, stderr: "" },
  {
    name: "a path that does not exist, beside one that does",
    args: ["check", "nope.micic", "broken"],
    code: 2,
    stdout: /^broken\/missing-colon\.micic:3:10 /,
    stderr: "micic-plan: cannot read 'nope.micic': no such file or folder\n",
  },
  { name: "a glob that matches nothing", args: ["check", "**/*.plan"], code: 2, stdout: "", stderr: "micic-plan: no files match '**/*.plan'\n" },
  { name: "a folder without plans", args: ["check", "no-plans"], code: 2, stdout: "", stderr: "micic-plan: no plan files (.micic) in 'no-plans'\n" },
  { name: "a folder given from inside it", args: ["check", ".."], cwd: path.join(fixtures, "mixed", "nested"), code: 1, stdout: /^draft\.micic:3:10 /m },
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

  it("colours only on request or on a terminal", async () => {
    const plain = await childProcess(["check", "broken"], fixtures);
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    const coloured = await childProcess(["check", "broken", "--color"], fixtures);
    assert.match(coloured.stdout, /\x1b\[31merror\x1b\[39m/);
  });

  it("checks the current folder when no path is given", async () => {
    const outcome = await inProcess(["check"], path.join(fixtures, "broken"));
    assert.equal(outcome.code, 1);
    assert.match(outcome.stdout, /^missing-colon\.micic:3:10 /);
  });
});
