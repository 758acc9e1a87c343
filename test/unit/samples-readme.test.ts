import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { check, repoRoot, sampleFiles } from "../helpers/plan";

/**
 * samples/README.md tells a newcomer what the checker finds in each sample,
 * rule by rule; this holds that page to what the checker really reports, so
 * that a sample or a rule changed without the page fails here.
 */
function documentedCounts(readme: string): Map<string, Map<string, number>> {
  const bySample = new Map<string, Map<string, number>>();
  let current: Map<string, number> | undefined;
  for (const line of readme.split("\n")) {
    const heading = /^### (\S+\.micic)/.exec(line);
    if (heading) {
      current = new Map();
      bySample.set(heading[1], current);
      continue;
    }
    if (line.startsWith("## ")) current = undefined;
    const row = /^\| ([A-Z]+\d{3}) \| [^|]*?(?:×(\d+))? *\|/.exec(line);
    if (current && row) current.set(row[1], (current.get(row[1]) ?? 0) + Number(row[2] ?? 1));
  }
  return bySample;
}

function countsByCode(codes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe("samples/README.md", () => {
  const readme = readFileSync(path.join(repoRoot, "samples", "README.md"), "utf8");
  const documented = documentedCounts(readme);

  for (const sample of sampleFiles()) {
    it(`lists what the checker finds in ${sample.name}`, () => {
      assert.ok(documented.has(sample.name), `samples/README.md has no section "### ${sample.name}"`);
      const found = countsByCode(check(sample.text).map((f) => f.code));
      assert.deepEqual(sorted(documented.get(sample.name)!), sorted(found));
    });

    it(`has a row for ${sample.name} in its table`, () => {
      assert.match(readme, new RegExp(`^\\| \`${sample.name.replace(/\./g, "\\.")}\` \\|`, "m"));
    });
  }
});
