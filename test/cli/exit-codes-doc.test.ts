/**
 * The exit codes are written once for users (docs/output-formats.md) and
 * once in --help; the two must say the same, code by code.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";
import { inProcess } from "./run";

/** The words that say what each code means, which both texts must hold. */
const MEANING: Record<string, RegExp[]> = {
  "0": [/no finding at or above the fail level/, /--max-warnings/],
  "1": [/a finding at or above the fail level/, /too many warnings|more warnings than/],
  "2": [/could not run as asked, or not all of it/, /option/, /configuration/, /unreadable file or folder/, /matches nothing/, /output/, /fixes/],
};

describe("exit codes, as documented", () => {
  it("docs/output-formats.md and --help give each code the same meaning", async () => {
    const docs = readFileSync(path.join(repoRoot, "docs", "output-formats.md"), "utf8");
    const table = docs.slice(docs.indexOf("## Exit codes"));
    const help = (await inProcess(["--help"], repoRoot)).stdout;
    const helpCodes = help.slice(help.indexOf("Exit codes:"));
    for (const [code, words] of Object.entries(MEANING)) {
      const row = new RegExp(`^\\| ${code} \\| (.*) \\|$`, "m").exec(table)?.[1];
      assert.ok(row, `docs/output-formats.md has a row for ${code}`);
      const entry = new RegExp(`^  ${code}  ([\\s\\S]*?)(?=^  \\d  |^\\S|\\n\\n)`, "m").exec(helpCodes)?.[1].replace(/\s+/g, " ");
      assert.ok(entry, `--help explains ${code}`);
      for (const word of words) {
        assert.match(row, word, `docs: exit code ${code}`);
        assert.match(entry, word, `--help: exit code ${code}`);
      }
    }
  });
});
