/**
 * Code actions: the quick-fixes the rules carry (read from Diagnostic.data,
 * never by running a rule again), "disable RULE for this line / file"
 * (inserting a suppression comment with a reason to fill in), and
 * `source.fixAll.micic` (every safe fix at once).
 */
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver/node";
import { indentationOf } from "../core/edits";
import { fixSource } from "../workspace/sources";
import type { ServerContext } from "./context";
import { withModel } from "./context";
import { SOURCE, type DiagnosticData } from "./convert";
import { planAt, type PlanCheck, type PlanModel } from "./models";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.micic`;

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(
    withModel(context, "code actions", [] as CodeAction[], (model, params: CodeActionParams, document) => {
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== SOURCE) continue;
          actions.push(...quickFixes(params.textDocument.uri, diagnostic));
          actions.push(...suppressions(model, params.textDocument.uri, diagnostic));
        }
      }
      // Not on the requests an editor sends by itself as the cursor moves
      // (VS Code's lightbulb: no kind asked for, triggerKind Automatic):
      // fixing the whole file checks it again, pass after pass (270 ms on a
      // 10,000-line plan). Asked for by kind (on save, the Source Action
      // menu) or by the user (other editors' code-action menus), it is there.
      const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
      if ((only || !automatic) && wants(FIX_ALL_KIND)) {
        const fixAll = fixAllAction(model, context.models.checked(document), params.textDocument.uri);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    }, ["range"]),
  );
}

function quickFixes(uri: string, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.fixes) return [];
  // The obvious fix is preferred (applied by "auto fix"): the only one, and safe.
  const preferred = data.fixes.length === 1 && data.fixes[0].kind === "fix";
  return data.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: fix.edits } },
  }));
}

function suppressions(model: PlanModel, uri: string, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.suppressible || typeof diagnostic.code !== "string") return [];
  const code = diagnostic.code;
  const offset = model.lines.offset(diagnostic.range.start);
  const plan = planAt(model, offset);
  if (!plan) return [];
  const eol = model.lines.eol;

  // For this line: a comment on the line before, indented like the line.
  const line = diagnostic.range.start.line;
  const lineStart = model.lines.lineStarts[line];
  const indent = indentationOf(plan.document, lineStart);
  const forLine: TextEdit = {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# micic-disable-next-line ${code} -- reason${eol}`,
  };

  // For the file: a comment just above the plan (inside the ``` block in Markdown).
  const planStart = plan.document.plan?.span.start ?? 0;
  const at = model.lines.position(planStart);
  const forFile: TextEdit = {
    range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } },
    newText: `${indentationOf(plan.document, planStart)}# micic-disable ${code} -- reason${eol}`,
  };
  return [
    { title: `Disable ${code} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [forLine] } } },
    { title: `Disable ${code} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [forFile] } } },
  ];
}

function fixAllAction(model: PlanModel, check: PlanCheck, uri: string): CodeAction | undefined {
  // The check of this very text (the diagnostics' own) starts the passes: no second check.
  const fixed = fixSource(model.text, model.kind, check.settings, model.kind === "plan" ? check.plans[0] : undefined);
  if (fixed.applied === 0 || fixed.text === model.text) return undefined;
  return {
    title: `Fix all micic-plan problems that have a safe fix (${fixed.applied})`,
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
