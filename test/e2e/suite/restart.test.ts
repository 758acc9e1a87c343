/**
 * The restart command. Its file name sorts last, so it runs after the tests
 * that use the first server.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, fixture, has, open, ours, positionOf, waitForDiagnostics } from "./helpers";

describe("restart", () => {
  after(cleanUp);

  it("micic.restartServer restarts the server, which checks open plans again", async () => {
    const document = await open(fixture("plan.micic"));
    await waitForDiagnostics(document.uri, (d) => has(d, "EVAC001"), "EVAC001");
    let cleared = false;
    const watch = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === document.uri.toString()) && ours(document.uri).length === 0) cleared = true;
    });
    try {
      const back = waitForDiagnostics(document.uri, (d) => cleared && has(d, "EVAC001"), "EVAC001 from the restarted server", { changesOnly: true });
      await vscode.commands.executeCommand("micic.restartServer");
      await back;
    } finally {
      watch.dispose();
    }
    assert.ok(cleared, "the old server's diagnostics were cleared when it stopped");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "nationalities", 0, 2));
    assert.ok(hovers.length > 0, "the new server answers requests");
  });
});
