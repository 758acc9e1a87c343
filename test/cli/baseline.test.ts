/**
 * `check --baseline FILE`: a team adopting the checker on an existing plan
 * records today's findings and fails only on new ones. The round trip
 * (record, check, fix, prune), matching that survives edits above a
 * finding, files the run did not check left alone, and a baseline that
 * cannot be used named in one sentence.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";
import { both, inProcess } from "./run";

const conflict = readFileSync(path.join(repoRoot, "samples", "beirut-conflict.micic"), "utf8");

describe("micic-plan check --baseline", function () {
  this.timeout(60_000);
  let dir: string;
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  const baseline = (name = "micic-baseline.json") => JSON.parse(readFileSync(path.join(dir, name), "utf8"));
  const entries = (name = "micic-baseline.json") => Object.values(baseline(name).files as Record<string, unknown[]>).flat().length;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-baseline-"));
    write("plans/beirut.micic", conflict);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("records today's findings, then fails only on new ones, whatever lines were added above the old", async () => {
    const plain = await inProcess(["check", "plans"], dir);
    assert.ok(/\d+ problems?/.test(plain.stdout), "the sample has findings");
    const recorded = await both(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    assert.equal(recorded.code, 0);
    assert.match(recorded.stderr, /^micic-plan: wrote \d+ findings to the baseline micic-baseline\.json$/m);
    const written = baseline();
    assert.equal(written.version, 1);
    assert.deepEqual(Object.keys(written.files), ["plans/beirut.micic"], "paths relative to the baseline, with forward slashes");
    assert.ok(written.files["plans/beirut.micic"].every((e: Record<string, string>) => e.code && e.anchor && e.message && "subject" in e));

    const quiet = await both(["check", "plans", "--baseline", "micic-baseline.json"], dir);
    assert.equal(quiet.code, 0);
    assert.match(quiet.stdout, /no problems in 1 file/);
    assert.match(quiet.stderr, /findings known to the baseline micic-baseline\.json not shown/);

    // Lines added above every finding, and one new finding (consent not sought).
    assert.ok(conflict.includes("consent: informed"));
    write("plans/beirut.micic", "# Revised after the consulates' meeting\n\n" + conflict.replace("consent: informed", "consent: not-sought"));
    const fresh = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--format", "json"], dir);
    const reported = JSON.parse(fresh.stdout).files[0].findings.map((f: { code: string }) => f.code);
    assert.deepEqual(reported, ["EVAC004"]);
    assert.equal(fresh.code, 0, "EVAC004 is a warning: under the default --fail-level error, exit 0");
    assert.equal((await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--fail-level", "warning"], dir)).code, 1);
  });

  it("says which findings no longer occur, and --prune-baseline removes them, never adding", async () => {
    await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    const before = entries();
    // Fix one finding (the exit permits) and make a new one (consent).
    assert.ok(conflict.includes("exit-permits: required"));
    write("plans/beirut.micic", conflict.replace("exit-permits: required", "exit-permits: waived").replace("consent: informed", "consent: not-sought"));
    const stale = await inProcess(["check", "plans", "--baseline", "micic-baseline.json"], dir);
    assert.match(stale.stderr, /1 finding in the baseline micic-baseline\.json no longer occurs: run the check with --update-baseline \(or --prune-baseline\) to remove it/);
    assert.equal(entries(), before, "a check never writes the baseline");

    const pruned = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--prune-baseline"], dir);
    assert.match(pruned.stderr, /removed 1 finding that no longer occurs from the baseline/);
    assert.equal(entries(), before - 1, "the baseline shrank by the fixed finding, and the new one was not added");
    assert.match(pruned.stdout, /EVAC004/, "the new finding is still reported");
    const again = await inProcess(["check", "plans", "--baseline", "micic-baseline.json"], dir);
    assert.doesNotMatch(again.stderr, /no longer occur/);
  });

  it("leaves the entries of files the run did not check as they are", async () => {
    write("other/athens.micic", readFileSync(path.join(repoRoot, "samples", "athens-heatwave.micic"), "utf8"));
    await inProcess(["check", "plans", "other", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    const all = baseline();
    const partial = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--prune-baseline"], dir);
    assert.doesNotMatch(partial.stderr, /no longer occur/);
    assert.deepEqual(baseline(), all);
    // Updating from one folder keeps the other's entries.
    await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    assert.deepEqual(Object.keys(baseline().files).sort(), Object.keys(all.files).sort());
  });

  it("names a baseline it cannot use, in one sentence: missing, not JSON, from a newer version, the wrong shape", async () => {
    const cases: [string, string | undefined, RegExp][] = [
      ["missing.json", undefined, /the baseline 'missing\.json' does not exist: create it with --update-baseline/],
      ["broken.json", '{\n  "version": 1,\n  "files": {\n    "a": [,]\n', /the baseline 'broken\.json' is not valid JSON \(line 4, column \d+: .*\): fix it, or re-create it with --update-baseline/],
      ["newer.json", '{ "version": 7, "files": {} }', /the baseline 'newer\.json' was written by a newer micic-plan \(baseline version 7; this one reads version 1\): upgrade micic-plan/],
      ["shape.json", '{ "version": 1, "files": { "plans/beirut.micic": [ { "code": "EVAC004" } ] } }', /the baseline 'shape\.json' has no "anchor" text in finding 1 of "plans\/beirut\.micic"/],
      ["array.json", "[]", /the baseline 'array\.json' is not a micic-plan baseline/],
    ];
    for (const [name, text, message] of cases) {
      if (text !== undefined) write(name, text);
      const run = await inProcess(["check", "plans", "--baseline", name], dir);
      assert.equal(run.code, 2, `${name}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split("\n").length, 1, `one line: ${run.stderr}`);
    }
    for (const [args, message] of [
      [["--update-baseline"], /--update-baseline needs the baseline file: add --baseline FILE/],
      [["--baseline", "b.json", "--update-baseline", "--prune-baseline"], /give one of the two/],
    ] as const) {
      const run = await inProcess(["check", "plans", ...args], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    }
  });

  it("--update-baseline re-creates a baseline it cannot read, as its message advises", async () => {
    write("micic-baseline.json", '{ "version": 1, "files": {');
    const run = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(entries() > 0);
  });

  it("prunes nothing while the findings limit hides findings, and matches a plan reached through a linked folder", async () => {
    await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    const before = entries();
    const limited = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--prune-baseline", "--max-findings", "1"], dir);
    assert.doesNotMatch(limited.stderr, /removed|no longer occur/);
    assert.equal(entries(), before);
    symlinkSync(path.join(dir, "plans"), path.join(dir, "linked"));
    const linked = await inProcess(["check", "linked/beirut.micic", "--baseline", "micic-baseline.json"], dir);
    assert.match(linked.stdout, /no problems/);
  });

  it("finds the same findings in Russian: the messages are for reading, matching ignores them", async () => {
    await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--update-baseline"], dir);
    const ru = await inProcess(["check", "plans", "--baseline", "micic-baseline.json", "--locale", "ru"], dir);
    assert.equal(ru.code, 0);
    assert.match(ru.stderr, /не показано замечаний, известных по базовому списку micic-baseline\.json: \d+/);
  });
});
