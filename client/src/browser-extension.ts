/**
 * The micic-plan extension in a browser (package.json `browser`): vscode.dev,
 * github.dev, and any VS Code for the Web. The same activation as on the
 * desktop (extension.ts); the language server is the same server, built for
 * a web worker (dist/browser/server.js, from server/src/lsp/browser-main.ts),
 * and the client talks to it through postMessage. The server has no file
 * system: it asks this client for the configuration and ignore files
 * (workspace-files.ts). Nothing here needs Node, and nothing that does is
 * offered: the workspace task (it runs the command line) is not registered,
 * and the workspace check is hidden (docs/web.md).
 */
import * as vscode from "vscode";
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from "vscode-languageclient/browser";
import type { LanguageClient } from "vscode-languageclient/node";
import { activateExtension, type MicicApi } from "./extension";
import { READ_WORKSPACE_FILE, readWorkspaceFile, type ReadWorkspaceFileParams } from "./workspace-files";

export { SERVER_SOURCE, type MicicApi } from "./extension";

/** A web worker, as far as this file uses one (the client's tsconfig has Node's globals, not the browser's). */
interface ServerWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/**
 * A client whose server runs in a web worker, started afresh at each start:
 * a server that was shut down does not come back, so a restart
 * (micic.restartServer) needs a new worker, not the old one
 * (vscode-languageclient/browser's LanguageClient keeps the one it is given).
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: ServerWorker | undefined;

  constructor(
    options: LanguageClientOptions,
    private readonly startWorker: () => Promise<ServerWorker>,
  ) {
    // The id "micic" makes the client honour the `micic.trace.server` setting.
    super("micic", "MICIC Plan", options);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = (this.worker = await this.startWorker());
    const port = worker as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  }

  /** As the Node client's restart, which the shared commands call (micic.restartServer): the base client has none. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  override async dispose(timeout?: number): Promise<void> {
    try {
      await super.dispose(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}

/**
 * Starts the server's bundle in a worker. Where the editor serves the
 * extension over http(s) (vscode.dev, github.dev) the worker loads it from
 * there. An extension on a remote machine (vscode-remote:, as code-server
 * gives it) cannot start a worker from its own location ("Creating workers
 * from remote extensions is currently not supported"): the bundle is read
 * through the editor's file system and started from a blob.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const bundle = vscode.Uri.joinPath(extensionUri, "dist", "browser", "server.js");
  const options = { name: "MICIC Plan language server" };
  if (["http", "https", "file"].includes(bundle.scheme)) return new Worker(bundle.toString(true), options);
  const code = await vscode.workspace.fs.readFile(bundle);
  return new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })), options);
}

export function activate(context: vscode.ExtensionContext): Promise<MicicApi> {
  // Notes are checked in the file systems the workspace is on (vscode-vfs:
  // on github.dev), not in other schemes (a diff's git: side, output).
  const workspaceSchemes = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
  return activateExtension(context, {
    createClient: (options) => {
      const client = new WorkerLanguageClient(options, () => startServerWorker(context.extensionUri));
      client.onRequest(READ_WORKSPACE_FILE, (params: ReadWorkspaceFileParams) => readWorkspaceFile(params));
      // The shared modules are typed with the Node client; both are BaseLanguageClients.
      return client as unknown as LanguageClient;
    },
    markdownSchemes: [...new Set(["file", "untitled", ...workspaceSchemes])],
    // The server cannot know where the extension is served from: the rule pages' links start here.
    initializationOptions: { ruleDocs: vscode.Uri.joinPath(context.extensionUri, "docs", "rules").toString() },
  });
}

export function deactivate(): void {
  // The client is stopped through the subscription extension.ts adds.
}
