/**
 * docs/reference.md is what the schema generates (`npm run docs`), and it
 * names every block, attribute and allowed word of the schema.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { schemaVocabulary } from "../../server/src/core/schema";
import { renderReference } from "../../server/src/markdown/reference";
import { repoRoot } from "../helpers/plan";

describe("docs/reference.md", () => {
  const page = readFileSync(path.join(repoRoot, "docs", "reference.md"), "utf8");

  it("is what the schema generates", () => {
    assert.equal(page, renderReference(), "docs/reference.md is out of date: run `npm run docs`");
  });

  it("names every block, attribute and allowed word", () => {
    const { blocks, attributes, values } = schemaVocabulary();
    const missing = [...blocks, ...attributes, ...values.filter((v) => v !== "all" && v !== "yes" && v !== "no")].filter((word) => !page.includes(`\`${word}\``));
    assert.deepEqual(missing, []);
  });
});
