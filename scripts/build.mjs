// Bundles the TypeScript sources into the CommonJS files that Node and
// VS Code load (ESM-only dependencies such as Chevrotain included), with
// source maps, and the same extension and server for a browser
// (dist/browser/: vscode.dev, github.dev; docs/web.md). Type checking is
// separate: `npm run typecheck`.
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
    server: "server/src/lsp/node-main.ts",
  },
  outdir: "dist",
});

// The VS Code extension: `vscode` is provided by the editor at run time.
await build({ ...common, entryPoints: { extension: "client/src/node-extension.ts" }, outdir: "dist", external: ["vscode"] });

// --- The browser: vscode.dev, github.dev (package.json `browser`) ---------------

/**
 * Node's modules in a browser bundle. `path` is path-browserify (POSIX
 * paths: the report names a file by its base name). The others are code the
 * browser build never runs, the disk-reading half of modules it shares with
 * the command line (config-files.ts, discovery.ts, read-plan.ts): the
 * server in a browser asks the client for files instead (docs/web.md). They
 * resolve to a module whose every function throws, naming what was called,
 * so a path that does reach one fails loudly and is logged, not silently
 * wrong.
 */
const nodeModulesInBrowser = {
  name: "node-modules-in-browser",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: createRequire(import.meta.url).resolve("path-browserify") }));
    pluginBuild.onResolve({ filter: /^(node:)?(fs|fs\/promises|tty|util|os|url|module|worker_threads|child_process|crypto|stream|events|assert)$/ }, (args) => ({
      path: args.path.replace(/^node:/, ""),
      namespace: "node-unavailable",
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "node-unavailable" }, (args) => ({
      contents: `const unavailable = (name) => () => { throw new Error("node:${args.path}." + name + " is not available in a browser"); };
module.exports = new Proxy({}, { get: (_, name) => (name === "__esModule" ? false : unavailable(String(name))) });`,
      loader: "js",
    }));
  },
};

const browser = {
  ...common,
  platform: "browser",
  target: "es2022",
  plugins: [...common.plugins, nodeModulesInBrowser],
  // Both bundles run in web workers (the extension host is one), which have
  // no DOM: packages that ship a DOM build for browsers and a plain one for
  // workers (decode-named-character-reference, under the Markdown parser)
  // give the worker's.
  conditions: ["worker"],
  // No require(), no __filename: nothing reads import.meta.url on the browser's paths.
  define: { MICIC_VERSION: JSON.stringify(pkg.version), "import.meta.url": "undefined" },
  banner: {},
};

// The language server in a web worker: one script the worker runs as it is.
// Its features import vscode-languageserver/node for the protocol's names;
// here they come from its browser build, which exports the same.
await build({
  ...browser,
  entryPoints: { server: "server/src/lsp/browser-main.ts" },
  outdir: "dist/browser",
  format: "iife",
  alias: { ...common.alias, "vscode-languageserver/node": "vscode-languageserver/browser" },
});

// The extension in the browser's extension host, which loads CommonJS with
// `vscode` provided. The modules it shares with the desktop entry import
// vscode-languageclient/node; here, its browser build.
await build({
  ...browser,
  entryPoints: { extension: "client/src/browser-extension.ts" },
  outdir: "dist/browser",
  format: "cjs",
  external: ["vscode"],
  alias: { ...common.alias, "vscode-languageclient/node": "vscode-languageclient/browser" },
});

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
