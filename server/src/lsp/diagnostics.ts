/**
 * Diagnostics: every finding of every plan in the document, published after
 * a change (or a save, with `micic.run: onSave`) for the version the
 * document has then, with that version.
 *
 * The check waits until the editor's queued messages have been handled
 * (message-queue.ts): a burst of changes is checked once, at its last
 * version, and requests sent during the burst are answered from the parse
 * without waiting for it. A change cancels the check it finds waiting, so
 * no check starts for a version that is no longer current. A check runs to
 * its end once started (the rules are synchronous), and nothing can change
 * the document meanwhile, so what it finds is published as it is.
 */
import type { Diagnostic } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ServerContext } from "./context";
import { SOURCE, toDiagnostic } from "./convert";
import type { MessageQueue } from "./message-queue";
import { filePathOf } from "./uris";

export class DiagnosticsPublisher {
  /** What cancels the check waiting for each document. */
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly context: ServerContext,
    private readonly queue: MessageQueue,
  ) {}

  /** Checks the document once the queued messages are handled; a later call for the same document replaces this one. */
  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    this.waiting.set(
      document.uri,
      this.queue.whenEmpty(() => {
        this.waiting.delete(document.uri);
        const current = this.context.documents.get(document.uri);
        if (current) this.publish(current);
      }),
    );
  }

  cancel(uri: string): void {
    this.waiting.get(uri)?.();
    this.waiting.delete(uri);
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
    // A page a .micicignore names (a rule page's examples, a README) shows
    // plans; it is not one, and its findings are nobody's to fix.
    const file = filePathOf(document.uri);
    if (file !== undefined && this.context.micicIgnore.ignores(file)) {
      void this.context.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
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
    const locale = this.context.models.localeFor(document.uri);
    for (const plan of check.plans) {
      for (const finding of plan.findings) {
        const diagnostic = toDiagnostic(document.uri, plan.document.lines, finding, locale);
        if (!this.context.capabilities.relatedInformation) delete diagnostic.relatedInformation;
        diagnostics.push(diagnostic);
      }
    }
    return diagnostics;
  }
}
