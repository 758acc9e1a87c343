/**
 * The status bar item: what VS Code's own problem counts do not say. While
 * the checker starts or after it stopped, that; else, of the 15 MICIC
 * guidelines, how many the active plan's errors and warnings show gaps in
 * ("MICIC: gaps in 4 of 15 guidelines"), the guidelines named in the
 * tooltip. Always words beside the icon. A click opens the Problems panel.
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
      const gaps = guidelinesWithGaps(vscode.languages.getDiagnostics(editor.document.uri));
      if (gaps.length === 0) {
        this.item.text = `$(shield) ${vscode.l10n.t("MICIC: no gaps found")}`;
        this.item.tooltip = vscode.l10n.t("MICIC Plan: no error or warning of this plan points to a gap in the MICIC Guidelines. Click for the Problems panel.");
      } else {
        this.item.text = `$(shield) ${vscode.l10n.t("MICIC: gaps in {0} of 15 guidelines", gaps.length)}`;
        this.item.tooltip = vscode.l10n.t("MICIC Plan: the errors and warnings of this plan point to gaps in guidelines {0}. Click for the Problems panel.", gaps.join(", "));
      }
      this.item.command = "workbench.actions.view.problems";
    }
    this.item.show();
  }

  /** What the item shows now (for tests, through the extension's API). */
  get shown(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? "") };
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The numbers of the guidelines (G1–G15) our errors and warnings cite, in order. */
function guidelinesWithGaps(diagnostics: readonly vscode.Diagnostic[]): number[] {
  const cited = new Set<number>();
  for (const d of diagnostics) {
    if (d.source !== SOURCE || (d.severity !== vscode.DiagnosticSeverity.Error && d.severity !== vscode.DiagnosticSeverity.Warning)) continue;
    // vscode-languageclient keeps the server's data on the diagnostic it makes.
    const data = (d as vscode.Diagnostic & { data?: { guidelines?: unknown } }).data;
    if (!Array.isArray(data?.guidelines)) continue;
    for (const g of data.guidelines) if (typeof g === "string" && /^G\d+$/.test(g)) cited.add(Number(g.slice(1)));
  }
  return [...cited].sort((a, b) => a - b);
}
