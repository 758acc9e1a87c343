/**
 * The extension's commands: restart the checker, check the whole
 * workspace, open the documentation of the rule under the cursor, and start
 * a new plan from a template.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

interface WorkspaceCheckResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A skeleton a drafter fills in: every section the rules look for. */
const PLAN_TEMPLATE = `# A contingency plan for migrants. Replace every TODO; the checker lists what is missing.
plan "\${1:TODO: title}" {
  country: "\${2:TODO: country}"
  hazards: \${3|flood,earthquake,mudflow,landslide,storm,drought,wildfire,heatwave,epidemic,conflict,industrial|}
  lead: \${4:agency}
  reviewed: \${CURRENT_YEAR}-\${CURRENT_MONTH}-\${CURRENT_DATE}

  stakeholder \${4:agency} "\${5:TODO: the agency that owns the plan}" {
    kind: government
    contact: "\${6:TODO: phone or e-mail that answers in a crisis}"
  }

  population \${7:group} "\${8:TODO: who they are}" {
    size: \${9:0}
    nationalities: \${10:TODO}
    languages: \${11:TODO}
  }

  evacuation {
    lead: \${4:agency}
    covers: all
    regardless-of-status: yes
  }

  communication {
  }

  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}
`;

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

  register("micic.newPlan", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "micic-plan", content: "" });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(PLAN_TEMPLATE));
    return document.uri.toString();
  });
}

function ruleDocUri(context: vscode.ExtensionContext, code: string): vscode.Uri | undefined {
  if (!/^[A-Z]{3,4}\d{3}$/.test(code)) return undefined;
  return vscode.Uri.joinPath(context.extensionUri, "docs", "rules", `${code}.md`);
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
