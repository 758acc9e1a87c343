/**
 * The extension activates on a .micic file, starts the language server and
 * registers its commands.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, cleanUp, fixture, open, waitForDiagnostics } from "./helpers";

describe("activation", () => {
  after(cleanUp);

  it("activates on a .micic file and checks it", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `the extension ${EXTENSION_ID} is loaded`);
    const document = await open(fixture("plan.micic"));
    assert.equal(document.languageId, "micic-plan", ".micic files get the micic-plan language");
    // Diagnostics only come from a running server: proof it started.
    await waitForDiagnostics(document.uri, (d) => d.length > 0, "any finding");
    assert.equal(extension.isActive, true, "the extension is active");
    const api = await extension.activate();
    assert.ok(api && typeof api === "object", "activate() returns the extension's API object");
  });

  it("says in the status bar, in words, how many of the 15 guidelines the plan's findings show gaps in", async () => {
    const extension = vscode.extensions.getExtension<{ status: { text: string; tooltip: string } }>(EXTENSION_ID)!;
    const document = await open(fixture("plan.micic"));
    await waitForDiagnostics(document.uri, (d) => d.length > 0, "any finding");
    const api = await extension.activate();
    // Not VS Code's own counts again (errors, warnings), but what they mean for the guidelines.
    assert.match(api.status.text, /^\$\(shield\) MICIC: gaps in \d+ of 15 guidelines$/);
    assert.match(api.status.tooltip, /point to gaps in guidelines \d+(, \d+)*\. Click for the Problems panel\.$/);
  });

  it("registers its commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ["micic.restartServer", "micic.checkWorkspace", "micic.openRuleDocs", "micic.newPlan", "micic.openReport", "micic.saveReport", "micic.applySuggestion"]) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });
});
