// ESLint (flat config) with typescript-eslint, run by `npm run lint` and
// `npm test`. Besides the recommended rules, it holds the layers of
// ARCHITECTURE.md: each layer imports only those below it, and a lint error
// stops an upward import (a test plants one and sees it fail).
import js from "@eslint/js";
import globals from "globals";
import stylistic from "@stylistic/eslint-plugin";
import tseslint from "typescript-eslint";

/** The layers, lowest first, and the folders of each (ARCHITECTURE.md). */
export const layers = [
  { name: "core", folders: ["server/src/core"] },
  { name: "messages", folders: ["server/src/messages"] },
  { name: "rules", folders: ["server/src/rules", "server/src/templates"] },
  { name: "sources", folders: ["server/src/workspace", "server/src/markdown"] },
  { name: "adapters", folders: ["server/src/lsp", "server/src/cli", "server/src/report", "client/src"] },
];

/** For each layer, a rule that refuses imports of every layer above it. */
function layerBoundaries() {
  return layers.slice(0, -1).map((layer, index) => {
    const above = layers.slice(index + 1).flatMap((l) => l.folders);
    return {
      files: layer.folders.map((folder) => `${folder}/**/*.ts`),
      ignores: ["**/*.test.ts"],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: above.map((folder) => ({
              group: [`**/${folder.split("/").pop()}/**`, `**/${folder.split("/").pop()}`],
              message: `${layer.name} is below ${folder}: it must not import it (see ARCHITECTURE.md, "Layers"). Hand it what it needs instead.`,
            })),
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "**/*.min.js", "test/fixtures/**", ".vscode-test/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // Unused names are mistakes, except those written to be ignored.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-constant-condition": ["error", { checkLoops: false }],
      eqeqeq: ["error", "always"],
      "prefer-const": "error",
      // The checker handles control characters on purpose: it escapes them
      // for terminals and uses NUL as a separator no plan text can hold.
      "no-control-regex": "off",
    },
  },
  {
    // Layout, checked rather than reformatted: the rules the code already
    // keeps (no formatter rewrites it; a reformat of every file would bury
    // the history). Quotes are not checked: double by custom, single where a
    // string holds double quotes, and some hundred older exceptions.
    plugins: { "@stylistic": stylistic },
    rules: {
      "@stylistic/indent": ["error", 2],
      "@stylistic/semi": ["error", "always"],
      "@stylistic/comma-dangle": ["error", "always-multiline"],
      "@stylistic/eol-last": "error",
      "@stylistic/no-trailing-spaces": "error",
      "@stylistic/no-multiple-empty-lines": ["error", { max: 1, maxEOF: 0 }],
      "@stylistic/brace-style": ["error", "1tbs", { allowSingleLine: true }],
      "@stylistic/keyword-spacing": "error",
      "@stylistic/space-infix-ops": "error",
      "@stylistic/arrow-parens": ["error", "always"],
    },
  },
  {
    // Tests match a plan's indentation as it is written.
    files: ["**/*.test.ts"],
    rules: { "no-regex-spaces": "off" },
  },
  {
    files: ["**/*.cjs", "bin/**/*.js", "scripts/**/*.mjs", "scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  {
    // Code that runs in a page: the Markdown preview's script, and the
    // end-to-end scripts' callbacks that Playwright runs in the browser.
    files: ["client/src/preview-*.js", "scripts/e2e/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  ...layerBoundaries(),
);
