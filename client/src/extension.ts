/**
 * The micic-plan VS Code extension: starts the language server (the same
 * checks as the command line) and adds what only an editor can: commands,
 * a status bar item, a walkthrough. It runs no code from the workspace.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { registerReport } from "./report";
import { extendMarkdownIt } from "./markdown-preview";
import { SERVER_NODE_FLAGS } from "./server-flags";
import { StatusItem } from "./status";
import { registerSuggestions } from "./suggestions";
import { registerTasks } from "./tasks";

export const SERVER_SOURCE = "micic-plan";

export interface MicicApi {
  /** The running language client (for tests and other extensions). */
  readonly client: LanguageClient;
  /** VS Code's Markdown preview calls it (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt<T>(md: T): T;
  /** What the status bar item shows now. */
  readonly status: { text: string; tooltip: string };
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, "--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "micic-plan" },
      // Markdown policy notes: the server checks their ```micic blocks.
      { language: "markdown", scheme: "file" },
      { language: "markdown", scheme: "untitled" },
    ],
    // Configuration and ignore files re-check the open plans; plans created
    // or deleted change the list the workspace check and symbols search.
    synchronize: {
      fileEvents: ["**/.micicrc.json", "**/.micicignore", "**/.gitignore", "**/*.micic", "**/*.md"].map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    outputChannel: output,
    diagnosticCollectionName: SERVER_SOURCE,
  };
  // The id "micic" makes the client honour the `micic.trace.server` setting.
  return new LanguageClient("micic", "MICIC Plan", serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<MicicApi> {
  const output = vscode.window.createOutputChannel("MICIC Plan");
  context.subscriptions.push(output);
  const client = createClient(context, output);
  const status = new StatusItem(client);
  context.subscriptions.push(status);
  client.onDidChangeState(({ newState }) => status.setServerState(newState));

  registerCommands(context, client, output);
  registerReport(context, client);
  registerSuggestions(context, client);
  registerTasks(context);

  if (vscode.workspace.getConfiguration("micic").get<boolean>("enable", true)) {
    try {
      await client.start();
    } catch (error) {
      output.appendLine(`The MICIC Plan server did not start: ${(error as Error)?.message ?? error}`);
      status.setServerState(State.Stopped);
      void vscode.window.showErrorMessage(vscode.l10n.t("MICIC Plan: the checker could not start. See the 'MICIC Plan' output for details."));
    }
  } else {
    status.setServerState(State.Stopped);
  }
  context.subscriptions.push({ dispose: () => void client.stop() });
  return {
    client,
    extendMarkdownIt,
    get status() {
      return status.shown;
    },
  };
}

export function deactivate(): void {
  // The client is stopped through the subscription above.
}
