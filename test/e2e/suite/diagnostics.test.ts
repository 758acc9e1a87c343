/**
 * Diagnostics arrive with the right codes, ranges, severities, source and
 * rule links, and follow edits. (Quick-fixes: quick-fixes.test.ts.)
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  cleanUp, codeOf, find, fixture, has, open, rangeText, scratchCopy, targetOf, waitForDiagnostics,
} from "./helpers";

describe("diagnostics", () => {
  afterEach(cleanUp);

  it("reports a misspelt attribute as SCH001 at its exact range, with a link to the rule's page", async () => {
    const document = await open(fixture("typo.micic"));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => has(d, "SCH001") && has(d, "EVAC001"), "SCH001 and EVAC001");
    const sch001 = find(diagnostics, "SCH001")!;
    assert.equal(rangeText(sch001.range), "9:4-9:11", "the range covers 'contcat' on line 10");
    assert.equal(document.getText(sch001.range), "contcat");
    assert.equal(sch001.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(sch001.source, "micic-plan");
    assert.match(sch001.message, /'contcat' is not an attribute of a stakeholder\. Did you mean 'contact'\?/);
    const target = targetOf(sch001);
    assert.ok(target, "the code carries a link (codeDescription)");
    assert.match(target.toString(), /\/docs\/rules\/SCH001\.md$/);
    assert.equal(typeof codeOf(sch001), "string");

    const evac001 = find(diagnostics, "EVAC001")!;
    assert.deepEqual([evac001.range.start.line, evac001.range.start.character], [17, 2], "on the evacuation section (line 18)");
    assert.equal(evac001.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 1, "SCH001 is the only error");
    for (const code of ["STK001", "COMM001", "EVAC004", "COMM003", "REF003"]) assert.ok(has(diagnostics, code), `${code} is reported`);
    assert.ok(!has(diagnostics, "PLAN003"), "the workspace's .micicrc.json turns PLAN003 off");
  });

  it("follows an edit: mending the typo removes SCH001", async () => {
    const uri = await scratchCopy("typo.micic", "typo-edited.micic");
    const document = await open(uri);
    const before = await waitForDiagnostics(uri, (d) => has(d, "SCH001"), "SCH001");
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, find(before, "SCH001")!.range, "contact");
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.isDirty, true, "edited in the editor, not saved");
    await waitForDiagnostics(uri, (d) => !has(d, "SCH001") && !has(d, "STK001") && has(d, "EVAC001"), "no SCH001 any more (and still EVAC001)");
  });
});
