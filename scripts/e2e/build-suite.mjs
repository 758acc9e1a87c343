// Bundles the tests that run inside VS Code (test/e2e/suite/*.ts) into
// out/e2e/suite/: index.js (the extensionTestsPath) and one file per
// *.test.ts, which mocha loads. `vscode` comes from the extension host and
// `mocha` from the repository's node_modules, so both stay external.
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const suiteOut = path.join(repoRoot, "out/e2e/suite");
export const suiteEntry = path.join(suiteOut, "index.js");

export async function buildSuite() {
  const source = path.join(repoRoot, "test/e2e/suite");
  const entryPoints = readdirSync(source)
    .filter((f) => f === "index.ts" || f.endsWith(".test.ts"))
    .map((f) => path.join(source, f));
  rmSync(suiteOut, { recursive: true, force: true }); // no stale test file from a renamed test
  await build({
    entryPoints,
    outdir: suiteOut,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "inline",
    external: ["vscode", "mocha"],
    logLevel: "warning",
  });
  return suiteEntry;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildSuite();
  console.log(`e2e suite built: ${path.relative(process.cwd(), suiteEntry)}`);
}
