// Bundles the TypeScript sources into the CommonJS files that Node and
// VS Code load (ESM-only dependencies such as Chevrotain included), with
// source maps. Type checking is separate: `npm run typecheck`.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * iso-639-3 ships its 7,900 languages as a 780 KB JavaScript array literal,
 * the largest thing in our bundles. V8 reads the same data several times
 * faster as a JSON string (JSON.parse), and we read five of its fields, so
 * the bundles carry those fields as JSON. Same data, same export.
 */
const compactLanguageTable = {
  name: "compact-language-table",
  setup(build) {
    build.onLoad({ filter: /[\\/]iso-639-3[\\/]iso6393\.js$/ }, async () => {
      const { iso6393 } = await import("iso-639-3");
      const fields = ["name", "iso6393", "iso6392B", "iso6392T", "iso6391"];
      const rows = iso6393.map((language) => Object.fromEntries(fields.filter((f) => language[f] !== undefined).map((f) => [f, language[f]])));
      return { contents: `export const iso6393 = JSON.parse(${JSON.stringify(JSON.stringify(rows))});`, loader: "js" };
    });
  },
};

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Source maps for development; the packaged extension ships without them.
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  plugins: [compactLanguageTable],
  // jsonc-parser's default entry is a UMD build whose inner requires esbuild
  // cannot follow; its ESM build bundles cleanly.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  define: { MICIC_VERSION: JSON.stringify(pkg.version), "import.meta.url": "__importMetaUrl" },
  // ESM dependencies read import.meta.url (createRequire); in a CommonJS
  // bundle it is undefined, so give them the bundle's own URL.
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await build({
  ...common,
  entryPoints: {
    cli: "server/src/cli/main.ts",
    "check-worker": "server/src/cli/worker.ts",
    server: "server/src/lsp/server.ts",
  },
  outdir: "dist",
});

// The VS Code extension: `vscode` is provided by the editor at run time.
await build({ ...common, entryPoints: { extension: "client/src/extension.ts" }, outdir: "dist", external: ["vscode"] });

// The Markdown preview's scripts: Mermaid as it ships, and the script that
// draws the report's diagrams with it.
copyFileSync(createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js"), "dist/mermaid.min.js");
copyFileSync("client/src/preview-mermaid.js", "dist/preview-mermaid.js");

// The command line keeps V8's compiled code beside its bundle after a run
// (bin/load-with-code-cache.js). One run here, on the complete sample, makes
// that cache for the bundle just built, so that the first check after
// `npm install` starts as fast as the next ones. It only warms a cache: its
// output is not wanted, and if it fails the checker simply starts slower.
if (!production) {
  spawnSync(process.execPath, ["bin/micic-plan.js", "check", "samples/tashkent-flood.micic"], { stdio: "ignore" });
}
