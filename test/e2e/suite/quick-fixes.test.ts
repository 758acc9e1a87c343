/**
 * Fixes and suggestions as a drafter meets them: a suggestion with places
 * to fill is inserted as a snippet (the first place selected, Tab to the
 * next), and fix-all applies the mechanical fixes and no suggestion.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cleanUp, find, has, open, replaceText, scratchCopy, waitForDiagnostics, WAIT_MS } from "./helpers";

/** What server/src/lsp/code-actions.ts gives the command micic.applySuggestion. */
interface ApplySuggestionArguments {
  uri: string;
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string; snippet?: string }[];
}

/**
 * The text a snippet inserts (each placeholder's default, a choice's first
 * word, nothing for a bare tab stop), and where its first place is in it.
 */
function expand(snippet: string): { text: string; first?: { start: number; end: number } } {
  let text = "";
  let first: { start: number; end: number } | undefined;
  const pattern = /\\([$}\\])|\$\{(\d+):([^}]*)\}|\$\{(\d+)\|([^,|]*)[^|]*\|\}|\$(\d+)/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    text += snippet.slice(last, match.index);
    last = pattern.lastIndex;
    if (match[1] !== undefined) {
      text += match[1];
      continue;
    }
    const index = match[2] ?? match[4] ?? match[6];
    const inserted = match[3] ?? match[5] ?? "";
    if (index === "1") first = { start: text.length, end: text.length + inserted.length };
    text += inserted;
  }
  return { text: text + snippet.slice(last), first };
}

/** Resolves once the document's text satisfies `accept` (at once if it does already), on its change events. */
function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!accept(document.getText())) return false;
      finish();
      resolve(document.getText());
      return true;
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the text never became ${what}; it is:\n${document.getText()}`));
    }, WAIT_MS);
    const finish = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    "vscode.executeCodeActionProvider", uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((a): a is vscode.CodeAction => "kind" in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

/** Runs a code action as VS Code does when it is chosen: its edit, then its command. */
async function run(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `'${action.title}' applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe("fixes and suggestions", () => {
  afterEach(cleanUp);

  it("inserts a suggestion with places to fill as a snippet: the text, the first place selected, Tab to the next", async () => {
    const uri = await scratchCopy("plan.micic", "suggestion.micic");
    const document = await open(uri);
    await replaceText(document, "provider: red_crescent", "provider: legal_aid");
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes("'legal_aid'")), "NAM002 on legal_aid");
    const undeclared = diagnostics.find((d) => d.message.includes("'legal_aid'"))!;
    const actions = await quickFixes(uri, undeclared);
    const declare = actions.find((a) => a.command?.command === "micic.applySuggestion");
    assert.ok(declare, `a suggestion with places to fill, through the extension's command; offered: ${actions.map((a) => a.title).join(" | ")}`);
    assert.equal(declare.edit, undefined, "no plain edit beside it");
    assert.equal(declare.isPreferred, false);
    const suggestion = declare.command!.arguments![0] as ApplySuggestionArguments;
    const before = document.getText();
    const [edit, ...others] = suggestion.edits;
    assert.deepEqual(others, [], "one edit (this test expects the stub declaration alone)");
    assert.ok(edit.snippet, "the edit has a snippet");

    await run(declare);
    const start = document.offsetAt(new vscode.Position(edit.range.start.line, edit.range.start.character));
    const end = document.offsetAt(new vscode.Position(edit.range.end.line, edit.range.end.character));
    const { text: inserted, first } = expand(edit.snippet);
    const after = await waitForText(document, (text) => text !== before, "edited");
    assert.equal(after, before.slice(0, start) + inserted + before.slice(end), "the snippet's text, indented as the plan is, in place of nothing else");
    assert.ok(!after.includes("${"), "no snippet syntax left in the plan");

    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, document, "the plan's editor is the active one");
    assert.ok(first, "the snippet has a first place");
    assert.deepEqual(
      [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)],
      [start + first.start, start + first.end],
      `the first place ('${inserted.slice(first.start, first.end)}') is selected`,
    );
    const firstSelection = editor.selection;
    await vscode.commands.executeCommand("jumpToNextSnippetPlaceholder");
    assert.ok(!editor.selection.isEqual(firstSelection), "Tab moves to the next place: the editor is in snippet mode");
    await waitForDiagnostics(uri, (d) => !d.some((x) => x.message.includes("'legal_aid'")), "no NAM002 on legal_aid once it is declared");
  });

  it("inserts a suppression comment with its reason selected, for the drafter to write", async () => {
    const uri = await scratchCopy("plan.micic", "suppress.micic");
    const document = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => has(d, "COMM003"), "COMM003");
    const disable = (await quickFixes(uri, find(diagnostics, "COMM003")!)).find((a) => a.title === "Disable COMM003 for this line");
    assert.ok(disable?.command, "through the extension's command");
    const before = document.getText();
    await run(disable);
    const after = await waitForText(document, (text) => text !== before, "edited");
    assert.equal(after, before.replace("\n  communication {", "\n  # micic-disable-next-line COMM003 -- reason\n  communication {"));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(document.getText(editor.selection), "reason", "the reason is selected");
    await waitForDiagnostics(uri, (d) => !has(d, "COMM003") && has(d, "EVAC001"), "no COMM003 (and still EVAC001)");
  });

  it("applies a suggestion without places to fill as a plain edit, under its rule's title, and it removes the finding", async () => {
    const uri = await scratchCopy("plan.micic", "quickfix.micic");
    const document = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => has(d, "EVAC001"), "EVAC001");
    const quickfixes = await quickFixes(uri, find(diagnostics, "EVAC001")!);
    const commit = quickfixes[0];
    assert.match(commit.title, /regardless-of-status: yes/, `the first quick-fix; all: ${quickfixes.map((a) => a.title).join(" | ")}`);
    assert.ok(commit.edit && !commit.command, "a plain edit");
    assert.ok(!quickfixes.some((a) => a.isPreferred), "a suggestion is never the preferred fix");
    await run(commit);
    assert.match(document.getText(), /^\s+regardless-of-status: yes$/m);
    await waitForDiagnostics(uri, (d) => !has(d, "EVAC001") && has(d, "EVAC004"), "no EVAC001 (and still EVAC004)");
  });

  it("Ctrl+. lists the rule's suggestions, then 'Show documentation for EVAC001', which opens its page, then the two ways to disable it", async () => {
    const uri = await scratchCopy("plan.micic", "menu.micic");
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => has(d, "EVAC001"), "EVAC001");
    const titles = (await quickFixes(uri, find(diagnostics, "EVAC001")!)).map((a) => a.title);
    const docsAt = titles.indexOf("Show documentation for EVAC001");
    assert.ok(docsAt > 0, `suggestions first, then the documentation: ${titles.join(" | ")}`);
    assert.deepEqual(titles.slice(docsAt, docsAt + 3), ["Show documentation for EVAC001", "Disable EVAC001 for this line", "Disable EVAC001 for this file"]);
    assert.equal(titles.filter((t) => t.startsWith("Disable EVAC001")).length, 2, "once per rule");
    const show = (await quickFixes(uri, find(diagnostics, "EVAC001")!))[docsAt];
    assert.ok(show.command && !show.edit, "a command, no edit");
    // What VS Code runs when the drafter picks it: the extension's command, which answers with the page it opened.
    const page = await vscode.commands.executeCommand<string>(show.command.command, ...(show.command.arguments ?? []));
    assert.match(String(page), /\/docs\/rules\/EVAC001\.md$/, "the rule's page is opened");
  });

  it("fix-all (the Source Action source.fixAll.micic) applies every fix and no suggestion", async () => {
    const uri = await scratchCopy("plan.micic", "fix-all.micic");
    const document = await open(uri);
    const original = document.getText();
    await replaceText(document, "hazards: flood", "hazards: flod");
    await replaceText(document, 'contact: "+998 71 000 0000"', 'contcat: "+998 71 000 0000"');
    await replaceText(document, "size: 1200", 'size: "1200"');
    await waitForDiagnostics(uri, (d) => has(d, "SCH001") && d.filter((x) => x.message.includes("flod") || x.message.includes('"1200"')).length === 2, "the three slips");
    const slipped = document.getText();
    await vscode.commands.executeCommand("editor.action.sourceAction", { kind: "source.fixAll.micic", apply: "first" });
    const fixed = await waitForText(document, (text) => text !== slipped, "fixed");
    assert.equal(fixed, original, "the three slips mended, no suggestion applied, nothing else changed");
    await waitForDiagnostics(uri, (d) => !has(d, "SCH001") && !has(d, "SCH002") && has(d, "EVAC001"), "the slips' findings gone, the suggestions' still there");
  });
});
