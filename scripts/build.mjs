// Bundles the TypeScript sources into the CommonJS files that Node and
// VS Code load (ESM-only dependencies such as Chevrotain included), with
// source maps. Type checking is separate: `npm run typecheck`.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The language tables (server/src/core/language-names.ts) are built at build
 * time: this plugin bundles that module alone, runs it, and puts the tables
 * it made in its place, as JSON (which V8 reads several times faster than
 * code). The bundles then carry neither the iso-639-3 package's 780 KB
 * array nor the work of indexing it at every start. The table is what the
 * module itself computes, so the sources (and the tests that run them) and
 * the bundles cannot disagree.
 */
const prebuiltLanguageTable = {
  name: "prebuilt-language-table",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]core[\\/]language-names\.ts$/ }, async (args) => {
      const bundled = await build({ entryPoints: [args.path], bundle: true, write: false, format: "esm", platform: "node", logLevel: "warning" });
      const source = Buffer.from(bundled.outputFiles[0].contents).toString("base64");
      const tables = await import(`data:text/javascript;base64,${source}`);
      const contents = Object.entries(tables)
        .map(([name, table]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(table))});`)
        .join("\n");
      return { contents, loader: "js" };
    });
  },
};

/**
 * The configuration's validator (server/src/workspace/config-validator.ts) is
 * compiled at build time: this plugin bundles that module alone, runs it,
 * and puts in its place the code ajv generates for the validator it
 * compiled (ajv's standalone code, which needs only ajv's small runtime
 * helpers). The bundles then neither load nor run ajv's compiler: that cost
 * every run of the command 15–20 ms, and a run with a .micicrc.json 50–90 ms
 * more. The code comes from the very module the sources and tests run.
 */
const prebuiltConfigValidator = {
  name: "prebuilt-config-validator",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]workspace[\\/]config-validator\.ts$/ }, async (args) => {
      const bundled = await build({ entryPoints: [args.path], bundle: true, write: false, format: "esm", platform: "node", logLevel: "warning", alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" }, plugins: [prebuiltLanguageTable] });
      const source = Buffer.from(bundled.outputFiles[0].contents).toString("base64");
      const { ajv, validateConfig } = await import(`data:text/javascript;base64,${source}`);
      const { default: standaloneCode } = await import("ajv/dist/standalone/index.js");
      // The generated module's default export is the validator; its imports
      // of ajv's runtime helpers resolve from the project's node_modules.
      const code = standaloneCode.default ? standaloneCode.default(ajv, validateConfig) : standaloneCode(ajv, validateConfig);
      return { contents: `${code}\nexport { validate as validateConfig };\n`, loader: "js", resolveDir: process.cwd() };
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
  // Without comments and layout even in development, where names stay
  // readable and the source maps give the lines: a smaller bundle to read
  // and compile at every start of the command.
  minifyWhitespace: true,
  logLevel: "warning",
  plugins: [prebuiltLanguageTable, prebuiltConfigValidator],
  // A dynamic import() of a Node module (the CLI loads node:worker_threads
  // only when it starts workers) becomes require(): the CLI's bundle runs
  // in a vm.Script (bin/load-with-code-cache.js), where import() has no
  // loader to call.
  supported: { "dynamic-import": false },
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
