/**
 * Hostile or odd input and output, through the command: one clear line and
 * the right exit code, never a hang, a crash or a stack trace. Outputs that
 * would overwrite an input, a closed pipe and a full disk on stdout, control
 * characters from a plan on a terminal, configurations on standard input,
 * in named pipes and behind links to devices, folders that cannot be read,
 * and UTF-16 files.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";
import { bin, both, childProcess, inProcess, type Outcome } from "./run";

const posix = process.platform !== "win32";
const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
/** One error (SYN001) on line 6. */
const broken = complete.replace('  country: "Uzbekistan"', '  country "Uzbekistan"');

/** Runs the built command with its stdout on `stdout` (a file descriptor), and stderr collected. */
function runWithStdout(args: string[], cwd: string, stdout: number | "pipe-closed"): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", stdout === "pipe-closed" ? "pipe" : stdout, "pipe"], timeout: 30_000 });
    // The reading end closed before the command writes a byte, as `| head -0` would.
    if (stdout === "pipe-closed") child.stdout!.destroy();
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code, signal) => (signal ? reject(new Error(`killed by ${signal}`)) : resolve({ code: code ?? -1, stdout: "", stderr })));
  });
}

describe("hostile or odd input and output", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-hostile-"));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  describe("outputs never overwrite an input", () => {
    beforeEach(() => {
      writeFileSync(file("plan.micic"), broken);
      writeFileSync(file("other.micic"), complete);
      writeFileSync(file("strict.json"), '{ "extends": "strict" }');
      writeFileSync(file(".micicrc.json"), "{}");
    });

    it("--output-file onto a plan being checked, through a link too", async () => {
      symlinkSync("plan.micic", file("link.json"));
      for (const target of ["plan.micic", "./plan.micic", "link.json"]) {
        const outcome = await both(["check", ".", "-o", `json=${target}`], dir);
        assert.deepEqual(outcome, {
          code: 2,
          stdout: "",
          stderr: `micic-plan: --output-file would write over '${target}', which is being checked: write the output somewhere else\n`,
        });
      }
      assert.equal(readFileSync(file("plan.micic"), "utf8"), broken);
    });

    it("--output-file onto the configuration, named or found", async () => {
      const named = await both(["check", "plan.micic", "--config", "strict.json", "-o", "sarif=strict.json"], dir);
      assert.equal(named.code, 2);
      assert.equal(named.stderr, "micic-plan: --output-file would write over 'strict.json', the configuration: write the output somewhere else\n");
      const found = await both(["check", "plan.micic", "-o", "junit=.micicrc.json"], dir);
      assert.equal(found.stderr, "micic-plan: --output-file would write over '.micicrc.json', the configuration: write the output somewhere else\n");
      assert.equal(readFileSync(file("strict.json"), "utf8"), '{ "extends": "strict" }');
      assert.equal(readFileSync(file(".micicrc.json"), "utf8"), "{}");
    });

    it("report -o onto the plan or its configuration", async () => {
      const onPlan = await both(["report", "plan.micic", "-o", "plan.micic"], dir);
      assert.deepEqual(onPlan, { code: 2, stdout: "", stderr: "micic-plan: report -o would write over 'plan.micic', the plan it reports on: write the report somewhere else\n" });
      const onConfig = await both(["report", "plan.micic", "-o", ".micicrc.json"], dir);
      assert.equal(onConfig.stderr, "micic-plan: report -o would write over '.micicrc.json', the configuration: write the report somewhere else\n");
      assert.equal(readFileSync(file("plan.micic"), "utf8"), broken);
    });
  });

  describe("standard output", () => {
    it("ends quietly with the usual exit code when the pipe is closed (check … | head)", async function () {
      if (!posix) this.skip();
      for (let i = 0; i < 30; i++) writeFileSync(file(`plan-${i}.micic`), broken);
      const outcome = await runWithStdout(["check", "."], dir, "pipe-closed");
      assert.deepEqual(outcome, { code: 1, stdout: "", stderr: "" });
    });

    it("says in one line that /dev/full is full, with exit code 2", async function () {
      if (!posix || !existsSync("/dev/full")) this.skip();
      writeFileSync(file("plan.micic"), broken);
      const full = openSync("/dev/full", "w");
      try {
        const outcome = await runWithStdout(["check", "plan.micic"], dir, full);
        assert.deepEqual(outcome, { code: 2, stdout: "", stderr: "micic-plan: cannot write the output: no space left on the device\n" });
        const report = await runWithStdout(["report", "plan.micic"], dir, full);
        assert.deepEqual(report, { code: 2, stdout: "", stderr: "micic-plan: cannot write the output: no space left on the device\n" });
      } finally {
        closeSync(full);
      }
    });

    it("escapes control characters and escape sequences from a plan in stylish output and in a report", async () => {
      const hostile = complete
        .replace('plan "Tashkent Province', 'plan "\x1b]0;pwned\x07Tashkent\x1b[2J Province')
        .replace("  hazards: flood, mudflow, earthquake", '  hazards: "\x1b[31mflood\u202e", mudflow, earthquake');
      writeFileSync(file("plan.micic"), hostile);
      const checked = await both(["check", "plan.micic"], dir);
      assert.match(checked.stdout, /\[SCH002\]/);
      assert.doesNotMatch(checked.stdout, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/, "nothing but line breaks");
      assert.match(checked.stdout, /\\u001b\[31mflood\\u202e/);
      const report = await both(["report", "plan.micic"], dir);
      assert.doesNotMatch(report.stdout, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
      // (The report escapes Markdown's "[" too.)
      assert.match(report.stdout, /^# \\u001b\]0;pwned\\u0007Tashkent\\u001b\\?\[2J Province/m);
    });
  });

  describe("the configuration", () => {
    const config = '{ "rules": { "EVAC004": "error" } }';
    const withoutConsent = complete.replace("    consent: informed\n", "");

    it("is read from standard input with --config - or --config /dev/stdin, once, however many workers", async () => {
      writeFileSync(file("plan.micic"), withoutConsent);
      const dash = await both(["check", "plan.micic", "--config", "-"], dir, config);
      assert.equal(dash.code, 1);
      assert.match(dash.stdout, / error .*\[EVAC004\]/);
      const devStdin = await childProcess(["check", "plan.micic", "--config", "/dev/stdin"], dir, config);
      assert.deepEqual(devStdin, dash);
      for (let i = 0; i < 60; i++) writeFileSync(file(`plan-${i}.micic`), withoutConsent);
      const many = await childProcess(["check", ".", "--config", "-", "--workers", "3"], dir, config);
      assert.equal(many.code, 1, many.stderr);
      assert.equal(many.stdout.match(/ error .*\[EVAC004\]/g)?.length, 61);
    });

    it("is refused, before it is read, when it is a named pipe or a link to a device", async function () {
      if (!posix || !existsSync("/dev/zero")) this.skip();
      writeFileSync(file("plan.micic"), complete);
      execFileSync("mkfifo", [file("fifo.json")]);
      symlinkSync("/dev/zero", file("zero.json"));
      assert.deepEqual(await both(["check", "plan.micic", "--config", "fifo.json"], dir), {
        code: 2,
        stdout: "",
        stderr: "micic-plan: cannot read the configuration 'fifo.json': it is a named pipe (FIFO), not a configuration file: save the configuration to a file, or pipe it in with --config -\n",
      });
      assert.deepEqual(await both(["check", "plan.micic", "--config", "zero.json"], dir), {
        code: 2,
        stdout: "",
        stderr: "micic-plan: cannot read the configuration 'zero.json': it is a link to a character device (/dev/zero), not to a configuration file: point the link at a configuration file, or name the file itself\n",
      });
      assert.equal((await both(["report", "plan.micic"], dir)).code, 0);
    });

    it("is refused when the .micicrc.json found beside a plan is a named pipe", async function () {
      if (!posix) this.skip();
      mkdirSync(file("plans"));
      writeFileSync(file("plans/plan.micic"), complete);
      execFileSync("mkfifo", [file("plans/.micicrc.json")]);
      const outcome = await both(["check", "plans"], dir);
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /^micic-plan: cannot read the configuration '.*plans\/\.micicrc\.json': it is a named pipe \(FIFO\), not a configuration file: .*\n$/);
    });
  });

  describe("folders and files", () => {
    it("reports a folder it cannot read, checks the rest, and exits 2 (the check is incomplete)", async function () {
      if (!posix) this.skip();
      mkdirSync(file("open"));
      mkdirSync(file("locked"));
      writeFileSync(file("open/plan.micic"), complete);
      writeFileSync(file("locked/plan.micic"), broken);
      chmodSync(file("locked"), 0o000);
      chmodSync(dir, 0o755);
      const expected = {
        code: 2,
        stdout: /^✔ no problems in 1 file\n$/,
        stderr: "micic-plan: cannot read the folder 'locked': permission denied; the plans in it were not checked\n",
      };
      // Permissions do not hold for root: run the command as nobody then.
      const outcome = process.getuid?.() === 0 ? await asNobody(["check", "."], dir) : await both(["check", "."], dir);
      assert.equal(outcome.code, expected.code, outcome.stderr);
      assert.match(outcome.stdout, expected.stdout);
      assert.equal(outcome.stderr, expected.stderr);
    });

    for (const [encoding, bom] of [["utf-16le", [0xff, 0xfe]], ["utf-16be", [0xfe, 0xff]]] as const) {
      it(`checks a ${encoding.toUpperCase()} plan with a BOM, and --fix writes it back in ${encoding.toUpperCase()}`, async () => {
        const encode = (text: string) => {
          const le = Buffer.from(text, "utf16le");
          return Buffer.concat([Buffer.from(bom), encoding === "utf-16le" ? le : le.swap16()]);
        };
        writeFileSync(file("utf8.micic"), broken.replace("  hazards: flood", "  hazards: flod"));
        writeFileSync(file("plan.micic"), encode(broken.replace("  hazards: flood", "  hazards: flod")));
        const utf8 = await inProcess(["check", "utf8.micic"], dir);
        const utf16 = await both(["check", "plan.micic"], dir);
        assert.equal(utf16.stdout, utf8.stdout.replace(/utf8\.micic/g, "plan.micic"), "the same findings at the same places");
        await inProcess(["check", "plan.micic", "--fix"], dir);
        assert.deepEqual(readFileSync(file("plan.micic")), encode(broken), `fixed, and still ${encoding} with its BOM`);
      });
    }

    it("names UTF-16 without a BOM and UTF-32, and says how to convert", async () => {
      writeFileSync(file("plan.micic"), Buffer.from(complete, "utf16le"));
      writeFileSync(file("wide.micic"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("p\0\0\0")]));
      const outcome = await both(["check", "plan.micic", "wide.micic"], dir);
      assert.equal(outcome.code, 2);
      assert.equal(
        outcome.stderr,
        [
          "micic-plan: cannot check 'plan.micic': it looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as UTF-16 with a BOM)",
          "micic-plan: cannot check 'wide.micic': it is UTF-32 text: save it as UTF-8",
          "",
        ].join("\n"),
      );
    });
  });
});

/** The built command run as the user nobody (for a test that needs permissions to hold, run as root). */
function asNobody(args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, uid: 65534, gid: 65534, stdio: ["ignore", "pipe", "pipe"], timeout: 30_000, env: { ...process.env, NO_COLOR: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
