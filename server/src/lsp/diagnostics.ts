/**
 * Diagnostics: every finding of every plan in the document, published after
 * each change (or each save, with `micic.run: onSave`). A newer change
 * supersedes a check still waiting to run, so typing never queues up work.
 */
import type { Diagnostic } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ServerContext } from "./context";
import { SOURCE, toDiagnostic } from "./convert";

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly context: ServerContext) {}

  /** Checks the document soon; a later call for the same document replaces this one. */
  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setImmediate(() => {
        this.pending.delete(document.uri);
        const current = this.context.documents.get(document.uri);
        if (current) this.publish(current);
      }),
    );
  }

  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearImmediate(pending);
    this.pending.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  publish(document: TextDocument): void {
    const settings = this.context.settingsOf(document.uri);
    if (!settings.enable) {
      this.clear(document.uri);
      return;
    }
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.diagnosticsOf(document);
    } catch (error) {
      this.context.connection.console.error(`micic-plan: checking ${document.uri} failed: ${(error as Error)?.stack ?? error}`);
      return;
    }
    void this.context.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  diagnosticsOf(document: TextDocument): Diagnostic[] {
    const model = this.context.models.parsed(document);
    const check = this.context.models.checked(document);
    const diagnostics: Diagnostic[] = [];
    for (const notice of [...model.notices, ...check.notices]) {
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: SOURCE,
        code: "file",
        message: notice,
      });
    }
    for (const plan of check.plans) {
      for (const finding of plan.findings) {
        const diagnostic = toDiagnostic(document.uri, plan.document.lines, finding);
        if (!this.context.capabilities.relatedInformation) delete diagnostic.relatedInformation;
        diagnostics.push(diagnostic);
      }
    }
    return diagnostics;
  }
}
