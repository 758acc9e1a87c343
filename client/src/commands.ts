/**
 * The extension's commands: restart the checker, check the whole
 * workspace, open the documentation of the rule under the cursor, and start
 * a new plan from a template (server/src/templates/, the templates of
 * `micic-plan init`).
 *
 * No Node API here: the same commands run in the browser (vscode.dev).
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { negotiateLocale, type Locale } from "../../server/src/messages/locales";
import { translator } from "../../server/src/messages/translate";
import { readArea, readCountry, readHazards, readLead, type Answer } from "../../server/src/templates/answers";
import { renderTemplate, TEMPLATES, templateNamed, type PlanTemplate } from "../../server/src/templates/index";

interface WorkspaceCheckResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register("micic.restartServer", async () => {
    output.appendLine("Restarting the MICIC Plan checker…");
    try {
      if (client.isRunning()) await client.restart();
      else await client.start();
      void vscode.window.setStatusBarMessage(vscode.l10n.t("MICIC Plan: checker restarted"), 3000);
    } catch (error) {
      output.appendLine(`Restart failed: ${(error as Error)?.message ?? error}`);
      void vscode.window.showErrorMessage(vscode.l10n.t("MICIC Plan: the checker could not restart. See the 'MICIC Plan' output."));
    }
  });

  register("micic.checkWorkspace", async () => {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("MICIC Plan: checking every plan in the workspace…"), cancellable: true },
      (_progress, token) => client.sendRequest<WorkspaceCheckResult>("micic/checkWorkspace", undefined, token),
    );
    // Counts after a colon: no plural forms to agree with (Russian has three).
    const message = vscode.l10n.t("MICIC Plan: plan files checked: {0}; errors: {1}, warnings: {2}, info: {3}.", result.files, result.errors, result.warnings, result.infos);
    // The command is done when the check is: the notice stays until the
    // drafter answers it or closes it, and a caller does not wait for that.
    const showProblems = vscode.l10n.t("Show Problems");
    void vscode.window.showInformationMessage(message, showProblems).then((choice) => {
      if (choice) void vscode.commands.executeCommand("workbench.actions.view.problems");
    });
    return result;
  });

  register("micic.openRuleDocs", async (code?: unknown) => {
    const target = typeof code === "string" ? ruleDocUri(context, code) : ruleUnderCursor(context);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t("MICIC Plan: no MICIC finding under the cursor. Put the cursor on a squiggle and try again."));
      return undefined;
    }
    await vscode.commands.executeCommand("markdown.showPreview", target);
    return target.toString();
  });

  register("micic.newPlan", (options?: unknown) => newPlan(typeof options === "object" && options !== null ? (options as NewPlanOptions) : {}));
}

/**
 * What the "New plan from a template" command may be handed instead of
 * asking (a test, another extension): each answer given is checked as a
 * typed one would be, and what is not given is asked for. `target`: a URI
 * to write the plan to instead of a new unsaved document; it is never
 * written over.
 */
export interface NewPlanOptions {
  template?: string;
  country?: string;
  area?: string;
  hazards?: string;
  lead?: string;
  target?: string;
}

/**
 * A new plan from a template, in the display language: the template from
 * a pick list, then the country, the area, the hazards and the lead
 * agency's id in input boxes that check each answer as `micic-plan init`
 * does. Opens the plan as a new unsaved document (or writes `target`) and
 * returns its URI; undefined when the drafter cancels or an answer given
 * does not do (said in a message).
 */
async function newPlan(options: NewPlanOptions): Promise<string | undefined> {
  const locale: Locale = negotiateLocale([vscode.env.language]);
  const words = translator(locale);
  let template: PlanTemplate | undefined;
  if (options.template !== undefined) {
    template = templateNamed(options.template);
    if (!template) {
      void vscode.window.showErrorMessage(vscode.l10n.t("MICIC Plan: there is no template '{0}'. The templates: {1}.", options.template, TEMPLATES.map((t) => t.name).join(", ")));
      return undefined;
    }
  } else {
    const picked = await vscode.window.showQuickPick(
      TEMPLATES.map((t) => ({ label: t.name, detail: words.localized(t.description), template: t })),
      { title: vscode.l10n.t("New plan from a template"), placeHolder: vscode.l10n.t("Choose the kind of plan"), matchOnDetail: true, ignoreFocusOut: true },
    );
    if (!picked) return undefined;
    template = picked.template;
  }
  const chosen = template;
  const ask = async <T>(given: string | undefined, read: (text: string) => Answer<T>, prompt: string, value = ""): Promise<T | undefined> => {
    if (given !== undefined) {
      const answer = read(given);
      if ("problem" in answer) {
        void vscode.window.showErrorMessage(vscode.l10n.t("MICIC Plan: the new plan was not made: {0}", answer.problem));
        return undefined;
      }
      return answer.value;
    }
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t("New plan from the template {0}", chosen.name),
      prompt,
      value,
      ignoreFocusOut: true,
      validateInput: (text) => {
        const answer = read(text);
        return "problem" in answer ? answer.problem : undefined;
      },
    });
    if (typed === undefined) return undefined;
    const answer = read(typed);
    return "value" in answer ? answer.value : undefined;
  };
  const country = await ask(options.country, (text) => readCountry(text, locale), vscode.l10n.t("The country the plan covers: its name or its ISO code (UZ)"));
  if (country === undefined) return undefined;
  const area = await ask(options.area, (text) => readArea(text, locale), words.localized(chosen.areaQuestion));
  if (area === undefined) return undefined;
  const hazards = await ask(options.hazards, (text) => readHazards(text, locale), vscode.l10n.t("The hazards the plan prepares for, separated by commas"), chosen.suggestedHazards.join(", "));
  if (hazards === undefined) return undefined;
  const lead = await ask(options.lead, (text) => readLead(text, chosen, locale), vscode.l10n.t("The lead agency's id: a short name the plan refers to it by (mes, мчс)"));
  if (lead === undefined) return undefined;

  const content = renderTemplate(chosen, { country, area, hazards, lead }, locale);
  let document: vscode.TextDocument;
  if (options.target !== undefined) {
    const target = vscode.Uri.parse(options.target);
    const exists = await vscode.workspace.fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists) {
      void vscode.window.showErrorMessage(vscode.l10n.t("MICIC Plan: {0} already exists; a new plan never replaces a file.", target.toString(true)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    document = await vscode.workspace.openTextDocument(target);
  } else {
    document = await vscode.workspace.openTextDocument({ language: "micic-plan", content });
  }
  await vscode.window.showTextDocument(document);
  return document.uri.toString();
}

/**
 * The rule's page in the findings' language: the `micic.locale` setting,
 * else VS Code's display language (docs/rules/CODE.md in English,
 * docs/rules/<locale>/CODE.md in the others), as the server links it.
 */
function ruleDocUri(context: vscode.ExtensionContext, code: string): vscode.Uri | undefined {
  if (!/^[A-Z]{3,4}\d{3}$/.test(code)) return undefined;
  const setting = vscode.workspace.getConfiguration("micic").get<string>("locale") || undefined;
  const locale = negotiateLocale([setting, vscode.env.language]);
  return locale === "en"
    ? vscode.Uri.joinPath(context.extensionUri, "docs", "rules", `${code}.md`)
    : vscode.Uri.joinPath(context.extensionUri, "docs", "rules", locale, `${code}.md`);
}

/** The rule of the MICIC diagnostic under the cursor (the most severe when several). */
function ruleUnderCursor(context: vscode.ExtensionContext): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const position = editor.selection.active;
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === "micic-plan" && d.range.contains(position))
    .sort((a, b) => a.severity - b.severity);
  for (const diagnostic of here) {
    const code = typeof diagnostic.code === "object" ? String(diagnostic.code.value) : String(diagnostic.code ?? "");
    const uri = ruleDocUri(context, code);
    if (uri) return uri;
  }
  return undefined;
}
