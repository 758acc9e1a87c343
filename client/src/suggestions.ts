/**
 * Suggestions with places for the drafter to fill (a title, a contact, who
 * provides a service), inserted as snippets: the editor selects the first
 * place, and Tab moves to the next.
 *
 * vscode-languageclient 9 speaks LSP 3.17, whose workspace edits hold no
 * snippet (LSP 3.18's snippet text edits came with vscode-languageclient
 * 10). So this client announces, in `initialize`, the experimental
 * capability `micic.applySuggestion`; the server then gives such a
 * suggestion's quick-fix a command instead of an edit
 * (server/src/lsp/code-actions.ts), and the command applies the edits with
 * VS Code's own snippet edits. Any other client gets the plain text.
 */
import * as vscode from "vscode";
import type { ClientCapabilities, FeatureState, LanguageClient, Range, StaticFeature } from "vscode-languageclient/node";

/** The command's id and arguments, as server/src/lsp/code-actions.ts sends them. */
export const APPLY_SUGGESTION_COMMAND = "micic.applySuggestion";
export interface ApplySuggestionArguments {
  uri: string;
  /** The version of the document the edits were made for. */
  version: number;
  /** Each edit's text, and when part of it is for the drafter to fill, the same as a snippet. */
  edits: { range: Range; newText: string; snippet?: string }[];
}

/** Announces the command to the server, in the client capabilities sent with `initialize`. */
class ApplySuggestionCapability implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ?? {}) as Record<string, unknown>;
    // openRuleDocs: the extension's micic.openRuleDocs takes a rule code, so the
    // quick-fix menu can offer "Show documentation for EVAC004" (code-actions.ts).
    capabilities.experimental = { ...experimental, micic: { ...(experimental.micic as object | undefined), applySuggestion: true, openRuleDocs: true } };
  }
  initialize(): void {}
  getState(): FeatureState {
    return { kind: "static" };
  }
  clear(): void {}
}

export function registerSuggestions(context: vscode.ExtensionContext, client: LanguageClient): void {
  client.registerFeature(new ApplySuggestionCapability());
  context.subscriptions.push(
    vscode.commands.registerCommand(APPLY_SUGGESTION_COMMAND, (suggestion: ApplySuggestionArguments) => applySuggestion(client, suggestion)),
  );
}

/** Applies a suggestion's edits, those with a snippet as snippets; answers whether it was applied. */
async function applySuggestion(client: LanguageClient, suggestion: ApplySuggestionArguments): Promise<boolean> {
  const uri = client.protocol2CodeConverter.asUri(suggestion.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== suggestion.version) {
    // Its ranges are those of a text that is no longer there.
    void vscode.window.showInformationMessage(vscode.l10n.t("MICIC Plan: the plan changed since this suggestion was made. Ask for it again (Ctrl+.)."));
    return false;
  }
  // VS Code inserts snippet edits as snippets only in the active editor.
  if (vscode.window.activeTextEditor?.document !== document) await vscode.window.showTextDocument(document);
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    suggestion.edits.map(({ range, newText, snippet }) => {
      const at = client.protocol2CodeConverter.asRange(range);
      if (snippet === undefined) return vscode.TextEdit.replace(at, newText);
      const snippetEdit = new vscode.SnippetTextEdit(at, new vscode.SnippetString(snippet));
      // The text comes indented as the plan around it is; left to itself,
      // the editor would indent each of its lines once more.
      snippetEdit.keepWhitespace = true;
      return snippetEdit;
    }),
  );
  return vscode.workspace.applyEdit(edit);
}
