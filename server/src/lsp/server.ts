/**
 * The micic-plan language server: the core served over the Language Server
 * Protocol. Two entry points start it, each with what differs between them
 * (a ServerPlatform):
 *
 * - node-main.ts, in Node (dist/server.js): started by VS Code over IPC, or
 *   by any editor with `node dist/server.js --stdio`; it reads the
 *   configuration and ignore files from disk itself;
 * - browser-main.ts, in a web worker (dist/browser/server.js): vscode.dev
 *   and github.dev; it has no file system, and asks the client for those
 *   files (client-files.ts).
 *
 * This file wires the connection (the protocol's order of life kept by
 * lifecycle.ts), the open documents, the settings and the diagnostics; each
 * feature lives in a file of its own.
 */
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  type Connection,
  type ConnectionOptions,
  type InitializeParams,
  type MessageStrategy,
  TextDocumentSyncKind,
  type InitializeResult,
} from "vscode-languageserver/node";
import { CONFIG_FILE_NAME } from "../core/config";
import { negotiateLocale } from "../messages/locales";
import { MicicIgnoreFiles, PlanFileIndex } from "../workspace/discovery";
import { FIX_ALL_KIND, registerCodeActions, snippetEditsOf } from "./code-actions";
import { registerCompletion } from "./completion";
import type { ServerContext } from "./context";
import { ClientConfiguredModels, ClientIgnoringDiagnostics, ClientWorkspaceFiles, ReadWorkspaceFileRequest } from "./client-files";
import { setRuleDocsFolder } from "./convert";
import { DiagnosticsPublisher } from "./diagnostics";
import { setDisplayLocale } from "./display-names";
import { openDocuments } from "./documents";
import { registerFormatting } from "./formatting";
import { registerHover } from "./hover";
import { registerInsights } from "./insights";
import { Lifecycle } from "./lifecycle";
import { MessageQueue } from "./message-queue";
import { PlanModels } from "./models";
import { registerNavigation } from "./navigation";
import { registerRename } from "./rename";
import { registerReport } from "./report";
import { legend, registerSemanticTokens } from "./semantic-tokens";
import { defaultSettings, readSettings, type EditorSettings } from "./settings";
import { registerStructure } from "./structure";
import { registerSymbols } from "./symbols";
import { filePathOf } from "./uris";
import { registerWorkspaceCheck } from "./workspace-check";

declare const MICIC_VERSION: string;

/** What the Node and the browser servers do differently. */
export interface ServerPlatform {
  /** The connection to the client; `exitCode` says what to exit with when the client goes away. */
  connect(options: ConnectionOptions, exitCode: () => number): Connection;
  /**
   * Where the configuration and ignore files come from: "disk", read by the
   * server itself (Node); "client", asked of the client, which reads them
   * through the editor's file systems (a browser, where the server has no
   * file system). A "client" server also searches no folders: the
   * workspace check is not offered, and workspace symbols come from the
   * open plans only.
   */
  files: "disk" | "client";
}

/** What the client may send in `initializationOptions`. */
interface InitializationOptions {
  /** The URI of the folder of the rule pages (the extension's docs/rules), for the links of findings. */
  ruleDocs?: unknown;
}

export function startServer(platform: ServerPlatform): void {
  const lifecycle = new Lifecycle();
  const queue = new MessageQueue();
  // Each message is checked against the server's life first, then counted.
  const messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => lifecycle.handle(message, (passed) => queue.strategy.handleMessage(passed, next)),
  };
  const connection = platform.connect({ messageStrategy }, () => (lifecycle.shutDown ? 0 : 1));
  lifecycle.listen(connection);
  const settingsCache = new Map<string, EditorSettings>();
  let pullsConfiguration = false;
  let workspaceFolders: string[] = [];

  const settingsOf = (uri: string) => settingsCache.get(uri) ?? defaultSettings();
  const clientFiles =
    platform.files === "client"
      ? new ClientWorkspaceFiles(
        (params) => connection.sendRequest(ReadWorkspaceFileRequest, params),
        () => workspaceFolders,
        (message) => connection.console.warn(message),
      )
      : undefined;
  const models = clientFiles ? new ClientConfiguredModels(clientFiles, (uri) => settingsCache.get(uri)) : new PlanModels((uri) => settingsCache.get(uri));
  const documents = openDocuments((uri, region) => models.edited(uri, region));
  const context: ServerContext = {
    connection,
    documents,
    models,
    settingsOf,
    planFiles: new PlanFileIndex(),
    micicIgnore: new MicicIgnoreFiles(),
    capabilities: { snippets: false, relatedInformation: true, snippetEdits: "none", openRuleDocs: false },
  };
  const diagnostics = clientFiles ? new ClientIgnoringDiagnostics(clientFiles, context, queue) : new DiagnosticsPublisher(context, queue);
  /**
   * A browser server fetches the files a document's check needs before it
   * is checked; a change that comes meanwhile waits for them too.
   */
  const preparing = new Map<string, Promise<void>>();
  const prepareFiles = (uri: string): Promise<void> => {
    if (!clientFiles) return Promise.resolve();
    const prepared = clientFiles.prepare(uri, settingsOf(uri).configFile).finally(() => {
      if (preparing.get(uri) === prepared) preparing.delete(uri);
    });
    preparing.set(uri, prepared);
    return prepared;
  };

  /** Fetches the editor's `micic` settings for a document (when the client offers them). */
  async function refreshSettings(uri: string): Promise<void> {
    if (!pullsConfiguration) {
      settingsCache.set(uri, defaultSettings());
      return;
    }
    try {
      const [raw] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: "micic" }]);
      settingsCache.set(uri, readSettings(raw, (message) => connection.console.warn(`micic-plan: ${message}`)));
    } catch (error) {
      connection.console.warn(`micic-plan: could not read the settings: ${(error as Error)?.message ?? error}`);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const ruleDocs = (params.initializationOptions as InitializationOptions | undefined)?.ruleDocs;
    if (typeof ruleDocs === "string") setRuleDocsFolder(ruleDocs);
    setDisplayLocale(params.locale);
    models.displayLocale = negotiateLocale([params.locale]);
    const caps = params.capabilities;
    pullsConfiguration = Boolean(caps.workspace?.configuration);
    context.capabilities.snippets = Boolean(caps.textDocument?.completion?.completionItem?.snippetSupport);
    context.capabilities.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation !== false;
    context.capabilities.snippetEdits = snippetEditsOf(caps);
    context.capabilities.openRuleDocs = (caps.experimental as { micic?: { openRuleDocs?: unknown } } | undefined)?.micic?.openRuleDocs === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [":", ",", " "], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: "MICIC plan" },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix", FIX_ALL_KIND] },
        documentFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend, full: { delta: true }, range: false },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: "micic-plan", version: typeof MICIC_VERSION === "string" ? MICIC_VERSION : "dev" },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "micic" }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(async () => {
    settingsCache.clear();
    models.invalidateAll();
    for (const document of documents.all()) {
      await refreshSettings(document.uri);
      if (!clientFiles) diagnostics.schedule(document);
    }
    if (clientFiles) {
      // micic.configFile may name a file not asked for yet: asked for first, then every check is stale.
      await Promise.all(documents.all().map((document) => prepareFiles(document.uri)));
      models.invalidateAll();
      for (const document of documents.all()) diagnostics.schedule(document);
    }
  });

  // The client watches configuration, ignore and plan files: a file created
  // or deleted (or an ignore file changed) makes the folder's list of plans
  // stale; a changed configuration or .micicignore re-checks every document.
  connection.onDidChangeWatchedFiles(async (params) => {
    let recheck = false;
    for (const change of params.changes) {
      if (clientFiles) {
        if (clientFiles.fileChanged(change.uri)) recheck = true;
        continue;
      }
      const file = filePathOf(change.uri);
      if (file === undefined) continue;
      context.planFiles.fileChanged(file, change.type === FileChangeType.Created ? "created" : change.type === FileChangeType.Deleted ? "deleted" : "changed");
      if (context.micicIgnore.fileChanged(file)) recheck = true;
      if (file.endsWith(CONFIG_FILE_NAME)) {
        models.invalidateAll();
        recheck = true;
      }
    }
    if (!recheck) return;
    if (clientFiles) {
      // The files asked for again first: every check made before is stale once they are in.
      await Promise.all(documents.all().map((document) => prepareFiles(document.uri)));
      models.invalidateAll();
    }
    for (const document of documents.all()) diagnostics.schedule(document);
  });

  // Fired on open too: a document is checked once its settings are known.
  documents.onDidChangeContent(async ({ document }) => {
    const opening = !settingsCache.has(document.uri);
    if (opening) {
      await refreshSettings(document.uri);
      await prepareFiles(document.uri);
    } else await preparing.get(document.uri);
    if (opening || settingsOf(document.uri).run === "onType") diagnostics.schedule(document);
  });
  documents.onDidSave(({ document }) => {
    if (settingsOf(document.uri).run === "onSave") diagnostics.schedule(document);
  });
  documents.onDidClose(({ document }) => {
    diagnostics.clear(document.uri);
    models.forget(document.uri);
    settingsCache.delete(document.uri);
  });

  registerCodeActions(context);
  registerCompletion(context);
  registerHover(context);
  registerNavigation(context);
  registerRename(context);
  // A browser server has no disk to search: its workspace symbols are the open plans'.
  registerSymbols(context, () => (clientFiles ? [] : workspaceFolders));
  registerStructure(context);
  registerFormatting(context);
  registerInsights(context);
  registerSemanticTokens(context);
  // Checking every plan of the folders means reading the disk: not offered in a browser (docs/web.md).
  if (!clientFiles) registerWorkspaceCheck(context, () => workspaceFolders);
  registerReport(context);

  documents.listen(connection);
  connection.listen();
}
