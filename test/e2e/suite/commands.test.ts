/** The commands that answer without a dialog: open a rule's page, start a new plan, open the report. */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, fixture, waitForDiagnostics } from "./helpers";

describe("commands", () => {
  afterEach(cleanUp);

  it("micic.openRuleDocs opens the page of a rule", async () => {
    const target = await vscode.commands.executeCommand<string | undefined>("micic.openRuleDocs", "EVAC001");
    assert.match(String(target), /\/docs\/rules\/EVAC001\.md$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(String(target))));
    assert.ok(text.startsWith("# EVAC001"), "the page exists and is EVAC001's");
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

  it("micic.openReport opens the plan's report, whose Mermaid diagrams VS Code's preview draws", async () => {
    const document = await vscode.workspace.openTextDocument(fixture("plan.micic"));
    await vscode.window.showTextDocument(document);
    const markdown = await vscode.commands.executeCommand<string | undefined>("micic.openReport");
    assert.ok(markdown, "a report");
    assert.match(markdown, /^# /, "the report starts with the plan's title");
    assert.match(markdown, /```mermaid\nflowchart LR/, "the report has a Mermaid flowchart");
    // The preview renders with the extensions' markdown-it plugins: ours turns
    // the flowchart into the <pre class="mermaid"> that the preview script draws.
    const html = await vscode.commands.executeCommand<string>("markdown.api.render", markdown);
    assert.match(html, /<pre class="mermaid">flowchart LR/, "the preview gets the diagram to draw");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });
});
