/**
 * The status bar item: whether the checker is running, and the active
 * plan's problem counts. A click opens the Problems panel.
 */
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";

const SOURCE = "micic-plan";

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("micic.status", vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverState: State = State.Starting;

  constructor(_client: LanguageClient) {
    this.item.name = "MICIC Plan";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
    );
    this.update();
  }

  setServerState(state: State): void {
    this.serverState = state;
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const relevant = editor && (editor.document.languageId === "micic-plan" || editor.document.languageId === "markdown");
    if (!relevant) {
      this.item.hide();
      return;
    }
    if (this.serverState === State.Starting) {
      this.item.text = "$(sync~spin) MICIC";
      this.item.tooltip = vscode.l10n.t("MICIC Plan: the checker is starting");
    } else if (this.serverState === State.Stopped) {
      this.item.text = "$(circle-slash) MICIC";
      this.item.tooltip = vscode.l10n.t("MICIC Plan: the checker is stopped. Run 'MICIC: Restart the checker' to start it.");
      this.item.command = "micic.restartServer";
    } else {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
        if (d.source !== SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
        else counts.info++;
      }
      this.item.text = `$(shield) MICIC $(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}`;
      this.item.tooltip = vscode.l10n.t("MICIC Plan: in this plan, errors: {0}, warnings: {1}, info: {2}. Click for the Problems panel.", counts.error, counts.warning, counts.info);
      this.item.command = "workbench.actions.view.problems";
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
