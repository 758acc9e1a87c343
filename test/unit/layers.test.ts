/**
 * The layers of ARCHITECTURE.md hold: each imports only those below it. The
 * lint (part of `npm test`) enforces them; this test plants an upward
 * import in each layer and sees the lint refuse it, so a change to the
 * configuration cannot quietly stop enforcing them.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { repoRoot } from "../helpers/plan";

/** The layers as the lint configuration defines them (a JavaScript module, read as the lint reads it). */
const { layers } = (await import(pathToFileURL(path.join(repoRoot, "eslint.config.mjs")).href)) as { layers: { name: string; folders: string[] }[] };

/** A file in `folder` that imports `target` (a folder relative to the repository). */
function planted(folder: string, target: string): { code: string; filePath: string } {
  const filePath = path.join(repoRoot, folder, "planted-by-test.ts");
  const specifier = path.relative(path.dirname(filePath), path.join(repoRoot, target, "index")).split(path.sep).join("/");
  return { code: `import { x } from "${specifier}";\nexport const y = x;\n`, filePath };
}

describe("layers", () => {
  const eslint = new ESLint({ cwd: repoRoot });

  for (const [index, layer] of layers.entries()) {
    const above = layers.slice(index + 1);
    if (above.length === 0) continue;
    for (const upper of above) {
      it(`${layer.name} may not import ${upper.name}`, async () => {
        const { code, filePath } = planted(layer.folders[0], upper.folders[0]);
        const [result] = await eslint.lintText(code, { filePath });
        const refused = result.messages.filter((m) => m.ruleId === "no-restricted-imports");
        assert.equal(refused.length, 1, `an import of ${upper.folders[0]} from ${layer.folders[0]} is refused: ${JSON.stringify(result.messages)}`);
        assert.match(refused[0].message, /must not import it/);
      });
    }
  }

  it("a layer may import the layers below it", async () => {
    const { code, filePath } = planted("server/src/workspace", "server/src/rules");
    const [result] = await eslint.lintText(code, { filePath });
    assert.deepEqual(result.messages.filter((m) => m.ruleId === "no-restricted-imports"), []);
  });

  it("the core imports no rules, today", async () => {
    const results = await eslint.lintFiles(["server/src/core/**/*.ts"]);
    const upward = results.flatMap((r) => r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${path.relative(repoRoot, r.filePath)}:${m.line} ${m.message}`));
    assert.deepEqual(upward, []);
  });
});
