/**
 * Configuration: rewriting the workspace's .micicrc.json re-checks open
 * plans with the new severities, and so does the micic.rules setting. Both
 * are put back afterwards.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, find, fixture, has, open, waitForDiagnostics } from "./helpers";

const severity = (diagnostics: vscode.Diagnostic[], code: string) => find(diagnostics, code)?.severity;
const { Error: ERROR, Information: INFO } = vscode.DiagnosticSeverity;

describe("configuration", () => {
  after(cleanUp);

  it("re-checks open plans when .micicrc.json changes", async () => {
    const config = fixture(".micicrc.json");
    const original = await vscode.workspace.fs.readFile(config);
    const document = await open(fixture("plan.micic"));
    const defaults = (d: vscode.Diagnostic[]) => has(d, "EVAC004") && severity(d, "EVAC010") === INFO;
    await waitForDiagnostics(document.uri, defaults, "EVAC004, and EVAC010 as info");
    try {
      const changed = { rules: { PLAN003: "off", EVAC004: "off", EVAC010: "error" } };
      await vscode.workspace.fs.writeFile(config, Buffer.from(JSON.stringify(changed, null, 2) + "\n"));
      await waitForDiagnostics(
        document.uri,
        (d) => !has(d, "EVAC004") && severity(d, "EVAC010") === ERROR,
        "EVAC004 off and EVAC010 as an error",
      );
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await waitForDiagnostics(document.uri, defaults, "the severities of the restored .micicrc.json");
  });

  it("applies the micic.rules setting", async () => {
    const document = await open(fixture("plan.micic"));
    await waitForDiagnostics(document.uri, (d) => has(d, "EVAC004"), "EVAC004");
    const micic = () => vscode.workspace.getConfiguration("micic");
    try {
      await micic().update("rules", { EVAC004: "off", EVAC010: "error" }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(
        document.uri,
        (d) => !has(d, "EVAC004") && severity(d, "EVAC010") === ERROR,
        "EVAC004 off and EVAC010 as an error",
      );
    } finally {
      await micic().update("rules", undefined, vscode.ConfigurationTarget.Global);
    }
    const back = await waitForDiagnostics(document.uri, (d) => has(d, "EVAC004") && severity(d, "EVAC010") === INFO, "the default severities again");
    assert.ok(back.length > 0);
  });
});
