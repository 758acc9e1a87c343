/** The commands that answer without a dialog: open a rule's page, start a new plan. */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, waitForDiagnostics } from "./helpers";

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
});
