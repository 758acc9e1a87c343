/**
 * The fingerprints the command line gives code scanning (SARIF) and GitLab
 * (code quality): a finding keeps its fingerprint when its block moves
 * among blocks that have the same finding on the same words, when lines are
 * added above it, and in another language. They hash where the finding
 * stands in the plan's structure (core/finding-match.ts), so the finding
 * of the pathway `protection_desk` stays the finding of `protection_desk`; hashing
 * the text alone told such findings apart only by their order.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FINGERPRINT_KEY } from "../../server/src/cli/formatters/sarif";
import type { GitlabIssue } from "../../server/src/cli/formatters/gitlab";
import { repoRoot } from "../helpers/plan";
import { inProcess } from "./run";

const complete = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");
/** Every pathway closed to migrants without status: one REF003 on the same words ("regardless-of-status: no") in each. */
const closed = complete.replace(/regardless-of-status: yes(?=(?:(?!\n {2}\}).)*\n {2}\}\n\n {2}coordination)/gs, "regardless-of-status: no");
const block = (name: string) => new RegExp(`\\n {4}pathway ${name} "[^\\n]*\\{[\\s\\S]*?\\n {4}\\}`);

describe("fingerprints from the command line (sarif, gitlab)", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-fingerprints-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Each REF003's fingerprint, by the pathway its message names. */
  async function byPathway(text: string, format: "sarif" | "gitlab", locale = "en"): Promise<Map<string, string>> {
    writeFileSync(path.join(dir, "plan.micic"), text);
    const run = await inProcess(["check", "plan.micic", "--format", format, "--locale", locale], dir);
    const found = new Map<string, string>();
    // The messages name the pathway by its id, in any language.
    const pathwayOf = (message: string) => /(emergency_care|counselling|protection_desk|emergency_shelter|replacement_papers|child_safety|food_parcels)/.exec(message)?.[1];
    if (format === "sarif") {
      for (const r of JSON.parse(run.stdout).runs[0].results as { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> }[]) {
        if (r.ruleId === "REF003") found.set(pathwayOf(r.message.text)!, r.partialFingerprints[FINGERPRINT_KEY]);
      }
    } else {
      for (const issue of JSON.parse(run.stdout) as GitlabIssue[]) if (issue.check_name === "REF003") found.set(pathwayOf(issue.description)!, issue.fingerprint);
    }
    return found;
  }

  it("keeps each finding's fingerprint when its block moves among blocks with the same finding, lines are added above, and the language changes", async () => {
    const protection = block("protection_desk").exec(closed)![0];
    const foodParcels = block("food_parcels").exec(closed)![0];
    const moved = "# Second reading\n\n" + closed.replace(protection, "\n    pathway PLACEHOLDER").replace(foodParcels, protection).replace("\n    pathway PLACEHOLDER", foodParcels);
    assert.ok(moved.indexOf("pathway protection_desk") > moved.indexOf("pathway emergency_shelter"), "protection_desk moved after emergency_shelter");
    for (const format of ["sarif", "gitlab"] as const) {
      const before = await byPathway(closed, format);
      assert.equal(before.size, 4, `${format}: one REF003 per life-saving pathway`);
      assert.equal(new Set(before.values()).size, 4, `${format}: unique fingerprints`);
      const after = await byPathway(moved, format, "ru");
      assert.deepEqual([...after].sort(), [...before].sort(), `${format}: each pathway's finding keeps its fingerprint`);
    }
  });
});
