// `npm run bench`: bundles bench/index.ts the way the product is bundled
// (esbuild, no source-level helpers), then runs it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

await build({
  entryPoints: ["bench/index.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "out/bench/index.mjs",
  logLevel: "warning",
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
// --expose-gc: the rule-by-rule figures collect the heap before each run.
const run = spawnSync(process.execPath, ["--expose-gc", "out/bench/index.mjs"], { stdio: "inherit" });
process.exit(run.status ?? 1);
