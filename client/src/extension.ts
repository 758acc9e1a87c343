/**
 * The micic-plan VS Code extension: starts the language server (the same
 * checks as the command line) and adds what only an editor can: commands,
 * a status bar item, the report, quick-fix suggestions. It runs no code
 * from the workspace.
 *
 * This is what the extension does when it activates, the same on the
 * desktop and in a browser. Each has an entry point of its own that hands
 * in how its client reaches its server and what only it can offer:
 * node-extension.ts (package.json `main`: the server in Node, and the
 * workspace task, which runs the command line) and browser-extension.ts
 * (`browser`: vscode.dev, github.dev; the server in a web worker).
 *
 * The modules here import vscode-languageclient/node's types and values;
 * the browser bundle maps that module to vscode-languageclient/browser
 * (scripts/build.mjs), which exports the same names.
 */
import * as vscode from "vscode";
import { State, type LanguageClient, type LanguageClientOptions } from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { extendMarkdownIt } from "./markdown-preview";
import { registerReport } from "./report";
import { StatusItem } from "./status";
import { registerSuggestions } from "./suggestions";

export const SERVER_SOURCE = "micic-plan";

export interface MicicApi {
  /** The running language client (for tests and other extensions). */
  readonly client: LanguageClient;
  /** VS Code's Markdown preview calls it (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt<T>(md: T): T;
  /** What the status bar item shows now. */
  readonly status: { text: string; tooltip: string };
}

/** What differs between the desktop and the browser extension. */
export interface ClientPlatform {
  /** The language client, given the options both share; its server is the platform's. */
  createClient(options: LanguageClientOptions): LanguageClient;
  /** The URI schemes of the Markdown notes to check (plans are checked whatever their scheme). */
  markdownSchemes: readonly string[];
  /** What the server is told in `initialize` beyond the protocol. */
  initializationOptions?: Record<string, unknown>;
  /** What only this platform registers (the desktop's workspace task). */
  register?(context: vscode.ExtensionContext): void;
}

function clientOptions(output: vscode.OutputChannel, platform: ClientPlatform): LanguageClientOptions {
  return {
    documentSelector: [
      { language: "micic-plan" },
      // Markdown policy notes: the server checks their ```micic blocks.
      ...platform.markdownSchemes.map((scheme) => ({ language: "markdown", scheme })),
    ],
    // Configuration and ignore files re-check the open plans; plans created
    // or deleted change the list the workspace check and symbols search.
    synchronize: {
      fileEvents: ["**/.micicrc.json", "**/.micicignore", "**/.gitignore", "**/*.micic", "**/*.md"].map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    initializationOptions: platform.initializationOptions,
    outputChannel: output,
    diagnosticCollectionName: SERVER_SOURCE,
  };
}

export async function activateExtension(context: vscode.ExtensionContext, platform: ClientPlatform): Promise<MicicApi> {
  const output = vscode.window.createOutputChannel("MICIC Plan");
  context.subscriptions.push(output);
  const client = platform.createClient(clientOptions(output, platform));
  const status = new StatusItem(client);
  context.subscriptions.push(status);
  client.onDidChangeState(({ newState }) => status.setServerState(newState));

  registerCommands(context, client, output);
  registerReport(context, client);
  registerSuggestions(context, client);
  platform.register?.(context);

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
