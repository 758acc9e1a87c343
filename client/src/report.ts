/**
 * The reviewer's report as a document of its own: "Open plan report" shows
 * it in VS Code's Markdown preview, titled after the plan's file ("Report:
 * policy-note.md"), from a read-only virtual document (scheme
 * `micic-report`), so no unsaved Untitled buffer is left behind; "Save
 * report as…" writes it where the reviewer chooses. The command is offered
 * on plans and on Markdown files that hold a ```micic block.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

export const REPORT_SCHEME = "micic-report";

/** Whether the active editor shows a plan, or Markdown with a plan in it: the report command's title-bar button follows. */
const HAS_PLAN_CONTEXT = "micic.activeEditorHasPlan";

/** The reports made this session, by their virtual document's URI. */
class ReportDocuments implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? "";
  }

  /** The report of a plan's file: `micic-report:/Report: note.md?<the plan's URI>`. */
  set(source: vscode.Uri, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${vscode.l10n.t("Report: {0}", path.posix.basename(source.path))}`, query: source.toString() });
    const known = this.reports.delete(uri.toString());
    this.reports.set(uri.toString(), markdown);
    if (known) this.changed.fire(uri);
    return uri;
  }

  get(uri: vscode.Uri): string | undefined {
    return this.reports.get(uri.toString());
  }

  /** The report made or remade last. */
  latest(): vscode.Uri | undefined {
    const last = [...this.reports.keys()].pop();
    return last === undefined ? undefined : vscode.Uri.parse(last);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function holdsPlan(document: vscode.TextDocument | undefined): boolean {
  if (!document) return false;
  if (document.languageId === "micic-plan") return true;
  return document.languageId === "markdown" && /^[ \t>*+-]*(```|~~~)[ \t]*micic\b/m.test(document.getText());
}

export function registerReport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reports = new ReportDocuments();
  context.subscriptions.push(reports, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports));

  const updateContext = () => void vscode.commands.executeCommand("setContext", HAS_PLAN_CONTEXT, holdsPlan(vscode.window.activeTextEditor?.document));
  updateContext();
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) updateContext();
    }),
  );

  /** Opens the report of the active plan in the preview; answers the report's URI, or undefined with a word why not. */
  context.subscriptions.push(
    vscode.commands.registerCommand("micic.openReport", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || (editor.document.languageId !== "micic-plan" && editor.document.languageId !== "markdown")) {
        void vscode.window.showInformationMessage(vscode.l10n.t("MICIC Plan: open a plan first, then ask for its report."));
        return undefined;
      }
      const report = await client.sendRequest<{ markdown: string } | null>("micic/report", { uri: editor.document.uri.toString() });
      if (!report) {
        void vscode.window.showInformationMessage(vscode.l10n.t("MICIC Plan: this file holds no plan to report on."));
        return undefined;
      }
      const uri = reports.set(editor.document.uri, report.markdown);
      await vscode.commands.executeCommand("markdown.showPreview", uri);
      return uri.toString();
    }),
    vscode.commands.registerCommand("micic.saveReport", async (report?: unknown, target?: unknown) => {
      // From the preview's title bar VS Code passes the report's URI; from the
      // palette, the report shown last is meant. `target`: where to write it
      // without asking (a test, another extension).
      const uri = report instanceof vscode.Uri && report.scheme === REPORT_SCHEME ? report : lastReport(reports);
      const markdown = uri && reports.get(uri);
      if (!uri || markdown === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t("MICIC Plan: open a plan's report first, then save it."));
        return undefined;
      }
      const source = vscode.Uri.parse(uri.query);
      const suggested = source.scheme === "file" ? vscode.Uri.file(source.fsPath.replace(/\.(micic|md)$/i, "") + ".report.md") : undefined;
      const destination =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Markdown: ["md"] }, title: vscode.l10n.t("Save the plan's report") });
      if (!destination) return undefined;
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(markdown));
      return destination.toString();
    }),
  );
}

/** The report the reviewer saw last: the active one, else the one made last. */
function lastReport(reports: ReportDocuments): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === REPORT_SCHEME) return active;
  const shown = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const fromTab = shown && typeof shown === "object" && "uri" in shown ? (shown as { uri: vscode.Uri }).uri : undefined;
  if (fromTab?.scheme === REPORT_SCHEME) return fromTab;
  return reports.latest();
}
