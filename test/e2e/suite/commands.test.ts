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

  it("micic.newPlan opens a plan from a template, as a user makes it, and its only findings mark the places to fill", async () => {
    // The answers the command's input boxes take, handed to it as a test may.
    const answers = { template: "earthquake", country: "Uzbekistan", area: "Tashkent", hazards: "earthquake", lead: "mes" };
    const uri = vscode.Uri.parse(String(await vscode.commands.executeCommand<string>("micic.newPlan", answers)));
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(document, "the new plan is open");
    assert.equal(document.languageId, "micic-plan");
    assert.ok(document.isUntitled, "a new unsaved document: the drafter saves it where they choose");
    const text = document.getText();
    // In the display language (the suite also runs in Russian): the title's words are the template's.
    assert.match(text, vscode.env.language.startsWith("ru") ? /^plan "Tashkent: план действий при землетрясении с учётом мигрантов" \{$/m : /^plan "Tashkent: earthquake contingency plan for migrants" \{$/m);
    assert.match(text, /^ {2}hazards: earthquake\n {2}lead: mes$/m);
    // Every "…" outside the comments is a place to fill, and each is reported.
    const places: vscode.Range[] = [];
    for (let line = 0; line < document.lineCount; line++) {
      const content = document.lineAt(line).text;
      if (content.trimStart().startsWith("#")) continue;
      for (const match of content.matchAll(/"…"/g)) places.push(new vscode.Range(line, match.index, line, match.index + 3));
    }
    assert.ok(places.length > 20, `${places.length} places to fill`);
    const diagnostics = await waitForDiagnostics(uri, (d) => codes(d).filter((code) => code === "SCH004").length === places.length, "SCH004 on each place to fill");
    for (const place of places) {
      assert.ok(diagnostics.some((d) => codes([d])[0] === "SCH004" && d.range.isEqual(place)), `the place at line ${place.start.line + 1} is reported`);
    }
    // The other findings stand on a place to fill too: the value is not yet of its kind (SCH002), or a MICIC rule reads it as unanswered.
    const fillIn = new Set(["SCH004", "SCH002", "EVAC001", "EVAC003", "EVAC004", "EVAC005", "EVAC010", "EVAC014", "COMM010", "REF003", "REF004", "REF005"]);
    const elsewhere = diagnostics.filter((d) => !fillIn.has(codes([d])[0] ?? "") || !places.some((place) => d.range.contains(place)));
    assert.deepEqual(elsewhere.map((d) => `${codes([d])[0]} ${d.range.start.line + 1}: ${d.message}`), [], "only findings that mark places to fill");
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("micic.newPlan writes a file when asked, never over one, and refuses an answer that does not do", async () => {
    const answers = { template: "city-flood", country: "Ўзбекистон", area: "Fargʻona", hazards: "flood, mudflow", lead: "hokimiyat" };
    const target = fixture("new-plan.micic");
    try {
      const made = await vscode.commands.executeCommand<string>("micic.newPlan", { ...answers, target: target.toString() });
      assert.equal(made, target.toString());
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(written, /^ {2}country: "(Uzbekistan|Узбекистан)"\n {2}area: "Fargʻona"\n {2}hazards: flood, mudflow\n {2}lead: hokimiyat$/m);
      // Asked again, the file is there: it is left as it is.
      assert.equal(await vscode.commands.executeCommand("micic.newPlan", { ...answers, target: target.toString() }), undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), written);
    } finally {
      await vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined);
    }
    for (const bad of [{ template: "volcano" }, { country: "Narnia" }, { hazards: "volcano" }, { lead: "1mes" }]) {
      assert.equal(await vscode.commands.executeCommand("micic.newPlan", { ...answers, ...bad }), undefined, JSON.stringify(bad));
    }
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
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
