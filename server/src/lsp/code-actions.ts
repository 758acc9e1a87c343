/**
 * Code actions: the fixes and suggestions the rules carry (read from
 * Diagnostic.data, never by running a rule again), first; then for each
 * rule among the diagnostics, once however many of its findings the range
 * holds (as ESLint's extension does): "Show documentation for RULE" (in the
 * VS Code extension, which opens the page) and "Disable RULE for this line
 * / file" (a suppression comment with a reason to fill in); and
 * `source.fixAll.micic` (every fix at once; never a suggestion, which
 * commits the plan to something only its drafter can decide).
 *
 * A suggestion may leave places for the drafter to fill (a title, a
 * contact): its edits then carry a snippet whose tab stops stand there.
 * LSP 3.17 has no snippet in a workspace edit, so each client gets what it
 * can apply (SnippetEdits in context.ts):
 * - a client that supports LSP 3.18's snippet text edits
 *   (`workspace.workspaceEdit.snippetEditSupport`): a workspace edit made
 *   of them;
 * - the VS Code extension, whose vscode-languageclient 9 speaks 3.17: a
 *   command of its own, `micic.applySuggestion`, with the edits and their
 *   snippets, which it applies with VS Code's snippet edits
 *   (client/src/suggestions.ts);
 * - any other client: the plain text, with its placeholders.
 */
import { CodeActionKind, CodeActionTriggerKind, type ClientCapabilities, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import { indentationOf } from "../core/edits";
import { translator, type Translator } from "../messages/translate";
import { supportedLocale } from "../messages/locales";
import { containerPrefix, editInContainer, fixSource } from "../workspace/sources";
import type { ServerContext, SnippetEdits } from "./context";
import { withModel } from "./context";
import { SOURCE, type DiagnosticData, type SuggestedEdit } from "./convert";
import { planAt, type PlanCheck, type PlanModel } from "./models";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.micic`;

/** The extension's command that applies edits with snippets (client/src/suggestions.ts), and what it is given. */
export const APPLY_SUGGESTION_COMMAND = "micic.applySuggestion";
export interface ApplySuggestionArguments {
  uri: string;
  /** The version of the document the edits are for: the extension applies nothing to another. */
  version: number;
  edits: SuggestedEdit[];
}

/** LSP 3.18's SnippetTextEdit, which vscode-languageserver 9's types (LSP 3.17) do not have. */
interface SnippetTextEdit {
  range: Range;
  snippet: { kind: "snippet"; value: string };
}

/** What the client said, in `initialize`, it can do with an edit that holds a snippet. */
export function snippetEditsOf(capabilities: ClientCapabilities): SnippetEdits {
  const workspaceEdit = capabilities.workspace?.workspaceEdit as { documentChanges?: boolean; snippetEditSupport?: boolean } | undefined;
  if (workspaceEdit?.snippetEditSupport === true && workspaceEdit.documentChanges === true) return "workspaceEdit";
  const experimental = capabilities.experimental as { micic?: { applySuggestion?: unknown } } | undefined;
  if (experimental?.micic?.applySuggestion === true) return "command";
  return "none";
}

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(
    withModel(context, "code actions", [] as CodeAction[], (model, params: CodeActionParams, document) => {
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
      const actions: CodeAction[] = [];
      // In the findings' language (micic.locale, else the editor's).
      const say = translator(supportedLocale(context.models.settingsFor(document.uri).settings.locale) ?? "en");
      if (wants(CodeActionKind.QuickFix)) {
        const target: Target = { uri: document.uri, version: document.version, snippetEdits: context.capabilities.snippetEdits };
        const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
        for (const diagnostic of ours) actions.push(...quickFixes(target, diagnostic));
        const rules = new Set<string>();
        for (const diagnostic of ours) {
          if (typeof diagnostic.code !== "string" || rules.has(diagnostic.code)) continue;
          rules.add(diagnostic.code);
          if (context.capabilities.openRuleDocs) actions.push(showDocumentation(say, diagnostic.code, diagnostic));
          actions.push(...suppressions(model, target, diagnostic, say));
        }
      }
      // Not on the requests an editor sends by itself as the cursor moves
      // (VS Code's lightbulb: no kind asked for, triggerKind Automatic):
      // fixing the whole file checks it again, pass after pass (270 ms on a
      // 10,000-line plan). Asked for by kind (on save, the Source Action
      // menu) or by the user (other editors' code-action menus), it is there.
      const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
      if ((only || !automatic) && wants(FIX_ALL_KIND)) {
        const fixAll = fixAllAction(model, context.models.checked(document), params.textDocument.uri, say);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    }, ["range"]),
  );
}

/** Where the quick-fixes go, and what the client can take (the snippet edits it supports). */
interface Target {
  uri: string;
  version: number;
  snippetEdits: SnippetEdits;
}

function quickFixes(target: Target, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.fixes) return [];
  // The obvious fix is preferred (applied by "auto fix"): the only one, and
  // mechanical. A suggestion never is: it commits the plan to something.
  const preferred = data.fixes.length === 1 && data.fixes[0].kind === "fix";
  return data.fixes.map((fix) => ({ ...quickFix(target, diagnostic, fix.title, fix.edits), isPreferred: preferred }));
}

/** A quick-fix whose edits are given as the client can apply them (see the top of this file). */
function quickFix(target: Target, diagnostic: Diagnostic, title: string, edits: SuggestedEdit[]): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  const withSnippets = edits.some((edit) => edit.snippet !== undefined);
  if (withSnippets && target.snippetEdits === "workspaceEdit") {
    action.edit = snippetWorkspaceEdit(target, edits);
  } else if (withSnippets && target.snippetEdits === "command") {
    const args: ApplySuggestionArguments = { uri: target.uri, version: target.version, edits };
    action.command = { title, command: APPLY_SUGGESTION_COMMAND, arguments: [args] };
  } else {
    action.edit = { changes: { [target.uri]: edits.map(({ range, newText }): TextEdit => ({ range, newText })) } };
  }
  return action;
}

/** A workspace edit of LSP 3.18's snippet text edits, for the document at this version only. */
function snippetWorkspaceEdit(target: Target, edits: SuggestedEdit[]): WorkspaceEdit {
  const textDocumentEdits: (TextEdit | SnippetTextEdit)[] = edits.map(({ range, newText, snippet }) =>
    snippet === undefined ? { range, newText } : { range, snippet: { kind: "snippet", value: snippet } },
  );
  // The 3.17 types allow no snippet text edit in a TextDocumentEdit.
  return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: textDocumentEdits as TextEdit[] }] };
}

/**
 * "Disable RULE for this line / file": a suppression comment whose reason
 * is for the drafter to write ("reason" is selected where snippets go).
 */
function suppressions(model: PlanModel, target: Target, diagnostic: Diagnostic, say: Translator): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.suppressible || typeof diagnostic.code !== "string") return [];
  const code = diagnostic.code;
  const plan = planAt(model, model.lines.offset(diagnostic.range.start));
  if (!plan) return [];
  const { document } = plan;
  const eol = model.lines.eol;
  const prefix = containerPrefix(document);
  // A comment on a line of its own, inserted at `lineStart` and indented as
  // the plan is there. A rule code and indentation hold no '$', '}' or '\',
  // which a snippet would read. In a block quote or a list item the line
  // starts with the block's prefix ("> "), as the rules' edits do.
  const comment = (lineStart: number, directive: string): SuggestedEdit => {
    const indent = indentationOf(document, lineStart);
    const edit = {
      span: { start: lineStart, end: lineStart },
      newText: `${indent}${directive} -- reason${eol}`,
      snippet: `${indent}${directive} -- \${1:reason}${eol}`,
    };
    const inFile = prefix === undefined ? edit : editInContainer(edit, document.lines, prefix);
    return { range: model.lines.range(inFile.span), newText: inFile.newText, snippet: inFile.snippet };
  };
  // For this line: a comment on the line before. For the file: just above
  // the plan (inside the ``` block in Markdown).
  const forLine = comment(model.lines.lineStarts[diagnostic.range.start.line], `# micic-disable-next-line ${code}`);
  const planStart = document.plan?.span.start ?? 0;
  const forFile = comment(model.lines.lineStarts[model.lines.position(planStart).line], `# micic-disable ${code}`);
  return [
    quickFix(target, diagnostic, say.t("action.disableLine", { code }), [forLine]),
    quickFix(target, diagnostic, say.t("action.disableFile", { code }), [forFile]),
  ];
}

/** "Show documentation for RULE": the extension's command opens the rule's page. */
function showDocumentation(say: Translator, code: string, diagnostic: Diagnostic): CodeAction {
  const title = say.t("action.showDocs", { code });
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: "micic.openRuleDocs", arguments: [code] } };
}

function fixAllAction(model: PlanModel, check: PlanCheck, uri: string, say: Translator): CodeAction | undefined {
  // The check of this very text (the diagnostics' own) starts the passes: no second check.
  const fixed = fixSource(model.text, model.kind, check.settings, model.kind === "plan" ? check.plans[0] : undefined);
  if (fixed.applied === 0 || fixed.text === model.text) return undefined;
  return {
    title: say.t("action.fixAll", { count: fixed.applied }),
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: [minimalEdit(model.text, fixed.text, model)] } },
  };
}

/** One edit covering only what changed between two texts (common prefix and suffix kept). */
function minimalEdit(before: string, after: string, model: PlanModel): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { range: model.lines.range({ start, end: endBefore }), newText: after.slice(start, endAfter) };
}
