/**
 * The .vsix a drafter installs holds only what runs: the bundled client and
 * server, the grammar and snippets, the rule docs, the walkthrough, the
 * configuration schema and the icon; nothing else, and it stays small.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import yauzl from "yauzl";
import { repoRoot } from "../helpers/plan";

function entries(zip: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const names: string[] = [];
      file.on("entry", (entry: { fileName: string }) => {
        names.push(entry.fileName);
        file.readEntry();
      });
      file.on("end", () => resolve(names));
      file.on("error", reject);
      file.readEntry();
    });
  });
}

describe("the extension package (.vsix)", function () {
  this.timeout(180_000);
  let vsix: string;
  let names: string[];
  let size: number;

  before(async () => {
    // Packaging builds minified bundles without maps into dist/: it runs in
    // a copy of the project (its node_modules linked), so the development
    // build in the tree, which other tests and the editor use, is left alone.
    const copy = mkdtempSync(path.join(tmpdir(), "micic-vsix-"));
    const generated = /[\\/](node_modules|\.git|dist|out|\.vscode-test)$/;
    cpSync(repoRoot, copy, { recursive: true, filter: (source) => !generated.test(source) });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
    vsix = path.join(copy, "micic-plan.vsix");
    try {
      execFileSync("npm", ["run", "package", "--", "--out", vsix], { cwd: copy, stdio: "pipe" });
      names = (await entries(vsix)).filter((n) => n.startsWith("extension/")).map((n) => n.slice("extension/".length));
      size = statSync(vsix).size;
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("holds what runs and nothing else", () => {
    const allowed = [
      /^package\.json$/,
      /^readme\.md$/,
      /^changelog\.md$/,
      /^LICENSE\.txt$/,
      /^dist\/(extension|server|cli|check-worker|preview-mermaid)\.js$/,
      // The extension in the browser (vscode.dev, github.dev): its entry and the server's web worker.
      /^dist\/browser\/(extension|server)\.js$/,
      /^dist\/mermaid\.min\.js$/,
      /^grammar\/[\w.-]+\.json$/,
      /^docs\/rules\/([\w-]+\/)?[\w.-]+\.md$/,
      /^docs\/walkthrough\/[\w.-]+\.md$/,
      /^schemas\/micicrc\.schema\.json$/,
      /^images\/icon\.png$/,
      // The icon of .micic files in the explorer and on tabs.
      /^images\/micic-file\.svg$/,
      // Says the rule pages show plans as examples: opened from the
      // extension's folder, they get no findings (workspace/discovery.ts).
      /^\.micicignore$/,
      // Command titles, settings and the walkthrough in English, Russian and Uzbek.
      /^package\.nls(\.[a-z-]+)?\.json$/,
      /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
    ];
    const unexpected = names.filter((n) => !allowed.some((a) => a.test(n)));
    assert.deepEqual(unexpected, [], "files that do not run");
    for (const needed of ["dist/extension.js", "dist/server.js", "dist/browser/extension.js", "dist/browser/server.js", "grammar/micic-plan.tmLanguage.json", "grammar/language-configuration.json", "docs/rules/EVAC001.md", "schemas/micicrc.schema.json", "images/icon.png", "images/micic-file.svg", ".micicignore", "package.nls.json", "package.nls.ru.json", "package.nls.uz.json", "l10n/bundle.l10n.ru.json"]) {
      assert.ok(names.includes(needed), `${needed} is in the package`);
    }
    assert.ok(!names.some((n) => n.endsWith(".map") || n.includes("node_modules") || n.endsWith(".ts")));
  });

  it("stays small", () => {
    // Compressed: Mermaid (for the report's diagrams in the Markdown preview)
    // about 1 MB, the Node bundles (server, command line and its worker) about
    // 1.3 MB, the browser's (vscode.dev, github.dev) about 550 KB, the rule
    // pages in four languages about 260 KB: 3.6 MB in all on 2026-12-04.
    assert.ok(size < 4_000_000, `${(size / 1024).toFixed(0)} KB`);
  });
});
