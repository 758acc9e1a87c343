/**
 * Reading plan files within the limits (server/src/workspace/read-plan.ts):
 * what is not a regular file (a named pipe, a link to /dev/zero) is refused
 * before it is opened, with one sentence saying what it is and what to do;
 * a regular file is read up to the size limit and no further. Through the
 * reader itself and through the built command, as a child process.
 */
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { MAX_PLAN_BYTES } from "../../server/src/workspace/limits";
import { readPlanFile } from "../../server/src/workspace/read-plan";
import { repoRoot } from "../helpers/plan";

const run = promisify(execFile);
const bin = path.join(repoRoot, "bin", "micic-plan.js");
const posix = process.platform !== "win32";

/** The command as a child process, killed if it hangs (a read that blocks on a pipe would). */
async function micicPlan(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, timeout: 30_000, env: { ...process.env, NO_COLOR: "" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    assert.ok(!e.killed, "the command hung and was killed");
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const plan = 'plan "P" {\n  country: "Uzbekistan"\n}\n';

describe("reading plan files within the limits", function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-read-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a plan file", () => {
    writeFileSync(path.join(dir, "plan.micic"), plan);
    assert.deepEqual(readPlanFile(path.join(dir, "plan.micic")), { text: plan });
  });

  it("refuses a named pipe without opening it (an open would wait for a writer for ever)", function () {
    if (!posix) this.skip();
    const fifo = path.join(dir, "pipe.micic");
    execFileSync("mkfifo", [fifo]);
    assert.deepEqual(readPlanFile(fifo), {
      problem: { action: "read", reason: "it is a named pipe (FIFO), not a plan file: save the plan to a file and check that file" },
    });
  });

  it("refuses a link to /dev/zero, naming what it leads to", function () {
    if (!posix || !existsSync("/dev/zero")) this.skip();
    const link = path.join(dir, "zero.micic");
    symlinkSync("/dev/zero", link);
    assert.deepEqual(readPlanFile(link), {
      problem: {
        action: "read",
        reason: "it is a link to a character device (/dev/zero), not to a plan file: point the link at a plan file, or name the plan file itself",
      },
    });
  });

  it("refuses a file over the limit by its size, before reading it", () => {
    const big = path.join(dir, "big.micic");
    writeFileSync(big, "");
    truncateSync(big, 25 * 1048576); // sparse: nothing is written
    assert.deepEqual(readPlanFile(big), { problem: { action: "check", reason: "it is 25.0 MiB, more than the 20 MiB a plan may be" } });
  });

  it("reads a file of exactly the limit, and stops one byte past it when the size said less", function () {
    const exact = path.join(dir, "exact.micic");
    writeFileSync(exact, plan);
    assert.deepEqual(readPlanFile(exact, Buffer.byteLength(plan)), { text: plan });
    assert.deepEqual(readPlanFile(exact, Buffer.byteLength(plan) - 1), {
      problem: { action: "check", reason: `it is ${Buffer.byteLength(plan)} bytes, more than the ${Buffer.byteLength(plan) - 1} bytes a plan may be` },
    });
    // A file of the system says its size is 0 and holds more: the read stops at the limit.
    if (!existsSync("/proc/self/maps")) this.skip();
    assert.deepEqual(readPlanFile("/proc/self/maps", 100), { problem: { action: "check", reason: "it is more than the 100 bytes a plan may be" } });
    assert.ok("text" in readPlanFile("/proc/self/maps"), "read whole under the real limit");
  });

  it("keeps the decoding rules: binary files and text that is not UTF-8", () => {
    const binary = path.join(dir, "binary.micic");
    writeFileSync(binary, Buffer.from([0x70, 0x6c, 0, 0x61]));
    assert.deepEqual(readPlanFile(binary), { problem: { action: "check", reason: "it looks like a binary file, not a plan (a NUL byte at byte 3)" } });
    const latin1 = path.join(dir, "latin1.micic");
    writeFileSync(latin1, Buffer.from('plan "Caf\xe9" {}', "latin1"));
    assert.match((readPlanFile(latin1) as { problem: { reason: string } }).problem.reason, /not UTF-8 text \(an invalid byte at line 1, column 10\)/);
  });

  it("says what a missing file or a folder is", () => {
    assert.deepEqual(readPlanFile(path.join(dir, "none.micic")), { problem: { action: "read", reason: "no such file or folder" } });
    assert.deepEqual(readPlanFile(dir), { problem: { action: "read", reason: "it is a folder" } });
  });

  describe("through the command", () => {
    it("refuses a link to /dev/zero found in a folder with one clear line and exit code 2, and checks the rest", async function () {
      if (!posix || !existsSync("/dev/zero")) this.skip();
      writeFileSync(path.join(dir, "plan.micic"), plan);
      symlinkSync("/dev/zero", path.join(dir, "zero.micic"));
      const outcome = await micicPlan(["check", "."], dir);
      assert.equal(outcome.code, 2);
      assert.equal(
        outcome.stderr,
        "micic-plan: cannot read 'zero.micic': it is a link to a character device (/dev/zero), not to a plan file: point the link at a plan file, or name the plan file itself\n",
      );
      assert.match(outcome.stdout, /^plan\.micic:/m);
    });

    it("refuses a named pipe and a link to /dev/zero named on the command line", async function () {
      if (!posix || !existsSync("/dev/zero")) this.skip();
      execFileSync("mkfifo", [path.join(dir, "pipe.micic")]);
      symlinkSync("/dev/zero", path.join(dir, "zero.micic"));
      const outcome = await micicPlan(["check", "pipe.micic", "zero.micic"], dir);
      assert.equal(outcome.code, 2);
      assert.equal(
        outcome.stderr,
        [
          "micic-plan: cannot read 'pipe.micic': it is a named pipe (FIFO), not a plan file: save the plan to a file and check that file",
          "micic-plan: cannot read 'zero.micic': it is a link to a character device (/dev/zero), not to a plan file: point the link at a plan file, or name the plan file itself",
          "",
        ].join("\n"),
      );
    });

    it("refuses a file over the limit with one line and exit code 2", async () => {
      const big = path.join(dir, "big.micic");
      writeFileSync(big, "");
      truncateSync(big, MAX_PLAN_BYTES + 1);
      const outcome = await micicPlan(["check", "big.micic"], dir);
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stderr, "micic-plan: cannot check 'big.micic': it is 20.0 MiB, more than the 20 MiB a plan may be\n");
    });
  });
});
