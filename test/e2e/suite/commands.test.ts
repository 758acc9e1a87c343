/**
 * The commands as a user runs them from the palette: open a rule's page (and
 * its example plans stay unchecked), start a new plan, open the report,
 * check every plan in the workspace.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, codes, fixture, ours, waitForDiagnostics } from "./helpers";

describe("commands", () => {
  afterEach(cleanUp);

  it("micic.openRuleDocs opens the page of a rule", async () => {
    const target = await vscode.commands.executeCommand<string | undefined>("micic.openRuleDocs", "EVAC001");
    assert.match(String(target), /\/docs\/rules\/EVAC001\.md$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(String(target))));
    assert.ok(text.startsWith("# EVAC001"), "the page exists and is EVAC001's");
  });

  it("micic.openRuleDocs: the page's example plans add no findings (the extension's .micicignore names docs/)", async () => {
    // EVAC003's page holds a plan that fails on purpose: checked, it gave
    // "The file has no plan" and eight more findings in the Problems panel.
    const target = vscode.Uri.parse(String(await vscode.commands.executeCommand<string>("micic.openRuleDocs", "EVAC003")));
    const page = await vscode.workspace.openTextDocument(target);
    // The same page in the workspace, where nothing ignores it, is checked:
    // once its findings are in, the page's would have been too.
    const copy = fixture("rule-page-copy.md");
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(page.getText()));
    try {
      await vscode.workspace.openTextDocument(copy);
      const copied = await waitForDiagnostics(copy, (d) => d.length > 0, "the findings of the copied page's examples");
      assert.ok(copied.length > 0);
      assert.deepEqual(codes(ours(target)), [], "the rule page itself has none");
    } finally {
      await vscode.workspace.fs.delete(copy, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  it("micic.checkWorkspace, run as from the palette, checks plans that are not open and publishes their findings", async () => {
    // A plan written to disk and never opened: only the workspace check sees it.
    const closed = fixture("closed-plan.micic");
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode('plan "Closed" {\n  country Uzbekistan\n  hazards: flod\n}\n'));
    try {
      const published = waitForDiagnostics(closed, (d) => codes(d).includes("SYN001"), "SYN001 on the closed plan", { changesOnly: true });
      const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number; infos: number }>("micic.checkWorkspace");
      assert.ok(result, "the command answers with the totals (it failed: Cannot read properties of null)");
      assert.ok(result.files >= 3 && result.errors >= 1, JSON.stringify(result));
      const diagnostics = await published;
      assert.equal(diagnostics.find((d) => codes([d])[0] === "SYN001")?.range.start.line, 1);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), "the plan was checked without being opened");
    } finally {
      await vscode.workspace.fs.delete(closed, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  it("micic.newPlan opens a plan from the template, and it is checked", async () => {
    const uri = vscode.Uri.parse(String(await vscode.commands.executeCommand<string>("micic.newPlan")));
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(document, "the new plan is open");
    assert.equal(document.languageId, "micic-plan");
    assert.match(document.getText(), /^plan "/m);
    await waitForDiagnostics(uri, (d) => d.length > 0, "any finding on the template");
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("micic.openReport opens the plan's report as a named document, no Untitled buffer, whose Mermaid diagrams VS Code's preview draws", async () => {
    const document = await vscode.workspace.openTextDocument(fixture("plan.micic"));
    await vscode.window.showTextDocument(document);
    const shown = await vscode.commands.executeCommand<string | undefined>("micic.openReport");
    assert.ok(shown, "a report");
    const uri = vscode.Uri.parse(shown);
    assert.equal(uri.scheme, "micic-report");
    assert.equal(uri.path, "/Report: plan.micic", "named after the plan's file, as the preview's tab is");
    const markdown = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(markdown, /^# /, "the report starts with the plan's title");
    assert.match(markdown, /```mermaid\nflowchart LR/, "the report has a Mermaid flowchart");
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isUntitled).map((d) => d.uri.toString()), [], "no unsaved Untitled buffer");
    // The preview renders with the extensions' markdown-it plugins: ours turns
    // the flowchart into the <pre class="mermaid"> that the preview script draws.
    const html = await vscode.commands.executeCommand<string>("markdown.api.render", markdown);
    assert.match(html, /<pre class="mermaid">flowchart LR/, "the preview gets the diagram to draw");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("micic.openReport works from a Markdown file that holds plans, and micic.saveReport writes the report where it is asked", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture("note.md")));
    const shown = await vscode.commands.executeCommand<string | undefined>("micic.openReport");
    assert.ok(shown, "a report of the note's plans");
    assert.equal(vscode.Uri.parse(shown).path, "/Report: note.md");
    const target = fixture("note.report.md");
    try {
      const saved = await vscode.commands.executeCommand<string | undefined>("micic.saveReport", vscode.Uri.parse(shown), target);
      assert.equal(saved, target.toString());
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.equal(written, (await vscode.workspace.openTextDocument(vscode.Uri.parse(shown))).getText(), "the report as shown");
      assert.match(written, /^# First/m);
    } finally {
      await vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined);
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    }
  });
});
