/**
 * The language features, asked the way VS Code asks them: completion,
 * hover, go to definition, rename and document symbols through
 * vscode.commands.executeCommand.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  cleanUp, codeOf, fixture, has, open, positionOf, replaceText, sameUri, scratchCopy, waitForDiagnostics,
} from "./helpers";

describe("language features", () => {
  afterEach(cleanUp);

  it("completes the declared stakeholder ids after 'provider: ' in a pathway", async () => {
    const uri = await scratchCopy("plan.micic", "completion.micic");
    const document = await open(uri);
    await replaceText(document, "provider: red_crescent", "provider: ");
    const position = positionOf(document, "provider: ", 0, "provider: ".length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", uri, position);
    const label = (item: vscode.CompletionItem) => (typeof item.label === "string" ? item.label : item.label.label);
    const references = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map(label).sort();
    assert.deepEqual(references, ["mes", "red_crescent"], `completion items: ${list.items.map(label).join(", ")}`);
  });

  it("shows an attribute's documentation on hover", async () => {
    const document = await open(fixture("plan.micic"));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "nationalities", 0, 2));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === "string" ? c : c.value))
      .join("\n");
    assert.match(text, /\*\*nationalities\*\*: a list of country code.*Countries of origin/s);
  });

  it("goes to the definition of a reference", async () => {
    const document = await open(fixture("plan.micic"));
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      "vscode.executeDefinitionProvider", document.uri, positionOf(document, "to: stadium", 0, 5),
    );
    assert.equal(result.length, 1, "one definition");
    const [location] = result;
    const uri = "targetUri" in location ? location.targetUri : location.uri;
    const range = "targetUri" in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
    assert.ok(sameUri(uri, document.uri), "in the same plan");
    assert.deepEqual(range.start, positionOf(document, "stadium"), "at the assembly point's id");
  });

  it("renames an id and every reference to it", async () => {
    const uri = await scratchCopy("plan.micic", "rename.micic");
    const document = await open(uri);
    await waitForDiagnostics(uri, (d) => has(d, "EVAC001"), "the first check");
    const at = positionOf(document, "lead: mes", 0, 7);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>("vscode.prepareRename", uri, at);
    assert.equal(prepared.placeholder, "mes");
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>("vscode.executeDocumentRenameProvider", uri, at, "ministry");
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = document.getText();
    assert.ok(!/\bmes\b/.test(text), "no 'mes' left");
    assert.equal(text.match(/\bministry\b/g)?.length, 3, "the declaration and both leads");
    const after = await waitForDiagnostics(uri, (d) => has(d, "EVAC001") && !d.some((x) => /\bmes\b/.test(x.message)), "a check of the renamed plan");
    assert.ok(!after.some((d) => codeOf(d)?.startsWith("NAM")), "no unresolved name");
  });

  it("outlines the plan with its stakeholders, populations and sections", async () => {
    const document = await open(fixture("plan.micic"));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    assert.equal(symbols.length, 1, "one plan");
    const [plan] = symbols;
    assert.equal(plan.name, "Test plan");
    assert.deepEqual(plan.children.map((c) => c.name), ["mes", "red_crescent", "workers", "evacuation", "communication", "referral"]);
    const evacuation = plan.children.find((c) => c.name === "evacuation")!;
    assert.deepEqual(evacuation.children.map((c) => c.name), ["stadium", "north"]);
  });
});
