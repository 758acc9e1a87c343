/**
 * The extension in a browser, as a reviewer meets it on github.dev: the
 * same findings, hovers and quick-fixes as on the desktop, the
 * configuration and ignore files read through the editor's file system,
 * from a language server in a web worker. Run by index.ts inside the
 * web-worker extension host (see there).
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, cleanUp, find, fixture, has, open, ours, positionOf, rangeText, scratchCopy, targetOf, waitForDiagnostics } from "../suite/helpers";

const encode = (text: string) => new TextEncoder().encode(text);

/** Writes a file into the fixture workspace (through the editor's file system, as a reviewer's edit would) and removes it after the test. */
async function writeFixture(name: string, text: string, written: vscode.Uri[]): Promise<vscode.Uri> {
  const uri = fixture(name);
  await vscode.workspace.fs.writeFile(uri, encode(text));
  written.push(uri);
  return uri;
}

export function registerWebTests(say: (...text: unknown[]) => void): void {
  describe("the extension in a browser (web-worker extension host)", () => {
    const written: vscode.Uri[] = [];
    afterEach(async () => {
      await cleanUp();
      for (const uri of written.splice(0).reverse()) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    });

    it("runs its browser entry in a web worker, with no Node", async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `the extension ${EXTENSION_ID} is loaded`);
      assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, "function", "the extension host is a web worker");
      assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, "undefined", "no Node in the extension host");
      assert.equal(extension.packageJSON.browser, "./dist/browser/extension.js");
      // Activation starts the server in its own worker; a plan's findings
      // are what a reviewer waits for. Printed, never asserted (shared machines).
      const opening = performance.now();
      const document = await open(fixture("typo.micic"));
      await waitForDiagnostics(document.uri, (d) => d.length > 0, "any finding (did the web worker server start?)", { timeoutMs: 30_000 });
      say(`web: first diagnostics ${Math.round(performance.now() - opening)} ms after opening the first plan (activation, worker start and first check)`);
      assert.equal(extension.isActive, true);
    });

    it("shows the desktop's findings, each linked to its rule page shipped with the extension", async () => {
      const document = await open(fixture("typo.micic"));
      const diagnostics = await waitForDiagnostics(document.uri, (d) => has(d, "SCH001") && has(d, "EVAC001"), "SCH001 and EVAC001");
      const sch001 = find(diagnostics, "SCH001")!;
      assert.equal(rangeText(sch001.range), "9:4-9:11", "the range covers 'contcat' on line 10");
      assert.match(sch001.message, /'contcat' is not an attribute of a stakeholder\. Did you mean 'contact'\?/);
      assert.equal(sch001.severity, vscode.DiagnosticSeverity.Error);
      const target = targetOf(sch001);
      assert.ok(target, "the code carries a link (codeDescription)");
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      assert.equal(target.toString(), vscode.Uri.joinPath(extension.extensionUri, "docs", "rules", "SCH001.md").toString(), "the link is the page in the extension");
      // The page is there, where the editor serves the extension from
      // (over https on vscode.dev; on code-server's machine here).
      const page = /^https?$/.test(target.scheme)
        ? await fetch(target.toString(true)).then((response) => response.text())
        : new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(page, /^# SCH001/m);
    });

    it("shows an attribute's documentation on hover", async () => {
      const document = await open(fixture("plan.micic"));
      await waitForDiagnostics(document.uri, (d) => d.length > 0, "any finding");
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "nationalities", 0, 2));
      const text = hovers
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === "string" ? c : c.value))
        .join("\n");
      assert.match(text, /\*\*nationalities\*\*: a list of country code.*Countries of origin/s);
    });

    it("offers the quick-fix for a misspelt attribute, and applying it removes the finding", async () => {
      const uri = await scratchCopy("typo.micic", "web-typo.micic");
      const document = await open(uri);
      const before = await waitForDiagnostics(uri, (d) => has(d, "SCH001"), "SCH001");
      const sch001 = find(before, "SCH001")!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, sch001.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => /contact/.test(a.title) && a.edit);
      assert.ok(fix, `a quick-fix to 'contact'; offered: ${actions.map((a) => a.title).join(" | ")}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), `'${fix.title}' applies`);
      assert.match(document.lineAt(9).text, /^\s*contact: /);
      await waitForDiagnostics(uri, (d) => !has(d, "SCH001") && has(d, "EVAC001"), "no SCH001 after the fix", { changesOnly: true });
    });

    it("reads .micicrc.json through the editor's file system, and re-checks when it changes", async () => {
      await vscode.workspace.fs.createDirectory(fixture("web-config"));
      written.push(fixture("web-config"));
      const config = await writeFixture("web-config/.micicrc.json", JSON.stringify({ rules: { EVAC001: "off", EVAC010: "error" } }), written);
      await vscode.workspace.fs.copy(fixture("typo.micic"), fixture("web-config/plan.micic"), { overwrite: true });
      const document = await open(fixture("web-config/plan.micic"));
      const configured = await waitForDiagnostics(document.uri, (d) => has(d, "SCH001"), "SCH001");
      assert.ok(!has(configured, "EVAC001"), "EVAC001 is off in web-config/.micicrc.json");
      assert.equal(find(configured, "EVAC010")?.severity, vscode.DiagnosticSeverity.Error, "EVAC010 is an error there");
      await vscode.workspace.fs.writeFile(config, encode(JSON.stringify({ rules: { EVAC010: "error" } })));
      await waitForDiagnostics(document.uri, (d) => has(d, "EVAC001"), "EVAC001 back once the configuration no longer turns it off", { changesOnly: true });
    });

    it("says when .micicrc.json cannot be used, at the plan's first line, and checks with the defaults", async () => {
      await vscode.workspace.fs.createDirectory(fixture("web-bad-config"));
      written.push(fixture("web-bad-config"));
      await writeFixture("web-bad-config/.micicrc.json", "{ \"rules\": { \"EVAC001\": ", written);
      await vscode.workspace.fs.copy(fixture("typo.micic"), fixture("web-bad-config/plan.micic"), { overwrite: true });
      const document = await open(fixture("web-bad-config/plan.micic"));
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => /configuration cannot be used/.test(x.message)), "the notice of an unusable configuration");
      const notice = diagnostics.find((x) => /configuration cannot be used/.test(x.message))!;
      assert.equal(rangeText(notice.range), "0:0-0:0");
      assert.match(notice.message, /web-bad-config\/\.micicrc\.json/, "the notice names the file");
      assert.ok(has(diagnostics, "EVAC001"), "the default settings apply");
    });

    it("honours .micicignore read through the editor's file system", async () => {
      await vscode.workspace.fs.createDirectory(fixture("web-ignored"));
      written.push(fixture("web-ignored"));
      const ignoreFile = await writeFixture("web-ignored/.micicignore", "examples/\n", written);
      await vscode.workspace.fs.copy(fixture("typo.micic"), fixture("web-ignored/examples/plan.micic"), { overwrite: true });
      const ignored = await open(fixture("web-ignored/examples/plan.micic"));
      // A plan opened after it, not ignored, is checked: by then the ignored one was handled.
      const control = await scratchCopy("typo.micic", "web-control.micic");
      await open(control);
      await waitForDiagnostics(control, (d) => has(d, "SCH001"), "SCH001 on a plan nobody ignores");
      assert.equal(ours(ignored.uri).length, 0, "no findings on a plan .micicignore names");
      await vscode.workspace.fs.delete(ignoreFile);
      await waitForDiagnostics(ignored.uri, (d) => has(d, "SCH001"), "findings once the .micicignore is gone", { timeoutMs: 20_000 });
    });

    it("offers no workspace task: it would run the command line, which needs Node", async () => {
      const tasks = await vscode.tasks.fetchTasks({ type: "micic-plan" });
      assert.equal(tasks.length, 0, "no micic-plan task in a browser");
    });

    it("micic.restartServer starts a new worker, which checks the open plans again", async () => {
      const document = await open(fixture("typo.micic"));
      await waitForDiagnostics(document.uri, (d) => has(d, "SCH001"), "SCH001");
      let cleared = false;
      const watch = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === document.uri.toString()) && ours(document.uri).length === 0) cleared = true;
      });
      try {
        const back = waitForDiagnostics(document.uri, (d) => cleared && has(d, "SCH001"), "SCH001 from the restarted server", { changesOnly: true });
        await vscode.commands.executeCommand("micic.restartServer");
        await back;
      } finally {
        watch.dispose();
      }
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "nationalities", 0, 2));
      assert.ok(hovers.length > 0, "the new server answers requests");
    });
  });
}
