/**
 * Helpers for the tests that run inside VS Code: where the fixture workspace
 * is, opening documents, and waiting for diagnostics on the
 * onDidChangeDiagnostics event (never a sleep; the timeout only turns a hang
 * into a failure that says what was seen).
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

export const EXTENSION_ID = "micic-plan.micic-plan";
export const SOURCE = "micic-plan";
/** How long any one wait may take before the test fails. */
export const WAIT_MS = 20_000;

/** The fixture workspace the runner opened (a copy of test/e2e/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "VS Code was started on the fixture workspace (test/e2e/fixtures/workspace)");
  return folder.uri;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** A diagnostic's rule code, whichever shape VS Code gives it (string, number or { value, target }). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === "object" ? String(code.value) : String(code);
}

/** The link to the rule's page, when the code carries one. */
export function targetOf(diagnostic: vscode.Diagnostic): vscode.Uri | undefined {
  return typeof diagnostic.code === "object" ? diagnostic.code.target : undefined;
}

export const codes = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map(codeOf);
export const has = (diagnostics: readonly vscode.Diagnostic[], code: string) => diagnostics.some((d) => codeOf(d) === code);
export const find = (diagnostics: readonly vscode.Diagnostic[], code: string) => diagnostics.find((d) => codeOf(d) === code);

/** Our diagnostics for a document (other extensions' are left out). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return "none";
  return diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)}`)
    .join(", ");
}

export interface WaitOptions {
  /** Ignore the diagnostics there are now: wait for the next changes. */
  changesOnly?: boolean;
  timeoutMs?: number;
}

/**
 * Resolves with our diagnostics for `uri` as soon as they satisfy `accept`:
 * at once if they already do (unless `changesOnly`), else on the
 * onDidChangeDiagnostics event that makes them do so.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  return new Promise((resolve, reject) => {
    let last: vscode.Diagnostic[] = ours(uri);
    const check = () => {
      last = ours(uri);
      if (!accept(last)) return;
      finish();
      resolve(last);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no diagnostics with ${what} on ${vscode.workspace.asRelativePath(uri)} within ${timeoutMs} ms; last seen: ${describe(last)}`));
    }, timeoutMs);
    const finish = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    if (!options.changesOnly) check();
  });
}

/** Opens a document in an editor (as a user would), so that the client sends didOpen. */
export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

const scratchFiles: vscode.Uri[] = [];

/**
 * A copy of a fixture under a new name, for a test that edits it: the
 * fixtures stay as they are. `cleanUp()` removes it.
 */
export async function scratchCopy(name: string, as: string): Promise<vscode.Uri> {
  const target = fixture(as);
  await vscode.workspace.fs.copy(fixture(name), target, { overwrite: true });
  scratchFiles.push(target);
  return target;
}

/** The position of the `n`th occurrence of `needle` in a document, moved by `delta` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, n = 0, delta = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' occurs ${n + 1} times in ${vscode.workspace.asRelativePath(document.uri)}`);
  }
  return document.positionAt(at + delta);
}

/** Replaces the first occurrence of `from` with `to`, as an edit in the editor (not saved). */
export async function replaceText(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = positionOf(document, from);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(start, document.positionAt(document.offsetAt(start) + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `the edit '${from}' → '${to}' applies`);
}

/** Reverts every edited document, closes every editor and deletes the scratch copies. */
export async function cleanUp(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  while (scratchFiles.length > 0) {
    const uri = scratchFiles.pop()!;
    await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  }
}

export function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
