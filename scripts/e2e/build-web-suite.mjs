// Bundles the tests that run in VS Code's web-worker extension host
// (test/e2e/web-suite/) into out/e2e/web-suite/index.js: one CommonJS file,
// because the worker's loader gives a module `vscode` and nothing else.
// mocha's browser build is bundled in; node:assert/strict (which the shared
// helpers in test/e2e/suite/helpers.ts import) becomes the suite's own
// small assert.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const webSuiteOut = path.join(repoRoot, "out/e2e/web-suite");
export const webSuiteEntry = path.join(webSuiteOut, "index.js");

export async function buildWebSuite() {
  rmSync(webSuiteOut, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(repoRoot, "test/e2e/web-suite/index.ts")],
    outfile: webSuiteEntry,
    bundle: true,
    platform: "browser",
    format: "cjs",
    target: "es2022",
    sourcemap: "inline",
    external: ["vscode"],
    alias: { "node:assert/strict": path.join(repoRoot, "test/e2e/web-suite/assert.ts") },
    logLevel: "warning",
  });
  return webSuiteEntry;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildWebSuite();
  console.log(`e2e web suite built: ${path.relative(process.cwd(), webSuiteEntry)}`);
}
